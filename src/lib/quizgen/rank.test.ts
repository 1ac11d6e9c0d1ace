import { describe, expect, it } from 'vitest';
import { analyseArticle } from './analyse';
import { conflicts, PER_TEN, selectDrafts } from './rank';
import type { Candidate } from './rules/candidate';

// Two drafts from different paragraphs of one quiz: the second prints the first's key.
const base = {
	explanation: 'Paragraph 1 says: “…”, so …',
	quality: 0.8,
	skill: 'key-details' as const
};
const cloze: Candidate = {
	...base,
	kind: 'cloze',
	rule: 'cloze-fact',
	prompt: 'Fill in the blank: The council agreed to pay a _____ fee to end the contract.',
	answer: '$12 million',
	evidence: { paragraph: 2, start: 0, end: 60 },
	sentenceKey: '2:0',
	factKey: '$12 million'
};
const pair: Candidate = {
	...base,
	kind: 'evidence_pair',
	skill: 'claim-evidence',
	rule: 'evidence-pair',
	prompt: 'Part A: Who agreed to end the contract?',
	options: ['The council', 'The mayor', 'The union'],
	answer: 'The council',
	partB: {
		prompt: 'Part B: Which sentence supports the answer?',
		options: ['The council will pay a $12 million fee to the builder.', 'The mayor spoke.'],
		answer: 'The council will pay a $12 million fee to the builder.'
	},
	evidence: { paragraph: 9, start: 0, end: 50 },
	sentenceKey: '9:0',
	factKey: 'council'
};

describe('conflicts', () => {
	it('keeps apart two drafts when one prints the other’s key, in any paragraph or Part B', () => {
		expect(conflicts(cloze, pair)).toBe(true);
		expect(conflicts(pair, cloze)).toBe(true);
	});

	// Issue 11: "Who stressed …?" and "Who rejected …?" both keyed on one mayor, paragraphs apart.
	it('keeps apart two recall items with one person as the answer', () => {
		const who = (paragraph: number, what: string): Candidate => ({
			...base,
			kind: 'short_answer',
			rule: 'who-did',
			prompt: `Who ${what}?`,
			answer: 'Marta Okafor',
			evidence: { paragraph, start: 0, end: 40 },
			sentenceKey: `${paragraph}:0`,
			factKey: what
		});
		const defended = who(2, 'defended the plan to close the harbour baths');
		const announced = who(7, 'announced a new bus route to the airport');
		expect(conflicts(defended, announced)).toBe(true);
		expect(conflicts(defended, { ...announced, answer: 'Ben Idris' })).toBe(false);
	});
});

describe('conflicts across a quiz', () => {
	const why: Candidate = {
		...base,
		kind: 'multiple_choice',
		skill: 'cause-effect',
		rule: 'cause-effect-cause',
		prompt: 'According to paragraph 3, why did the bakery close early?',
		options: [
			'The ovens failed during the storm on Friday night.',
			'The wind rose above gale force.',
			'The engine of the only boat broke down.'
		],
		answer: 'The ovens failed during the storm on Friday night.',
		evidence: { paragraph: 3, start: 0, end: 80 },
		sentenceKey: '3:0',
		factKey: 'bakery'
	};
	const central: Candidate = {
		...base,
		kind: 'multiple_choice',
		skill: 'central-idea',
		rule: 'central-idea-lede',
		prompt: 'Which statement best expresses the central idea of the article?',
		options: [
			'Storms shut several businesses in the harbour town.',
			'The ovens failed during the storm on Friday night.',
			'The ferry timetable changed.'
		],
		answer: 'Storms shut several businesses in the harbour town.',
		evidence: { paragraph: 0, start: 0, end: 60 },
		sentenceKey: '0:0',
		factKey: 'storms'
	};

	it('keeps apart two drafts when one offers the other’s statement key as an option', () => {
		expect(conflicts(why, central)).toBe(true);
		expect(conflicts(central, why)).toBe(true);
	});
});

describe('cross-draft checks', () => {
	const sentence = 'The harbour board spent 15 percent of its budget on new cranes last year.';
	const source = (key: string) => (key === '4:1' ? sentence : undefined);
	const swap = (overrides: Partial<Candidate>): Candidate => ({
		...base,
		kind: 'true_false',
		rule: 'fact-swap',
		prompt:
			'True or false? The harbour board spent 9 percent of its budget on new cranes last year.',
		answer: 'False',
		evidence: { paragraph: 4, start: 0, end: sentence.length },
		sentenceKey: '4:1',
		factKey: '15 percent',
		swapKey: '9 percent',
		...overrides
	});
	const meaning: Candidate = {
		...base,
		kind: 'multiple_choice',
		skill: 'word-meaning',
		rule: 'word-meaning',
		prompt: `In paragraph 5, the article says: “${sentence}” As it is used in this sentence, what does “spend” most nearly mean?`,
		options: ['Pay out', 'Look for', 'Give up', 'Take in'],
		answer: 'Pay out',
		evidence: { paragraph: 4, start: 0, end: sentence.length },
		sentenceKey: '4:2',
		factKey: 'spend'
	};

	it('never keeps two true/false items on one swapped-in value or one fact', () => {
		const other = swap({ sentenceKey: '7:0', factKey: '40 cranes', prompt: 'True or false? …' });
		expect(conflicts(swap({}), other)).toBe(true);
		const sameFact = swap({
			sentenceKey: '7:0',
			swapKey: '12 percent',
			prompt: 'True or false? …'
		});
		expect(conflicts(swap({}), sameFact)).toBe(true);
	});

	it('never keeps a true/false item beside a draft that prints its sentence', () => {
		expect(conflicts(swap({}), meaning, source)).toBe(true);
		expect(conflicts(meaning, swap({}), source)).toBe(true);
	});

	it('never asks who said a quotation beside who would agree with it', () => {
		const who: Candidate = {
			...base,
			kind: 'quote_attribution',
			rule: 'quote-named-speaker',
			prompt: 'Who said: “We will rebuild the pier together”?',
			options: ['Ana Ruiz', 'Tom Hale', 'Lee Park', 'Kim Osei'],
			answer: 'Ana Ruiz',
			evidence: { paragraph: 6, start: 0, end: 40 },
			sentenceKey: '6:0',
			factKey: 'ana ruiz'
		};
		const agree: Candidate = {
			...who,
			kind: 'multiple_choice',
			skill: 'point-of-view',
			rule: 'point-of-view-agree',
			prompt: 'Which person would most likely agree that the town should rebuild the pier?',
			evidence: { paragraph: 9, start: 0, end: 40 },
			sentenceKey: '9:1'
		};
		expect(conflicts(who, agree)).toBe(true);
	});
});

describe('selectDrafts spreads the first ten', () => {
	const paragraphs = Array.from(
		{ length: 12 },
		(_, i) => `The ferry crew of dock ${i + 1} repaired the ramp before the storm arrived.`
	);
	const analysis = analyseArticle({ title: 'Ferry repairs', paragraphs });
	const draft = (i: number, skill: Candidate['skill'], quality: number): Candidate => ({
		...base,
		kind: 'multiple_choice',
		skill,
		rule: skill,
		quality,
		prompt: `Question ${i} on ${['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel', 'india', 'juliet', 'kilo', 'lima'][i]}?`,
		options: [`key ${i}`, `wrong ${i}a`, `wrong ${i}b`, `wrong ${i}c`],
		answer: `key ${i}`,
		evidence: { paragraph: i, start: 0, end: 20 },
		sentenceKey: `${i}:0`,
		factKey: `fact ${i}`
	});

	it('keeps word meaning to three in ten even when it scores best', () => {
		const candidates = [
			...[0, 1, 2, 3, 4, 5].map((i) => draft(i, 'word-meaning', 0.95)),
			...[6, 7, 8].map((i) => draft(i, 'text-structure', 0.6)),
			...[9, 10, 11].map((i) => draft(i, 'cause-effect', 0.6))
		];
		const chosen = selectDrafts(candidates, analysis, 10, [], {}, undefined, 4, PER_TEN);
		expect(chosen.filter((d) => d.skill === 'word-meaning')).toHaveLength(3);
		expect(chosen).toHaveLength(9);
	});
});

describe('selectDrafts keeps true/false answers mixed', () => {
	const paragraphs = Array.from(
		{ length: 8 },
		(_, i) => `The harbour crew of pier ${i + 1} painted the railings before the regatta began.`
	);
	const analysis = analyseArticle({ title: 'Harbour crews', paragraphs });
	const item = (i: number, answer: 'True' | 'False'): Candidate => ({
		...base,
		kind: 'true_false',
		rule: answer === 'True' ? 'fact-restated' : 'fact-swap',
		quality: answer === 'False' ? 0.9 : 0.5,
		prompt: `True or false? Statement ${['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight'][i]} about pier ${i}.`,
		answer,
		evidence: { paragraph: i, start: 0, end: 20 },
		sentenceKey: `${i}:0`,
		factKey: `fact ${i}`,
		swapKey: answer === 'False' ? `swap ${i}` : undefined
	});

	it('never lets one answer run more than one ahead of the other', () => {
		const candidates = [0, 1, 2, 3, 4, 5].map((i) => item(i, 'False')).concat([item(6, 'True')]);
		const chosen = selectDrafts(candidates, analysis, 10, [], {});
		const falses = chosen.filter((d) => d.answer === 'False').length;
		const trues = chosen.filter((d) => d.answer === 'True').length;
		expect(trues).toBe(1);
		expect(falses).toBe(2);
	});
});

// Issue 11: "recall at most a third" was counted against the drafts chosen so far, so an article
// with one comprehension candidate gave the teacher one draft and refused every sound recall one.
describe('selectDrafts when little but recall is sound', () => {
	const paragraphs = Array.from(
		{ length: 12 },
		(_, i) => `The orchard crew of row ${i + 1} pruned the pear trees before the frost came.`
	);
	const analysis = analyseArticle({ title: 'Orchard crews', paragraphs });
	const draft = (i: number, skill: Candidate['skill']): Candidate => ({
		...base,
		kind: 'multiple_choice',
		skill,
		rule: skill,
		quality: 0.8,
		prompt: `Question on ${['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel', 'india', 'juliet'][i]}?`,
		options: [`key ${i}`, `wrong ${i}a`, `wrong ${i}b`, `wrong ${i}c`],
		answer: `key ${i}`,
		evidence: { paragraph: i, start: 0, end: 20 },
		sentenceKey: `${i}:0`,
		factKey: `fact ${i}`
	});
	const candidates = [
		draft(0, 'central-idea'),
		...[1, 2, 3, 4, 5, 6, 7, 8, 9].map((i) => draft(i, 'key-details'))
	];

	it('fills with recall up to its share of the default quiz, comprehension first', () => {
		const recall = { floor: 1, total: 6 };
		const chosen = selectDrafts(candidates, analysis, 20, [], {}, recall);
		expect(chosen[0]?.skill).toBe('central-idea');
		expect(chosen).toHaveLength(7);
	});

	it('gives a shorter quiz as the start of a longer one', () => {
		const recall = { floor: 1, total: 6 };
		const short = selectDrafts(candidates, analysis, 4, [], {}, recall).map((d) => d.prompt);
		const long = selectDrafts(candidates, analysis, 20, [], {}, recall).map((d) => d.prompt);
		expect(long.slice(0, 4)).toEqual(short);
	});
});
