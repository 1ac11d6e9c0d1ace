// Recall shapes a blind judge rejected (issue 11, December 2026), each on an invented fixture:
// true/false keys all False, a True item found by matching a turned attribution, swaps refuted by general knowledge, trivial figures, statements
// without context, a "Who said" whose rival the quote itself rules out, three-name choices.
import { describe, it, expect } from 'vitest';
import { analyseArticle } from '../analyse';
import { structuralProblems } from '../checks';
import { completionQuestions, lacksContext } from './facts';
import { trueFalseQuestions } from './true-false';
import { quoteQuestions } from './quotes';
import { moveOpening, restatement, splitClause, turnAttribution } from './restate';

const FILLER = [
	'The committee will publish its full findings in a report later in the spring.',
	'Residents can comment on the plans at the library until the end of the month.',
	'Several local groups have asked for more time to study the proposals in detail.',
	'A public meeting on the subject is planned for the community hall next week.'
];

function recallOn(paragraphs: string[], seed = 0) {
	const article = { title: 'Harbour report', paragraphs };
	const analysis = analyseArticle(article);
	const ctx = { analysis, seed };
	const drafts = analysis.sentences.flatMap((s) => [
		...completionQuestions(s, ctx),
		...trueFalseQuestions(s, ctx)
	]);
	return drafts.filter((d) => structuralProblems({ ...d, score: 0 }, article).length === 0);
}

describe('true statements that are not copies', () => {
	it('turns an attribution around, and keeps the name that opens the claim', () => {
		const [s] = analyseArticle({
			title: 'T',
			paragraphs: ['The ferry carried 40,000 passengers last summer, harbour officials said.']
		}).sentences;
		expect(turnAttribution(s!)).toBe(
			'According to harbour officials, the ferry carried 40,000 passengers last summer.'
		);
	});

	it('moves a short opening phrase to the end of a one-clause sentence', () => {
		const [s] = analyseArticle({
			title: 'T',
			paragraphs: ['In 2019, the port authority spent $12 million on a new breakwater.']
		}).sentences;
		expect(moveOpening(s!)).toBe(
			'The port authority spent $12 million on a new breakwater in 2019.'
		);
	});

	it('splits a fact off a named subject, and never moves a phrase into a clause', () => {
		const [split] = analyseArticle({
			title: 'T',
			paragraphs: [
				'Portugal, a country of about 10 million people, was ruled for decades by a dictator.'
			]
		}).sentences;
		expect(splitClause(split!, '10 million')).toBe(
			'Portugal is a country of about 10 million people.'
		);
		const [inner] = analyseArticle({
			title: 'T',
			paragraphs: ['In 1910, lamps lit the square where the first cafés were opened.']
		}).sentences;
		expect(moveOpening(inner!)).toBeNull();
	});

	it('restates a share in other words, and the False item on it reads alike', () => {
		const [s] = analyseArticle({
			title: 'T',
			paragraphs: [
				'About 50 percent of the 40,000 ferry passengers came from abroad, officials said.'
			]
		}).sentences;
		expect(restatement(s!, '40,000')).toEqual({
			text: 'According to officials, about half of the 40,000 ferry passengers came from abroad.',
			reworded: true
		});
		for (const d of recallOn([s!.text, ...FILLER]).filter((d) => d.kind === 'true_false'))
			expect(d.prompt).toMatch(/^True or false\? According to officials, /);
	});

	it('answers True only when the words changed: a turned attribution is still a match', () => {
		// "According to officials, …" keeps every word of the sentence: a blind judge found the
		// True item by matching. Such sentences give False items only.
		const paragraphs = [
			'The port authority spent $12 million on the breakwater, according to the harbour board.',
			'The council spent $3 million on new street lights along the seafront, officials said.',
			...FILLER
		];
		const items = [0, 1, 2, 3]
			.flatMap((seed) => recallOn(paragraphs, seed))
			.filter((d) => d.kind === 'true_false');
		expect(items.length).toBeGreaterThan(0);
		expect(items.filter((d) => d.answer === 'True')).toEqual([]);
		const truths = recallOn(
			['About 50 percent of the 40,000 ferry passengers came from abroad last summer.', ...FILLER],
			0
		).filter((d) => d.answer === 'True');
		for (const d of truths) expect(d.prompt).toContain('half of');
	});
});

describe('swaps a reader could refute without the article', () => {
	it('never swaps in the place the article is about, nor a place it never sets beside', () => {
		const paragraphs = [
			'Portugal has become the most visited country in southern Europe this decade.',
			'Tourism in Portugal has grown quickly, and hotels in Portugal report record bookings.',
			'Its ruling party is a movement similar to the Spanish Socialist Party, analysts said.',
			'Many visitors also travel on to Morocco after a week on the coast of the Algarve.',
			'Flights from Germany to Lisbon were full for most of the summer, the airline said.',
			...FILLER
		];
		const swaps = recallOn(paragraphs).filter((d) => d.rule === 'fact-swap');
		for (const d of swaps) expect(d.prompt).not.toMatch(/Portugal/);
		// Morocco and Germany are never named together: neither stands in for the other.
		const flights = swaps.filter((d) => d.evidence.paragraph === 4);
		expect(flights.map((d) => d.prompt)).toEqual([]);
	});
});

describe('figures and statements worth asking', () => {
	it('asks no exact long count and no tenth that is only formatting', () => {
		const drafts = recallOn([
			'Last year the city crews filled 153,542 potholes across the five districts of the city.',
			'The new pumps raised the pressure in the main pipes to 16.0 bars during the tests.',
			...FILLER
		]);
		expect(drafts.filter((d) => /153,542|16\.0/.test(d.answer + d.prompt))).toEqual([]);
	});

	it('states nothing that needs the sentence before ("Two people died", "in the country", "these buildings")', () => {
		const drafts = recallOn([
			'An outbreak of a stomach bug at the Harbour View care home was reported on Monday.',
			'Two people died, and more than 100 others may have been exposed.',
			'The mayor has faced criticism in the country after 40 care homes failed inspections.',
			'Just the cleaning bill for these buildings came to $40,000 over the winter months.',
			...FILLER
		]);
		expect(drafts.filter((d) => d.evidence.paragraph > 0).map((d) => d.prompt)).toEqual([]);
	});
});

describe('lacksContext', () => {
	const sentenceOf = (text: string) =>
		analyseArticle({ title: 'T', paragraphs: [text] }).sentences[0]!;
	it('reads a demonstrative pointing back as needing the sentence before', () => {
		const back =
			'Just the cleaning bill for these buildings came to $40,000 over the winter months.';
		expect(lacksContext(sentenceOf(back))).toBe(true);
		const plain =
			'The cleaning bill for the Harbour View care home came to $40,000 over the winter.';
		expect(lacksContext(sentenceOf(plain))).toBe(false);
		const year =
			'The Harbour View care home spent $40,000 on cleaning this year, the council said.';
		expect(lacksContext(sentenceOf(year))).toBe(false);
	});
});

describe('who said', () => {
	const CAST = [
		'Prime Minister Ana Ortiz, mayor Ben Cho, Carla Diaz and Maria Lopez spoke on Monday.',
		'“The prime minister has made clear that she will work with the unions on the plan,” Diaz said.',
		'“Every school will get its roof repaired first,” Cho said.',
		'“The budget leaves the harbour without a single new boat,” Lopez said.',
		'“We will not close a single library this year,” Ortiz said.'
	];

	it('never offers a rival the quote speaks of by role', () => {
		const analysis = analyseArticle({ title: 'T', paragraphs: CAST });
		const drafts = quoteQuestions({ analysis, seed: 0 });
		const union = drafts.find((d) => d.prompt.includes('prime minister'));
		expect(union).toBeDefined();
		for (const o of union?.options ?? []) expect(o).not.toMatch(/Ortiz/);
	});

	it('offers four names or asks for the name typed, never three', () => {
		const three = [
			'Mayor Ben Cho, Carla Diaz and Maria Lopez spoke at the harbour on Monday.',
			'“Every school will get its roof repaired first,” Cho said.'
		];
		const typed = quoteQuestions({
			analysis: analyseArticle({ title: 'T', paragraphs: three }),
			seed: 0
		});
		expect(typed.map((d) => d.kind)).toEqual(['short_answer']);
		const analysis = analyseArticle({ title: 'T', paragraphs: CAST });
		const drafts = quoteQuestions({ analysis, seed: 0 });
		expect(drafts.length).toBeGreaterThan(0);
		for (const d of drafts) {
			if (d.kind === 'quote_attribution') expect(d.options).toHaveLength(4);
			else expect(d.kind).toBe('short_answer');
		}
	});
});
