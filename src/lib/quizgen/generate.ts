/**
 * generateQuestions: a cleaned article in, ranked question drafts out, each citing the span of
 * text that answers it. Rules overgenerate; structural checks drop unsound drafts; ranking keeps
 * the best spread. No randomness: every shuffle is seeded from the text and `options.seed`.
 */
import { analyseArticle } from './analyse';
import { structuralProblems } from './checks';
import { candidatePenalties } from './penalties';
import { selectDrafts } from './rank';
import type { Candidate, RuleContext } from './rules/candidate';
import { clozeQuestions } from './rules/cloze';
import { evidencePairFrom } from './rules/evidence-pair';
import { completionQuestions, trueFalseQuestions } from './rules/facts';
import { quoteQuestions } from './rules/quotes';
import { whoQuestions } from './rules/who';
import { wordCount } from './text';
import type { ArticleInput, GenerateOptions, QuestionDraft } from './types';

/** About one question per 30 words: 20 for a 600-word article. */
export function defaultCount(article: ArticleInput): number {
	const words = article.paragraphs.reduce((sum, p) => sum + wordCount(p), 0);
	return Math.min(30, Math.max(10, Math.round(words / 30)));
}

/** Every candidate every rule can make, before checks and ranking. */
export function candidateQuestions(ctx: RuleContext): Candidate[] {
	const perSentence = ctx.analysis.sentences.flatMap((s) => {
		const who = whoQuestions(s, ctx);
		const pairs = who.flatMap((c) => evidencePairFrom(c, ctx) ?? []);
		return [
			...who,
			...pairs,
			...completionQuestions(s, ctx),
			...trueFalseQuestions(s, ctx),
			...clozeQuestions(s, ctx)
		];
	});
	return [...quoteQuestions(ctx), ...perSentence];
}

export function generateQuestions(
	article: ArticleInput,
	options: GenerateOptions = {}
): QuestionDraft[] {
	const analysis = analyseArticle(article);
	const ctx: RuleContext = { analysis, seed: options.seed ?? 0 };
	const sound = candidateQuestions(ctx).filter(
		(c) => structuralProblems({ ...c, score: 0 }, article).length === 0
	);
	const penalties = candidatePenalties(sound, article, options.penalties);
	return selectDrafts(sound, analysis, options.count ?? defaultCount(article), penalties);
}
