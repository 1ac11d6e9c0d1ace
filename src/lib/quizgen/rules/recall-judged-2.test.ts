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
