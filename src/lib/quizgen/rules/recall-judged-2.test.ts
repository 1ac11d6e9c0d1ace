/**
 * The second blind judge's recall failures (issue 11), one invented fixture per shape; each
 * failed before its fix.
 */
import { describe, it, expect } from 'vitest';
import { analyseArticle } from '../analyse';
import type { Candidate, RuleContext } from './candidate';
import { clozeQuestions } from './cloze';
import { completionQuestions } from './facts';
import { trueFalseQuestions } from './true-false';
import { whoQuestions } from './who';

function ctxOf(paragraphs: string[], title = 'Harbour history'): RuleContext {
	return { analysis: analyseArticle({ title, paragraphs }), seed: 0 };
}

function recall(ctx: RuleContext, paragraph?: number): Candidate[] {
	return ctx.analysis.sentences
		.filter((s) => paragraph === undefined || s.paragraph === paragraph)
		.flatMap((s) => [
			...whoQuestions(s, ctx),
			...completionQuestions(s, ctx),
			...trueFalseQuestions(s, ctx),
			...clozeQuestions(s, ctx)
		]);
}

const HARBOUR = [
	'Engineer Tomas Berg, surveyor Ilse Marten, captain Rolf Andersen and pilot Greta Holm mapped the harbour in 1921.',
	'The history of the harbour is usually told like this: After a storm in 1920, Tomas Berg designed the great breakwater that saved the port.',
	'But letters found last year show that Ilse Marten drew the first plans for the breakwater in 1919.',
	'Marten sent the plans to the harbour board, which paid her 40 pounds for the drawings.',
	'Rolf Andersen later built a second breakwater to the north of the old pier.',
	'Greta Holm guided 300 ships through the channel in the first winter after the breakwater opened.'
];

describe('a version the article reports in order to challenge it', () => {
	it('never asks who did what the received story says', () => {
		const ctx = ctxOf(HARBOUR);
		const drafts = recall(ctx, 1);
		expect(drafts.map((d) => d.prompt)).toEqual([]);
	});

	it('never states as fact what "was credited with" introduces', () => {
		const ctx = ctxOf([
			...HARBOUR.slice(0, 1),
			'For decades Rolf Andersen was credited with guiding 300 ships through the channel in the first winter, but the logbooks name Greta Holm.'
		]);
		expect(recall(ctx, 1)).toEqual([]);
	});

	it('still asks about the sentences that state the article’s own account', () => {
		const ctx = ctxOf(HARBOUR);
		expect(recall(ctx, 4).length).toBeGreaterThan(0);
	});
});

const FERRY = [
	'The county ferry carried 52,000 passengers in 2024 and 61,000 in 2025, the transport board said in its annual report.',
	'Potholes on the pier road form when rain seeps into cracks, said the road chief, who has led 30 repair crews on the county roads.',
	'Each winter, board officials said, the ferry burns about 40 percent more fuel than in summer.',
	'You can also pay $12 for a season pass, which covers the car deck as well.',
	'In the spring of 2023, Emma Pike was preparing the ferry for a visit from the county board.',
	'Engineer Sarah Calder and engineer Emma Pike inspected the hull of the ferry in May.',
	'“The hull will last another twenty years,” Sarah Calder said at the inspection.',
	'The board raised the fare by 25 percent in 2025 to pay for a new engine, the report says.',
	'A new timetable starts in June, with an extra crossing on Saturday evenings.',
	'The harbour master expects the busiest summer since the pier was rebuilt.'
];

describe('true/false only on what the sentence states as the article’s matter', () => {
	const statements = () => {
		const ctx = ctxOf(FERRY, 'County ferry fares rise');
		return ctx.analysis.sentences.flatMap((s) =>
			trueFalseQuestions(s, ctx).map((c) => ({ paragraph: s.paragraph, prompt: c.prompt }))
		);
	};

	it('never swaps a fact told in a relative clause', () => {
		expect(statements().filter((d) => d.paragraph === 1)).toEqual([]);
	});

	it('never states words reported mid-sentence, nor advice to the reader', () => {
		const found = statements().filter((d) => d.paragraph === 2 || d.paragraph === 3);
		expect(found).toEqual([]);
	});

	it('never swaps a person who only appears in a scene, not as a voice', () => {
		expect(statements().filter((d) => d.paragraph === 4)).toEqual([]);
	});

	// "Given that the debt stands at nearly $35 trillion, even a small rise …": the swap sits in
	// what the sentence takes for granted, so a student cannot tell what is being judged.
	it('never swaps a fact inside an opening "given that" or "although" clause', () => {
		const given = [
			'Given that the county ferry carried 61,000 passengers in 2025, even a small rise in fares brings in thousands of dollars.',
			'Although the board raised the fare by 25 percent in 2025, the ferry still lost money on winter crossings.'
		];
		const ctx = ctxOf([...FERRY, ...given], 'County ferry fares rise');
		const found = ctx.analysis.sentences
			.filter((s) => s.paragraph >= FERRY.length)
			.flatMap((s) => trueFalseQuestions(s, ctx));
		expect(found.map((c) => c.prompt)).toEqual([]);
	});

	it('still swaps a figure the article states as its own', () => {
		expect(statements().some((d) => d.paragraph === 7)).toBe(true);
	});
});

describe('a "He …" sentence after a quotation', () => {
	it('is not asked as "Who …?": it goes on with the scene the quote sets', () => {
		const ctx = ctxOf([
			...HARBOUR.slice(0, 1),
			'“We tried the old drawings once, just to see what would happen,” Tomas Berg said. He then started to explain the strange result to the board.',
			'Tomas Berg studied the tides for ten years. He later presented the plan for a new lighthouse to the harbour board.'
		]);
		expect(recall(ctx, 1).filter((d) => d.rule === 'who-did-pronoun')).toEqual([]);
		expect(recall(ctx, 2).some((d) => d.rule === 'who-did-pronoun')).toBe(true);
	});
});

const COUNCIL = [
	'Mayor Ana Ortiz, Councillor Ben Cho, Councillor Carla Diaz and Councillor Maria Lopez met on Monday.',
	'“The budget is a mess,” said Hugo Brandt, an analyst at the Civic Trust.',
	'Carla Diaz opened the new swimming pool on the east side of town in May.',
	'Ben Cho signed the contract for the tram depot in April.',
	'Maria Lopez chaired the planning committee for two years.',
	'Ana Ortiz ordered an audit of the harbour accounts after the budget vote.',
	'Ana Ortiz went to get coffee.',
	'Later, Carla Diaz moved on to another project.'
];

describe('"who" options a student sorts without reading', () => {
	const choices = (paragraphs: string[], paragraph: number) => {
		const ctx = ctxOf(paragraphs, 'Council news');
		return ctx.analysis.sentences
			.filter((s) => s.paragraph === paragraph)
			.flatMap((s) => whoQuestions(s, ctx))
			.filter((d) => d.kind === 'multiple_choice');
	};

	it('never offers someone the article only quotes as a rival for a deed', () => {
		const [choice] = choices(COUNCIL, 5);
		expect(choice?.prompt).toBe(
			'Who ordered an audit of the harbour accounts after the budget vote?'
		);
		expect(choice?.options).not.toContain('Hugo Brandt');
		// With one councillor fewer, the analyst would have made up the four: no choice at all.
		const fewer = [
			COUNCIL[0]?.replace(' and Councillor Maria Lopez', '') ?? '',
			...COUNCIL.slice(1)
		];
		const offered = choices(fewer, 5).flatMap((d) => d.options ?? []);
		expect(offered).not.toContain('Hugo Brandt');
	});

	it('offers no choice when only the key is named beside the prompt’s words elsewhere', () => {
		const paragraphs = [
			...COUNCIL.slice(0, 5),
			'Ana Ortiz ordered an audit of the harbour accounts after the budget vote.',
			'The harbour accounts had worried Ortiz for a year before the audit.'
		];
		expect(choices(paragraphs, 5)).toEqual([]);
	});

	it('asks nothing about a step of an anecdote, or a deed leaning on what came before', () => {
		const ctx = ctxOf(COUNCIL, 'Council news');
		expect(recall(ctx, 6)).toEqual([]);
		expect(recall(ctx, 7)).toEqual([]);
	});
});

describe('a "He …" sentence after a term in quotation marks', () => {
	it('is still asked: the marks hold a term, not a quotation', () => {
		const ctx = ctxOf([
			'Sarah Lind, Emma Pike, Anna Berg and Laura Holm mapped the harbour in 1921.',
			'Emma Pike, who coined the term “tidal mapping,” later led the survey team. She founded her own drawing office in Bergen in 1931.'
		]);
		expect(recall(ctx, 1).some((d) => d.rule === 'who-did-pronoun')).toBe(true);
	});
});

// Seed 95, rejected: "True or false? The headset packs an insane 39 megapixels…" puts the
// author's slang in the teacher's voice.
describe('a statement in the author’s casual register', () => {
	const CAMERAS = [
		'The Harbour Camera Club met in Dunmore on Friday to test the new cameras from three makers.',
		'The Ostra One packs 48 megapixels into a body smaller than a paperback.',
		'The Ostra Two, which went on sale last spring, has an insane 24 megapixels and weighs 400 grams.',
		'The Lumo Eight has 12 megapixels and costs 700 pounds, the club found.',
		'The club will meet again in Carrow in March to test cameras made in Germany and Japan.'
	];
	const trueFalse = (paragraphs: string[], paragraph: number) => {
		const ctx = ctxOf(paragraphs, 'Camera club tests new models');
		return ctx.analysis.sentences
			.filter((s) => s.paragraph === paragraph)
			.flatMap((s) => trueFalseQuestions(s, ctx));
	};

	it('makes no true-or-false item of it, and still of the same sentence said plainly', () => {
		expect(trueFalse(CAMERAS, 2)).toEqual([]);
		const plain = [...CAMERAS];
		plain[2] = (CAMERAS[2] ?? '').replace('an insane ', '');
		expect(trueFalse(plain, 2).length).toBeGreaterThan(0);
	});
});

// Judged r99 #22: "Of the 900 city laborers who work on water mains, many learn …" swapped an
// incidental headcount in a long sentence about what the workers learn.
describe('a count that only frames the group a sentence is about', () => {
	it('is never swapped or blanked', () => {
		const ctx = ctxOf([
			'The harbour board trains its own crews every winter.',
			'Of the 300 harbour workers who repair the piers, many learn to weld at a training yard beside the old dock.'
		]);
		const drafts = recall(ctx, 1);
		for (const d of drafts) expect(d.answer).not.toMatch(/\b300\b/);
		expect(drafts.some((d) => /\b\d+\b/.test(d.prompt) && d.kind === 'true_false')).toBe(false);
	});
});
