import { describe, it, expect } from 'vitest';
import { analyseArticle } from '../analyse';
import { containsPhrase, wordCount } from '../text';
import { evidencePairFrom } from './evidence-pair';
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

describe('evidence pair', () => {
	const analysis = analyseArticle(ARTICLE);
	const ctx = { analysis, seed: 0 };
	const partA = analysis.sentences
		.flatMap((s) => whoQuestions(s, ctx))
		.find((d) => d.kind === 'multiple_choice');
	const pair = partA && evidencePairFrom(partA, ctx);

	it('adds a Part B whose key is the evidence sentence, among three sentences from elsewhere', () => {
		expect(pair?.kind).toBe('evidence_pair');
		expect(pair?.prompt).toMatch(/^Part A: Who /);
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
});
