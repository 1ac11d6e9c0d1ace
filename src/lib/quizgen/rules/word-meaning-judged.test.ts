// Word-meaning shapes a blind judge rejected (issue 11, December 2026), on our own sentences: a
// sense the passage does not use, absurd wrong answers, everyday words, one set of wrong
// answers repeated from article to article.
import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../analyse';
import { distractors } from '../lexicon/distractors';
import { meaningPool } from '../lexicon/pool';
import { loadWordNet } from '../wordnet';
import { wordMeaningQuestions } from './word-meaning';

const lexicon = loadWordNet();

function meaningsOf(paragraphs: string[], title = 'Harbour vote') {
	return wordMeaningQuestions({
		analysis: analyseArticle({ title, paragraphs }),
		seed: 0,
		lexicon
	});
}

describe('the sense the passage uses, or no question', () => {
	it('never keys "tensions" between two sides as mental strain', () => {
		const drafts = meaningsOf([
			'The closure of the ferry could heighten tensions between the two halves of the divided town.',
			'Fishermen and hotel owners have argued for months over who should pay for the new quay.'
		]);
		const tension = drafts.find((d) => d.factKey === 'tension');
		expect(tension?.answer ?? '').not.toMatch(/mental or emotional strain/i);
	});

	it('never keys "discourse" on a topic as a speech in general', () => {
		const drafts = meaningsOf([
			'Public discourse about the harbour tax has grown angrier since the council first raised it.',
			'Residents have filled the town hall at every meeting to argue about the plan.'
		]);
		const discourse = drafts.find((d) => d.factKey === 'discourse');
		expect(discourse?.answer ?? '').not.toMatch(/extended verbal expression/i);
	});

	it('never guesses the usual sense of a word with many others ("compensated" as pay)', () => {
		const drafts = meaningsOf([
			'Many teachers leave the harbour school because coding is better compensated in private industry.',
			'The school has lost six of its twelve teachers in the past two years.'
		]);
		const compensate = drafts.find((d) => d.factKey === 'compensate');
		expect(compensate?.answer ?? '').not.toMatch(/^adjust for$/i);
	});

	it('asks nothing on a word every reader already uses', () => {
		const drafts = meaningsOf([
			'The new turbines will generate enough power for the harbour, and the council hopes to obtain the permits soon.',
			'The project is significant for the town, which has waited many years for a reliable supply of power.'
		]);
		expect(drafts.map((d) => d.factKey)).toEqual([]);
	});
});

describe('wrong answers a reader rules out without reading', () => {
	it('offers no meanings of killing, the body or physics beside an abstract sense', () => {
		for (const pos of ['noun', 'verb', 'adj'] as const) {
			const texts = meaningPool(lexicon, pos).map((e) => e.text);
			expect(texts.filter((t) => /\bkill|in the arms\b|transmitting .*light/i.test(t))).toEqual([]);
		}
	});

	it('varies the wrong answers from article to article, and never repeats one in a quiz', () => {
		const sentence =
			'The harbour board voted to oust the chairman after the audit found missing payments.';
		const other = 'Critics said the new rules would curtail public meetings at the harbour.';
		const a = meaningsOf([sentence, other], 'Harbour board vote');
		const b = meaningsOf([sentence, other], 'A second town, a second vote');
		const oustA = a.find((d) => d.factKey === 'oust');
		const oustB = b.find((d) => d.factKey === 'oust');
		expect(oustA && oustB).toBeTruthy();
		expect([...(oustA?.options ?? [])].sort()).not.toEqual([...(oustB?.options ?? [])].sort());
		const wrong = a.flatMap((d) => (d.options ?? []).filter((o) => o !== d.answer));
		expect(new Set(wrong).size).toBe(wrong.length);
	});
});

// Issue 11, blind judge: "Incite or stimulate" offered beside the key "Call forth" for "elicit":
// both right. A wrong answer may not be near anything the key's synonyms mean ("arouse" can
// mean "stimulate"), whichever pool meanings an article's salt draws.
describe('no wrong answer that a synonym of the key also means', () => {
	it('never offers "incite or stimulate" for "elicit" used as "call forth"', () => {
		const senses = lexicon.senses('elicit', 'verb');
		const choice = { group: [0], by: 'both' as const, shared: [], overlaps: senses.map(() => 0) };
		const offered = new Set<string>();
		for (let salt = 0; salt < 300; salt++) {
			const use = {
				lemma: 'elicit',
				senses,
				choice,
				key: 'call forth',
				passage: { near: new Set<string>(), around: new Set<string>() },
				salt
			};
			for (const option of distractors(lexicon, use) ?? []) offered.add(option);
		}
		expect(offered.size).toBeGreaterThan(10);
		expect([...offered].filter((o) => /incite|stimulat|evoke|arouse|kindle/i.test(o))).toEqual([]);
	});
});
