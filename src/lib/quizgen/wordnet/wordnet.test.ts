import { describe, expect, it } from 'vitest';
import { loadWordNet } from './index';
import { baseCandidates } from './morphy';

describe('WordNet reader', () => {
	const wordnet = loadWordNet();

	it('finds the dictionary form of regular and irregular inflections', () => {
		expect(wordnet.lemma('undermined', 'verb')).toBe('undermine');
		expect(wordnet.lemma('conceding', 'verb')).toBe('concede');
		expect(wordnet.lemma('committed', 'verb')).toBe('commit');
		expect(wordnet.lemma('criteria', 'noun')).toBe('criterion');
		expect(wordnet.lemma('studies', 'noun')).toBe('study');
		expect(wordnet.lemma('went', 'verb')).toBe('go');
		expect(wordnet.lemma('qwzxv', 'noun')).toBeNull();
	});

	it('reads the irregular form before the word itself ("found" is mostly "find")', () => {
		expect(baseCandidates('found', 'verb')[0]).toBe('find');
	});

	it('lists senses most frequent first, with tag counts, categories and clean glosses', () => {
		const senses = wordnet.senses('concede', 'verb');
		expect(senses.length).toBeGreaterThanOrEqual(3);
		const counts = senses.map((s) => s.frequency);
		expect(counts).toEqual([...counts].sort((a, b) => b - a));
		const defeat = senses.find((s) => s.gloss === 'acknowledge defeat');
		expect(defeat?.examples[0]).toMatch(/candidate conceded/);
		expect(senses.every((s) => !s.gloss.includes('"') && s.pos === 'verb')).toBe(true);
		expect(new Set(senses.map((s) => s.category)).size).toBeGreaterThan(1);
	});

	it('keeps parts of speech apart and leaves the looked-up word out of its synonyms', () => {
		const bank = wordnet.senses('bank', 'noun');
		expect(bank.some((s) => /financial institution/.test(s.gloss))).toBe(true);
		expect(bank.every((s) => !s.synonyms.includes('bank'))).toBe(true);
		expect(wordnet.senses('bank', 'adv')).toEqual([]);
		expect(wordnet.senses('not a word at all', 'noun')).toEqual([]);
	});

	it('parses each lemma once: a second lookup returns the cached senses', () => {
		expect(wordnet.senses('curtail', 'verb')).toBe(wordnet.senses('curtail', 'verb'));
		expect(loadWordNet()).toBe(wordnet);
	});

	it('reads each sense’s links and broader meanings, and a meaning by id', () => {
		const [bias] = wordnet.senses('bias', 'noun');
		// "bias" is a kind of "partiality": a hypernym link, one step broader, linked back.
		const partiality = bias!.broader!.map((id) => wordnet.sense?.(id));
		expect(partiality.map((s) => s?.synonyms)).toContainEqual(['partiality', 'partisanship']);
		expect(partiality[0]?.links).toContain(bias?.id);
		expect(wordnet.sense?.(bias!.id)?.gloss).toBe(bias?.gloss);
		expect(wordnet.sense?.('noun:notanumber')).toBeNull();
		// A satellite adjective's similar-to pointer leads to its cluster head, one step broader.
		const [significant] = wordnet.senses('substantial', 'adj');
		const heads = significant!.broader!.map((id) => wordnet.sense?.(id)?.synonyms);
		expect(heads).toContainEqual(['considerable']);
	});
});
