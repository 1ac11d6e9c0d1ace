// Two defensible answers (a blind judge's main reason to reject word-meaning drafts): a wrong
// answer that is a near meaning of the key in the dictionary's graph (its cluster head's
// wording, a word whose usual sense is a kind of the key, another sense of the word of the same
// kind), and an adjective worded as a noun. Each set is checked over many articles' salts.
import { describe, expect, it } from 'vitest';
import { distractors } from '../lexicon/distractors';
import { meaningPool } from '../lexicon/pool';
import type { LexicalPos } from '../lexicon/types';
import { toneOf } from '../nlp';
import { loadWordNet } from '../wordnet';

const lexicon = loadWordNet();
const nowhere = { near: new Set<string>(), around: new Set<string>() };

/**
 * Every wrong answer offered for `lemma` keyed as its sense `at`, over `salts` articles; with
 * `alone`, that sense is the chosen meaning by itself (the word's other senses may be offered).
 */
function offered(lemma: string, pos: LexicalPos, key: string, at = 0, salts = 300, alone = false) {
	const senses = lexicon.senses(lemma, pos);
	const every = [at, ...senses.keys()].filter((i, k, all) => all.indexOf(i) === k);
	const group = alone ? [at] : every;
	const choice = { group, by: 'curated' as const, shared: [], overlaps: senses.map(() => 0) };
	const out: string[] = [];
	for (let salt = 0; salt < salts; salt++) {
		out.push(
			...(distractors(lexicon, { lemma, senses, choice, key, passage: nowhere, salt }) ?? [])
		);
	}
	return out;
}

describe('wrong answers near the key in the dictionary', () => {
	it('offers no adjective whose wording is the key cluster head’s ("large … in amount or degree")', () => {
		const wrong = offered('substantial', 'adj', 'of considerable importance, size, or worth');
		expect(wrong.length).toBeGreaterThan(30);
		expect(wrong.filter((w) => /\b(?:degree|amount)\b/.test(w))).toEqual([]);
	});

	it('offers no meaning whose own words have a sense that is a kind of the key ("overthrow")', () => {
		const wrong = offered('oust', 'verb', 'remove from a position or office');
		expect(wrong.length).toBeGreaterThan(30);
		expect(wrong.filter((w) => /\boverthrow\b/.test(w))).toEqual([]);
	});

	it('offers no meaning near the word’s other sense ("compelling" is also forceful)', () => {
		const wrong = offered('compelling', 'adj', 'convincing or strongly interesting', 1);
		expect(wrong.length).toBeGreaterThan(30);
		expect(wrong.filter((w) => /\bpower/.test(w))).toEqual([]);
	});

	it('offers no other sense of a verb of the same broad kind ("necessitate" beside "force")', () => {
		const wrong = offered('compel', 'verb', 'force somebody to do something', 0, 300, true);
		expect(wrong.length).toBeGreaterThan(30);
		expect(wrong).not.toContain('necessitate or exact');
	});

	it('offers no adjective worded as a noun ("unwillingness to …")', () => {
		for (const lemma of ['considerable', 'robust', 'persuasive']) {
			const key = lexicon.senses(lemma, 'adj')[0]!.gloss;
			const wrong = offered(lemma, 'adj', key, 0, 200);
			expect(wrong.filter((w) => /^(?:unwillingness|a|an|the)\b/i.test(w))).toEqual([]);
		}
	});
});

describe('wrong answers of another broad kind first', () => {
	it('offers a doing verb no other doing ("be valid") while thinking and physical ones remain', () => {
		const categoryOf = new Map(meaningPool(lexicon, 'verb').map((e) => [e.text, e.sense.category]));
		// verb.change, competition, possession, social, stative: one broad kind of meaning.
		const doing = [30, 33, 40, 41, 42];
		for (const lemma of ['expel', 'bolster']) {
			const key = lexicon.senses(lemma, 'verb')[0]!.gloss;
			const wrong = offered(lemma, 'verb', key, 0, 100, true);
			expect(wrong.length).toBeGreaterThan(100);
			expect(wrong.filter((w) => doing.includes(categoryOf.get(w) ?? -1))).toEqual([]);
		}
	});
});

describe('noun meanings of one form', () => {
	// "Severely repressive actions" beside "A feeling of understanding" and "A general inclusive
	// concept": the one option without an article stood out as the key (a blind judge's tell).
	it('offers wrong answers that open as the key does, with or without an article', () => {
		const bare = offered('crackdown', 'noun', 'severely repressive actions', 0, 200);
		expect(bare.length).toBeGreaterThan(30);
		expect(bare.filter((w) => /^(?:a|an|the)\s/i.test(w))).toEqual([]);
		const key = lexicon.senses('concept', 'noun')[0]!.gloss;
		const withArticle = offered('concept', 'noun', key, 0, 200);
		expect(/^(?:a|an|the)\s/i.test(key)).toBe(true);
		expect(withArticle.filter((w) => !/^(?:a|an|the)\s/i.test(w))).toEqual([]);
	});

	// "Guessing about what might be true" beside "Properties attributable to your ancestry" and
	// "Feelings of great warmth": the plural options could not stand for "speculation".
	it('offers a bare singular key no plural wrong answer, and none spoken to the reader', () => {
		const wrong = offered('speculation', 'noun', 'guessing about what might be true', 0, 200);
		expect(wrong.length).toBeGreaterThan(30);
		expect(wrong.filter((w) => /^\p{L}+[^su\s]s\s/u.test(w))).toEqual([]);
		expect(wrong.filter((w) => /\byour?\b/i.test(w))).toEqual([]);
	});
});

// Judged twice: for "compelling" in "the new model might be more compelling", the wrong answer
// "distinguished from others in excellence" praises as the key does and read in its place.
describe('wrong answers that judge as the key does', () => {
	it('offers no praising meaning beside a praising key ("compelling")', () => {
		const wrong = offered('compelling', 'adj', 'convincing or strongly interesting', 0, 200);
		expect(wrong.length).toBeGreaterThan(30);
		expect(wrong).not.toContain('distinguished from others in excellence');
		expect(wrong.filter((w) => toneOf(w) >= 0.3)).toEqual([]);
	});

	it('offers no faulting meaning beside a faulting key ("punitive")', () => {
		const wrong = offered('punitive', 'adj', 'inflicting punishment', 0, 200);
		expect(wrong.length).toBeGreaterThan(30);
		expect(wrong.filter((w) => toneOf(w) <= -0.3)).toEqual([]);
	});

	it('leaves a neutral key’s wrong answers of any tone ("adjacent")', () => {
		const key = 'nearest in space or position';
		expect(Math.abs(toneOf(key))).toBeLessThan(0.3);
		const wrong = offered('adjacent', 'adj', key);
		expect(wrong.some((w) => Math.abs(toneOf(w)) >= 0.3)).toBe(true);
	});
});

// A verb asked in the past ("implemented"): a wrong answer opening "be …" cannot be put in the
// past without a subject, and one left in the base form beside three in the past is a tell.
describe('wrong answers that can be shown as the key is', () => {
	it('offers only meanings the caller can show in the verb’s form', () => {
		const senses = lexicon.senses('implement', 'verb');
		const choice = {
			group: [0],
			by: 'curated' as const,
			shared: [],
			overlaps: senses.map(() => 0)
		};
		const key = 'put a plan or system into action';
		const shows = (text: string) => !/^be\b/i.test(text);
		let offered = 0;
		for (let salt = 0; salt < 200; salt++) {
			const use = { lemma: 'implement', senses, choice, key, passage: nowhere, salt };
			const wrong = distractors(lexicon, { ...use, shows }) ?? [];
			offered += wrong.length;
			expect(wrong.filter((w) => !shows(w))).toEqual([]);
		}
		expect(offered).toBeGreaterThan(300);
	});
});
