/** A tiny memo: the same few hundred sentences are measured thousands of times per article. */
export function memo<T>(compute: (text: string) => T): (text: string) => T {
	const cache = new Map<string, T>();
	return (text) => {
		let value = cache.get(text);
		if (value === undefined) {
			if (cache.size > 50000) cache.clear();
			value = compute(text);
			cache.set(text, value);
		}
		return value;
	};
}

/**
 * The same memo keyed by an object (a sentence, an analysis): computed once per object, and
 * dropped with it, since every rule asks the same questions of the same sentences.
 */
export function memoPer<K extends object, T>(compute: (key: K) => T): (key: K) => T {
	const cache = new WeakMap<K, T>();
	return (key) => {
		if (cache.has(key)) return cache.get(key) as T;
		const value = compute(key);
		cache.set(key, value);
		return value;
	};
}

/** Folds case, curly quotes, dashes and white space so that spans compare the way readers do. */
export const fold = memo((text: string): string =>
	text
		.normalize('NFKC')
		.replace(/[\u2018\u2019\u201a\u201b\u2032`]/g, "'")
		.replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
		.replace(/[\u2010-\u2015]/g, '-')
		.replace(/\s+/g, ' ')
		.trim()
		.toLowerCase()
);

/**
 * Folds an option so that figures differing only in format compare equal: "97 %", "97 percent"
 * and "97 per cent" are one option, as are "1,200" and "1200".
 */
export const foldOption = memo((text: string): string =>
	fold(text)
		.replace(/\s*per\s?cent\b/g, '%')
		.replace(/(\d),(?=\d{3}\b)/g, '$1')
		.replace(/\s+(?=[%])|(?<=[$£€])\s+/g, '')
);

/** Letters, digits and the symbols figures carry; everything else (apostrophes too) splits words. */
function spaced(text: string): string {
	return ` ${fold(text)
		.replace(/[^\p{L}\p{N}%$£€.]+/gu, ' ')
		.replace(/\.(?=\s|$)/g, '')
		.trim()} `;
}

const cachedSpaced = memo(spaced);

/** True when `needle` occurs in `haystack` as whole words, after folding both. */
export function containsPhrase(haystack: string, needle: string): boolean {
	const n = cachedSpaced(needle);
	// `spaced` pads with one space each side: two characters alone are an empty phrase.
	return n.length > 2 && cachedSpaced(haystack).includes(n);
}

/** Lower-case word tokens, for overlap measures. */
export const words = memo((text: string): string[] => fold(text).match(/[\p{L}\p{N}']+/gu) ?? []);

const wordSet = memo((text: string) => new Set(words(text)));

/** "a, b and c" (or "a, b or c"): a list as a sentence writes it; one item stands alone. */
export function listed(items: readonly string[], conjunction: 'and' | 'or'): string {
	if (items.length < 2) return items.join('');
	return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}

export function wordCount(text: string): number {
	return words(text).length;
}

/** Jaccard overlap of two texts' word sets, 0..1. */
export function overlap(a: string, b: string): number {
	const setA = wordSet(a);
	const setB = wordSet(b);
	if (setA.size === 0 || setB.size === 0) return 0;
	let shared = 0;
	for (const word of setA) if (setB.has(word)) shared++;
	return shared / (setA.size + setB.size - shared);
}

/** FNV-1a: a stable 32-bit hash, so seeds depend only on the input text. */
export function hash(text: string, seed = 0): number {
	let h = (0x811c9dc5 ^ seed) >>> 0;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193) >>> 0;
	}
	return h;
}

/** murmur3's finaliser: seeds that differ by one (seed + offset) start far apart. */
function mix(seed: number): number {
	let h = seed >>> 0;
	h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
	h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
	return (h ^ (h >>> 16)) >>> 0;
}

/** mulberry32: small, fast and good enough to order four options. */
export function seededRandom(seed: number): () => number {
	let state = mix(seed);
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Fisher–Yates with a seeded generator: the same seed always gives the same order. */
export function shuffle<T>(items: readonly T[], seed: number): T[] {
	const out = [...items];
	const random = seededRandom(seed);
	for (let i = out.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[out[i], out[j]] = [out[j] as T, out[i] as T];
	}
	return out;
}

/** Wraps a quotation in curly quotes, dropping the comma or full stop that ended it. */
export function quoted(text: string): string {
	return `“${text.trim().replace(/[,;:]$/, '')}”`;
}

/**
 * A sentence shown inside quotation marks in a prompt. A sentence that is itself one whole
 * quotation keeps its own marks; otherwise its inner quotes become single ones (‘…’), so a
 * prompt never shows doubled marks such as ““ or ””.
 */
export function inQuotes(sentence: string): string {
	const text = sentence.trim();
	const whole = /^[“"][^“”"]*[”"]$/.test(text);
	if (whole) return text.replace(/^"/, '“').replace(/"$/, '”');
	const nested = text
		.replace(/“/g, '‘')
		.replace(/”/g, '’')
		.replace(/(^|[\s(—-])"/g, '$1‘')
		.replace(/"/g, '’');
	return `“${nested}”`;
}
