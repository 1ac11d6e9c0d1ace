/**
 * A small QR code encoder (ISO/IEC 18004): byte mode, error correction level M, versions 1–10
 * (up to 213 bytes: any join address). Written here because no QR package is installed; the
 * structure follows the standard's steps: data bits, Reed–Solomon blocks, interleaving, function
 * patterns, zigzag placement, and the mask with the lowest penalty.
 */
import { drawSymbol } from './symbol';

const MAX_VERSION = 10;
// Level M, versions 1–10 (the standard's table 9): EC codewords per block, and blocks.
const EC_PER_BLOCK = [10, 16, 26, 18, 24, 16, 18, 22, 22, 26];
const BLOCKS = [1, 1, 1, 2, 2, 4, 4, 4, 5, 5];
const LEVEL_M_BITS = 0b00;

export type QrMatrix = boolean[][];

/** Modules available for data and EC codewords in a version (all but function patterns). */
function rawDataModules(version: number): number {
	let modules = (16 * version + 128) * version + 64;
	if (version >= 2) {
		const align = Math.floor(version / 7) + 2;
		modules -= (25 * align - 10) * align - 55;
		if (version >= 7) modules -= 36;
	}
	return modules;
}

function dataCapacity(version: number): number {
	const i = version - 1;
	return Math.floor(rawDataModules(version) / 8) - EC_PER_BLOCK[i]! * BLOCKS[i]!;
}

/** Multiplication in GF(2^8) modulo x^8 + x^4 + x^3 + x^2 + 1 (0x11D). */
function gfMultiply(x: number, y: number): number {
	let z = 0;
	for (let i = 7; i >= 0; i--) {
		z = (z << 1) ^ ((z >>> 7) * 0x11d);
		z ^= ((y >>> i) & 1) * x;
	}
	return z;
}

/** Coefficients of the generator polynomial (x − α^0)…(x − α^(degree−1)), highest first dropped. */
export function rsDivisor(degree: number): number[] {
	const result = new Array<number>(degree).fill(0);
	result[degree - 1] = 1;
	let root = 1;
	for (let i = 0; i < degree; i++) {
		for (let j = 0; j < degree; j++) {
			result[j] = gfMultiply(result[j]!, root);
			if (j + 1 < degree) result[j]! ^= result[j + 1]!;
		}
		root = gfMultiply(root, 0x02);
	}
	return result;
}

export function rsRemainder(data: number[], divisor: number[]): number[] {
	const result = new Array<number>(divisor.length).fill(0);
	for (const byte of data) {
		const factor = byte ^ result.shift()!;
		result.push(0);
		divisor.forEach((coefficient, i) => (result[i]! ^= gfMultiply(coefficient, factor)));
	}
	return result;
}

/** Mode, length, bytes, terminator and pad codewords, as data codewords for `version`. */
function dataCodewords(bytes: Uint8Array, version: number): number[] {
	const bits: number[] = [];
	const push = (value: number, length: number) => {
		for (let i = length - 1; i >= 0; i--) bits.push((value >>> i) & 1);
	};
	push(0b0100, 4);
	push(bytes.length, version <= 9 ? 8 : 16);
	for (const byte of bytes) push(byte, 8);
	const capacityBits = dataCapacity(version) * 8;
	push(0, Math.min(4, capacityBits - bits.length));
	push(0, (8 - (bits.length % 8)) % 8);
	const codewords: number[] = [];
	for (let i = 0; i < bits.length; i += 8) {
		codewords.push(bits.slice(i, i + 8).reduce((acc, bit) => (acc << 1) | bit, 0));
	}
	for (let pad = 0xec; codewords.length < dataCapacity(version); pad ^= 0xec ^ 0x11) {
		codewords.push(pad);
	}
	return codewords;
}

/** Splits into blocks, adds each block's EC codewords, and interleaves them. */
export function withErrorCorrection(data: number[], version: number): number[] {
	const blocks = BLOCKS[version - 1]!;
	const ecLength = EC_PER_BLOCK[version - 1]!;
	const raw = Math.floor(rawDataModules(version) / 8);
	const shortBlocks = blocks - (raw % blocks);
	const shortLength = Math.floor(raw / blocks);
	const divisor = rsDivisor(ecLength);
	const all: number[][] = [];
	for (let i = 0, k = 0; i < blocks; i++) {
		const block = data.slice(k, k + shortLength - ecLength + (i < shortBlocks ? 0 : 1));
		k += block.length;
		const ec = rsRemainder(block, divisor);
		if (i < shortBlocks) block.push(0);
		all.push([...block, ...ec]);
	}
	const result: number[] = [];
	for (let i = 0; i < all[0]!.length; i++) {
		all.forEach((block, j) => {
			// Short blocks carry a placeholder where long blocks have one more data codeword.
			if (i !== shortLength - ecLength || j >= shortBlocks) result.push(block[i]!);
		});
	}
	return result;
}

export function smallestVersion(length: number): number {
	for (let version = 1; version <= MAX_VERSION; version++) {
		const header = 4 + (version <= 9 ? 8 : 16);
		if (header + length * 8 <= dataCapacity(version) * 8) return version;
	}
	throw new RangeError(`A QR code here holds at most ${dataCapacity(MAX_VERSION) - 3} bytes.`);
}

/** The modules of a QR code for `text` (true = dark), without the quiet zone. */
export function encodeQr(text: string): QrMatrix {
	const bytes = new TextEncoder().encode(text);
	const version = smallestVersion(bytes.length);
	const codewords = withErrorCorrection(dataCodewords(bytes, version), version);
	return drawSymbol(version, LEVEL_M_BITS, codewords);
}
