import { Readable } from 'node:stream';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import { promisify } from 'node:util';
import {
	brotliCompress,
	constants,
	createBrotliCompress,
	createGzip,
	gzip,
	type BrotliOptions
} from 'node:zlib';

const gzipWhole = promisify(gzip);
const brotliWhole = promisify(brotliCompress);

type Encoding = 'br' | 'gzip';

const GZIP_LEVEL = 6;

/** Brotli at quality 4: near gzip's speed, smaller output; the size hint sizes its buffers. */
function brotliOptions(sizeHint = 0): BrotliOptions {
	return {
		params: {
			[constants.BROTLI_PARAM_QUALITY]: 4,
			[constants.BROTLI_PARAM_SIZE_HINT]: sizeHint
		}
	};
}

/**
 * Up to this size a whole page is compressed in one call. Through a stream (web stream to Node
 * stream to the thread pool and back) a 50 KB room page cost about 2.7 ms of server CPU per
 * load; in one call, about 0.6 ms. The call is the asynchronous one: the compressing runs in the
 * thread pool, so a class entering at once has the event loop rendering the next pages
 * meanwhile (synchronous, it held the loop for 0.6–1 ms of every room page). Larger bodies
 * stream, off the main thread too.
 */
export const ONE_CALL_MAX_BYTES = 256 * 1024;

function chooseEncoding(request: Request): Encoding | null {
	const accepted = request.headers.get('accept-encoding') ?? '';
	return /\bbr\b/.test(accepted) ? 'br' : /\bgzip\b/.test(accepted) ? 'gzip' : null;
}

function compressedHeaders(response: Response, encoding: Encoding): Headers {
	const headers = new Headers(response.headers);
	headers.set('content-encoding', encoding);
	headers.delete('content-length');
	headers.append('vary', 'Accept-Encoding');
	return headers;
}

/** A body whose length is known and small (Kit renders a page to one string): one call. */
function isWholeAndSmall(response: Response): boolean {
	const length = response.headers.get('content-length');
	return length !== null && Number(length) <= ONE_CALL_MAX_BYTES;
}

async function compressWhole(response: Response, encoding: Encoding): Promise<Response> {
	const bytes = new Uint8Array(await response.arrayBuffer());
	const body =
		encoding === 'br'
			? await brotliWhole(bytes, brotliOptions(bytes.byteLength))
			: await gzipWhole(bytes, { level: GZIP_LEVEL });
	const headers = compressedHeaders(response, encoding);
	headers.set('content-length', String(body.byteLength));
	return new Response(new Uint8Array(body.buffer, body.byteOffset, body.byteLength), {
		status: response.status,
		statusText: response.statusText,
		headers
	});
}

function compressStream(response: Response, encoding: Encoding): Response {
	const compressor =
		encoding === 'br' ? createBrotliCompress(brotliOptions()) : createGzip({ level: GZIP_LEVEL });
	const source = Readable.fromWeb(response.body as unknown as NodeReadableStream);
	const body = Readable.toWeb(source.pipe(compressor)) as unknown as ReadableStream;
	return new Response(body, {
		status: response.status,
		statusText: response.statusText,
		headers: compressedHeaders(response, encoding)
	});
}

/**
 * Compresses HTML pages (brotli when the browser takes it, else gzip). adapter-node
 * precompresses static files but sends rendered pages as they are; a class page is 5–10 times
 * smaller compressed, which matters on a school's shared uplink. Event streams are left alone:
 * compression would hold events back in its buffer.
 */
export async function compressHtml(request: Request, response: Response): Promise<Response> {
	const type = response.headers.get('content-type') ?? '';
	if (!response.body || !type.startsWith('text/html') || response.headers.has('content-encoding')) {
		return response;
	}
	const encoding = chooseEncoding(request);
	if (!encoding) return response;
	return isWholeAndSmall(response)
		? compressWhole(response, encoding)
		: compressStream(response, encoding);
}
