import { describe, it, expect } from 'vitest';
import { analyseArticle } from '../analyse';
import { containsPhrase, wordCount } from '../text';
import { evidencePairFrom } from './evidence-pair';
import type { Candidate } from './candidate';
import { whoQuestions } from './who';

const ARTICLE = {
	title: 'Council vote',
	paragraphs: [
		'Ana Ortiz proposed a bus lane on the high street at the council meeting on Tuesday.',
		'Ben Cho opposed the plan because shop owners feared losing their parking spaces.',
		'Carla Diaz asked for a protected cycle lane alongside the new bus lane as well.',
		'The council will publish a review of the scheme twelve months after it opens.',
		'Shop owners had collected more than a thousand signatures against the whole plan.'
	]
};

/** "Which councillor …?" keyed on Ben Cho, citing the sentence `key`, as the who rule makes it. */
function whoCandidate(prompt: string, key: { start: number; end: number } | undefined): Candidate {
	return {
		kind: 'multiple_choice',
		prompt,
		options: ['Ana Ortiz', 'Ben Cho', 'Carla Diaz'],
		answer: 'Ben Cho',
		explanation: '',
		evidence: { paragraph: 1, start: key?.start ?? 0, end: key?.end ?? 0 },
		skill: 'key-details',
		rule: 'test',
		quality: 1,
		sentenceKey: '1:0',
		factKey: 'ben cho'
	};
}

describe('evidence pair', () => {
	const analysis = analyseArticle(ARTICLE);
	const ctx = { analysis, seed: 0 };
	const key = analysis.sentences.find((x) => x.paragraph === 1);
	const candidate = (prompt: string) => whoCandidate(prompt, key);
	const pair = evidencePairFrom(candidate('Which councillor was against the new lane?'), ctx);

	it('adds a Part B whose key is the evidence sentence, among three sentences from elsewhere', () => {
		expect(pair?.kind).toBe('evidence_pair');
		expect(pair?.skill).toBe('claim-evidence');
		const partB = pair?.partB;
		expect(partB?.options).toHaveLength(4);
		const evidence = ARTICLE.paragraphs[pair?.evidence.paragraph ?? -1];
		expect(partB?.answer).toBe(evidence);
		expect(new Set(partB?.options).size).toBe(4);
	});

	it('uses decoys that do not name the answer', () => {
		const decoys = (pair?.partB?.options ?? []).filter((o) => o !== pair?.partB?.answer);
		expect(decoys).toHaveLength(3);
		for (const d of decoys) expect(containsPhrase(d, pair?.answer ?? '')).toBe(false);
		for (const d of decoys) expect(wordCount(d)).toBeGreaterThanOrEqual(8);
	});

	it('never pairs a "who" question with the sentence it was cut from (issue 11)', () => {
		// Part B would repeat Part A word for word: a matching exercise, not evidence.
		const who = analysis.sentences.flatMap((s) => whoQuestions(s, ctx));
		expect(who.flatMap((c) => evidencePairFrom(c, ctx) ?? [])).toEqual([]);
		expect(
			evidencePairFrom(
				candidate('Who opposed the plan because shop owners feared losing their parking spaces?'),
				ctx
			)
		).toBeNull();
	});
});

describe('evidence pairs: options speak for themselves', () => {
	// Our own article: two sentences that cannot stand alone (the first person; "they" for no one).
	const analysis = analyseArticle({
		title: 'Council vote',
		paragraphs: [
			...ARTICLE.paragraphs.slice(0, 3),
			'I can afford the bus fare only when the council cuts the weekly price.',
			'He would much prefer a quieter street with wider pavements and more benches.'
		]
	});
	const key = analysis.sentences.find((x) => x.paragraph === 1);
	const pair = evidencePairFrom(whoCandidate('Which councillor was against the new lane?', key), {
		analysis,
		seed: 0
	});

	it('never offers a sentence in the first person or with a pronoun standing for no one', () => {
		// Two sentences from elsewhere speak for themselves: no third decoy, no pair.
		expect(pair?.partB?.options ?? []).not.toContain(
			'I can afford the bus fare only when the council cuts the weekly price.'
		);
		expect(pair).toBeNull();
		expect(pair?.partB?.options ?? []).not.toContain(
			'He would much prefer a quieter street with wider pavements and more benches.'
		);
	});
});
