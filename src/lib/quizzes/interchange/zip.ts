import { inflateRawSync } from 'node:zlib';

/**
 * Just enough ZIP (PKWARE APPNOTE 6.3) for a QTI content package: writes stored entries with
 * UTF-8 names, reads stored and deflated ones. The reader caps what it inflates, so a small
 * upload cannot unpack into gigabytes.
 */

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
	let c = n;
	for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
	return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
	let crc = 0xffffffff;
	for (const b of bytes) crc = CRC_TABLE[(crc ^ b) & 0xff]! ^ (crc >>> 8);
	return (crc ^ 0xffffffff) >>> 0;
}

const UTF8_NAMES = 0x0800;
/** 1 January 2026, 00:00, in MS-DOS form: the same package bytes for the same quiz. */
const DOS_DATE = ((2026 - 1980) << 9) | (1 << 5) | 1;

export function writeZip(files: { path: string; text: string }[]): Uint8Array {
	const encoder = new TextEncoder();
	const locals: Uint8Array[] = [];
	const centrals: Uint8Array[] = [];
	let offset = 0;
	for (const file of files) {
		const name = encoder.encode(file.path);
		const data = encoder.encode(file.text);
		const crc = crc32(data);
		const local = new Uint8Array(30 + name.length + data.length);
		const l = new DataView(local.buffer);
		l.setUint32(0, 0x04034b50, true);
		l.setUint16(4, 20, true);
		l.setUint16(6, UTF8_NAMES, true);
		l.setUint16(12, DOS_DATE, true);
		l.setUint32(14, crc, true);
		l.setUint32(18, data.length, true);
		l.setUint32(22, data.length, true);
		l.setUint16(26, name.length, true);
		local.set(name, 30);
		local.set(data, 30 + name.length);
		const central = new Uint8Array(46 + name.length);
		const c = new DataView(central.buffer);
		c.setUint32(0, 0x02014b50, true);
		c.setUint16(4, 20, true);
		c.setUint16(6, 20, true);
		c.setUint16(8, UTF8_NAMES, true);
		c.setUint16(14, DOS_DATE, true);
		c.setUint32(16, crc, true);
		c.setUint32(20, data.length, true);
		c.setUint32(24, data.length, true);
		c.setUint16(28, name.length, true);
		c.setUint32(42, offset, true);
		central.set(name, 46);
		locals.push(local);
		centrals.push(central);
		offset += local.length;
	}
	const size = centrals.reduce((n, c) => n + c.length, 0);
	const end = new Uint8Array(22);
	const e = new DataView(end.buffer);
	e.setUint32(0, 0x06054b50, true);
	e.setUint16(8, files.length, true);
	e.setUint16(10, files.length, true);
	e.setUint32(12, size, true);
	e.setUint32(16, offset, true);
	const out = new Uint8Array(offset + size + 22);
	let at = 0;
	for (const part of [...locals, ...centrals, end]) {
		out.set(part, at);
		at += part.length;
	}
	return out;
}

export const ZIP_LIMIT = 20 * 1024 * 1024;

export type ZipRead = { ok: true; files: Map<string, string> } | { ok: false; reason: string };

/** The text files of a ZIP archive by path, or why it cannot be read. */
export function readZip(bytes: Uint8Array, limit = ZIP_LIMIT): ZipRead {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	let end = -1;
	for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
		if (view.getUint32(i, true) === 0x06054b50) {
			end = i;
			break;
		}
	}
	if (end < 0) return { ok: false, reason: 'it is not a ZIP archive' };
	const count = view.getUint16(end + 10, true);
	let at = view.getUint32(end + 16, true);
	const files = new Map<string, string>();
	const decoder = new TextDecoder('utf-8', { fatal: false });
	let total = 0;
	try {
		for (let n = 0; n < count; n++) {
			if (view.getUint32(at, true) !== 0x02014b50)
				return { ok: false, reason: 'its file list is damaged' };
			const method = view.getUint16(at + 10, true);
			const packed = view.getUint32(at + 20, true);
			const nameLength = view.getUint16(at + 28, true);
			const skip = nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
			const local = view.getUint32(at + 42, true);
			const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
			at += 46 + skip;
			if (name.endsWith('/')) continue;
			const start =
				local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
			const raw = bytes.subarray(start, start + packed);
			if (method !== 0 && method !== 8)
				return { ok: false, reason: `“${name}” is packed in a way this reader does not know` };
			const data = method === 0 ? raw : inflateRawSync(raw, { maxOutputLength: limit - total });
			total += data.length;
			if (total > limit) return { ok: false, reason: 'it unpacks to more than 20 MB' };
			files.set(name.replace(/^\.\//, ''), decoder.decode(data));
		}
	} catch {
		return { ok: false, reason: 'it is damaged or unpacks to more than 20 MB' };
	}
	return { ok: true, files };
}
