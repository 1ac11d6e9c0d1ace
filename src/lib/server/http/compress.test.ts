import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { compressHtml, ONE_CALL_MAX_BYTES } from './compress';

const page =
	'<!doctype html><p>' + 'A claim, its evidence and its reasoning. '.repeat(400) + '</p>';

const asks = (encoding: string) =>
	new Request('http://localhost/debates/1', { headers: { 'accept-encoding': encoding } });

/** A page as Kit sends one: the whole body with its length. */
function rendered(html: string, type = 'text/html'): Response {
	const bytes = new TextEncoder().encode(html);
	return new Response(bytes, {
		headers: { 'content-type': type, 'content-length': String(bytes.byteLength), etag: '"x"' }
	});
}

/** A body of unknown length, as a page with streamed data sends it. */
function streamed(html: string): Response {
	const bytes = new TextEncoder().encode(html);
	const body = new ReadableStream<Uint8Array>({
		start(controller) {
			controller.enqueue(bytes.subarray(0, 100));
			controller.enqueue(bytes.subarray(100));
			controller.close();
		}
	});
	return new Response(body, { headers: { 'content-type': 'text/html' } });
}

const bytesOf = async (response: Response) => Buffer.from(await response.arrayBuffer());

describe('compressHtml', () => {
	it('compresses a whole page in one call, with its compressed length', async () => {
		for (const [encoding, decode] of [
			['gzip, deflate', gunzipSync],
			['gzip, deflate, br', brotliDecompressSync]
		] as const) {
			const response = await compressHtml(asks(encoding), rendered(page));
			const body = await bytesOf(response);
			expect(response.headers.get('content-encoding')).toBe(
				encoding.endsWith('br') ? 'br' : 'gzip'
			);
			expect(response.headers.get('content-length')).toBe(String(body.byteLength));
			expect(response.headers.get('vary')).toContain('Accept-Encoding');
			expect(response.headers.get('etag')).toBe('"x"');
			expect(body.byteLength).toBeLessThan(page.length / 5);
			expect(decode(body).toString()).toBe(page);
		}
	});

	it('streams a body of unknown length or over the one-call size', async () => {
		const large = page.repeat(Math.ceil(ONE_CALL_MAX_BYTES / page.length) + 1);
		for (const response of [streamed(page), rendered(large)]) {
			const html = await response.clone().text();
			const compressed = await compressHtml(asks('gzip'), response);
			expect(compressed.headers.get('content-encoding')).toBe('gzip');
			expect(compressed.headers.get('content-length')).toBeNull();
			expect(gunzipSync(await bytesOf(compressed)).toString()).toBe(html);
		}
	});

	it('leaves alone what is not HTML, a browser that takes neither, and an encoded body', async () => {
		const stream = rendered('data: {}\n\n', 'text/event-stream');
		expect(await compressHtml(asks('gzip'), stream)).toBe(stream);
		const plain = rendered(page);
		expect(await compressHtml(asks('identity'), plain)).toBe(plain);
		const encoded = rendered(page);
		encoded.headers.set('content-encoding', 'gzip');
		expect(await compressHtml(asks('gzip'), encoded)).toBe(encoded);
	});
});
