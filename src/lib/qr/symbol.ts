/**
 * Draws a QR symbol: finder, timing and alignment patterns, format and version information,
 * the codewords in the standard's zigzag, then the mask (of eight) with the lowest penalty.
 */
type Grid = boolean[][];

const MASKS: ((x: number, y: number) => boolean)[] = [
	(x, y) => (x + y) % 2 === 0,
	(_x, y) => y % 2 === 0,
	(x) => x % 3 === 0,
	(x, y) => (x + y) % 3 === 0,
	(x, y) => (Math.floor(x / 3) + Math.floor(y / 2)) % 2 === 0,
	(x, y) => ((x * y) % 2) + ((x * y) % 3) === 0,
	(x, y) => (((x * y) % 2) + ((x * y) % 3)) % 2 === 0,
	(x, y) => (((x + y) % 2) + ((x * y) % 3)) % 2 === 0
];

const bit = (value: number, i: number) => ((value >>> i) & 1) !== 0;

export function alignmentPositions(version: number): number[] {
	if (version === 1) return [];
	const size = version * 4 + 17;
	const count = Math.floor(version / 7) + 2;
	const step = Math.ceil((version * 4 + 4) / (count * 2 - 2)) * 2;
	const positions = [6];
	for (let pos = size - 7; positions.length < count; pos -= step) positions.splice(1, 0, pos);
	return positions;
}

/** The 15 format bits: EC level and mask, BCH(15,5) protected, XOR 0x5412. */
export function formatBits(levelBits: number, mask: number): number {
	const data = (levelBits << 3) | mask;
	let rem = data;
	for (let i = 0; i < 10; i++) rem = (rem << 1) ^ ((rem >>> 9) * 0x537);
	return ((data << 10) | rem) ^ 0x5412;
}

class QrSymbol {
	readonly size: number;
	modules: Grid;
	isFunction: Grid;

	constructor(readonly version: number) {
		this.size = version * 4 + 17;
		const blank = () => Array.from({ length: this.size }, () => new Array(this.size).fill(false));
		this.modules = blank();
		this.isFunction = blank();
	}

	set(x: number, y: number, dark: boolean) {
		this.modules[y]![x] = dark;
		this.isFunction[y]![x] = true;
	}

	drawFunctionPatterns(levelBits: number) {
		for (let i = 0; i < this.size; i++) {
			this.set(6, i, i % 2 === 0);
			this.set(i, 6, i % 2 === 0);
		}
		const last = this.size - 4;
		for (const [cx, cy] of [
			[3, 3],
			[last, 3],
			[3, last]
		] as const)
			this.drawFinder(cx, cy);
		const align = alignmentPositions(this.version);
		for (const [i, ax] of align.entries()) {
			for (const [j, ay] of align.entries()) {
				const corner =
					(i === 0 && j === 0) ||
					(i === 0 && j === align.length - 1) ||
					(i === align.length - 1 && j === 0);
				if (!corner) this.drawAlignment(ax, ay);
			}
		}
		this.drawFormat(formatBits(levelBits, 0));
		this.drawVersion();
	}

	drawFinder(cx: number, cy: number) {
		for (let dy = -4; dy <= 4; dy++) {
			for (let dx = -4; dx <= 4; dx++) {
				const x = cx + dx;
				const y = cy + dy;
				const ring = Math.max(Math.abs(dx), Math.abs(dy));
				if (x >= 0 && x < this.size && y >= 0 && y < this.size)
					this.set(x, y, ring !== 2 && ring !== 4);
			}
		}
	}

	drawAlignment(cx: number, cy: number) {
		for (let dy = -2; dy <= 2; dy++) {
			for (let dx = -2; dx <= 2; dx++)
				this.set(cx + dx, cy + dy, Math.max(Math.abs(dx), Math.abs(dy)) !== 1);
		}
	}

	drawFormat(bits: number) {
		for (let i = 0; i <= 5; i++) this.set(8, i, bit(bits, i));
		this.set(8, 7, bit(bits, 6));
		this.set(8, 8, bit(bits, 7));
		this.set(7, 8, bit(bits, 8));
		for (let i = 9; i < 15; i++) this.set(14 - i, 8, bit(bits, i));
		for (let i = 0; i < 8; i++) this.set(this.size - 1 - i, 8, bit(bits, i));
		for (let i = 8; i < 15; i++) this.set(8, this.size - 15 + i, bit(bits, i));
		this.set(8, this.size - 8, true);
	}

	drawVersion() {
		if (this.version < 7) return;
		let rem = this.version;
		for (let i = 0; i < 12; i++) rem = (rem << 1) ^ ((rem >>> 11) * 0x1f25);
		const bits = (this.version << 12) | rem;
		for (let i = 0; i < 18; i++) {
			const a = this.size - 11 + (i % 3);
			const b = Math.floor(i / 3);
			this.set(a, b, bit(bits, i));
			this.set(b, a, bit(bits, i));
		}
	}

	drawCodewords(codewords: number[]) {
		let i = 0;
		for (let right = this.size - 1; right >= 1; right -= 2) {
			if (right === 6) right = 5;
			const upward = ((right + 1) & 2) === 0;
			for (let vert = 0; vert < this.size; vert++) {
				for (let j = 0; j < 2; j++) {
					const x = right - j;
					const y = upward ? this.size - 1 - vert : vert;
					if (this.isFunction[y]![x] || i >= codewords.length * 8) continue;
					this.modules[y]![x] = bit(codewords[i >>> 3]!, 7 - (i & 7));
					i++;
				}
			}
		}
	}

	applyMask(mask: number) {
		const test = MASKS[mask]!;
		for (let y = 0; y < this.size; y++) {
			for (let x = 0; x < this.size; x++) {
				if (!this.isFunction[y]![x] && test(x, y)) this.modules[y]![x] = !this.modules[y]![x];
			}
		}
	}
}

/** The standard's penalty rules N1–N4: lower is easier for a camera to read. */
export function penalty(grid: Grid): number {
	const size = grid.length;
	let score = 0;
	const lines: boolean[][] = [...grid, ...grid.map((_, x) => grid.map((row) => row[x]!))];
	const finderLike = [true, false, true, true, true, false, true];
	for (const line of lines) {
		let run = 1;
		for (let i = 1; i <= size; i++) {
			if (i < size && line[i] === line[i - 1]) run++;
			else {
				if (run >= 5) score += run - 2;
				run = 1;
			}
		}
		for (let i = 0; i + 7 <= size; i++) {
			if (!finderLike.every((dark, k) => line[i + k] === dark)) continue;
			const before = line.slice(Math.max(0, i - 4), i);
			const after = line.slice(i + 7, i + 11);
			const light = (part: boolean[], edge: boolean) =>
				part.every((d) => !d) && (part.length === 4 || edge);
			if (light(before, i - 4 < 0) || light(after, i + 11 > size)) score += 40;
		}
	}
	let dark = 0;
	for (let y = 0; y < size; y++) {
		for (let x = 0; x < size; x++) {
			if (grid[y]![x]) dark++;
			if (x + 1 < size && y + 1 < size) {
				const c = grid[y]![x];
				if (c === grid[y]![x + 1] && c === grid[y + 1]![x] && c === grid[y + 1]![x + 1]) score += 3;
			}
		}
	}
	const total = size * size;
	score += Math.floor(Math.abs(dark * 20 - total * 10) / total) * 10;
	return score;
}

export function drawSymbol(version: number, levelBits: number, codewords: number[]): Grid {
	let best: Grid | null = null;
	let bestScore = Infinity;
	for (let mask = 0; mask < MASKS.length; mask++) {
		const symbol = new QrSymbol(version);
		symbol.drawFunctionPatterns(levelBits);
		symbol.drawCodewords(codewords);
		symbol.applyMask(mask);
		symbol.drawFormat(formatBits(levelBits, mask));
		const score = penalty(symbol.modules);
		if (score < bestScore) {
			best = symbol.modules;
			bestScore = score;
		}
	}
	return best!;
}
