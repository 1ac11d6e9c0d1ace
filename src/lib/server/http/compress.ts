import { Readable } from 'node:stream';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import { constants, createBrotliCompress, createGzip } from 'node:zlib';

/**
 * Compresses HTML pages (brotli when the browser takes it, else gzip). adapter-node
 * precompresses static files but sends rendered pages as they are; a class page is 5–10 times
 * smaller compressed, which matters on a school's shared uplink. Event streams are left alone:
 * compression would hold events back in its buffer.
 */
export function compressHtml(request: Request, response: Response): Response {
	const type = response.headers.get('content-type') ?? '';
	if (!response.body || !type.startsWith('text/html') || response.headers.has('content-encoding')) {
		return response;
	}
	const accepted = request.headers.get('accept-encoding') ?? '';
	const encoding = /\bbr\b/.test(accepted) ? 'br' : /\bgzip\b/.test(accepted) ? 'gzip' : null;
	if (!encoding) return response;
	const compressor =
		encoding === 'br'
			? createBrotliCompress({ params: { [constants.BROTLI_PARAM_QUALITY]: 4 } })
			: createGzip({ level: 6 });
	const source = Readable.fromWeb(response.body as unknown as NodeReadableStream);
	const body = Readable.toWeb(source.pipe(compressor)) as unknown as ReadableStream;
	const headers = new Headers(response.headers);
	headers.set('content-encoding', encoding);
	headers.delete('content-length');
	headers.append('vary', 'Accept-Encoding');
	return new Response(body, { status: response.status, statusText: response.statusText, headers });
}
