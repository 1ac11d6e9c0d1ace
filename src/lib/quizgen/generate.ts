/**
 * generateQuiz: a cleaned article in, ranked question drafts out, each citing the span of text
 * that answers it. Rules overgenerate; structural checks drop unsound drafts; ranking keeps the
 * best spread over the reading skills, recall at most a third. No randomness: every shuffle is
 * seeded from the text and `options.seed`.
 */
import { analyseArticle, type Analysis } from './analyse';
import { givesAway } from './giveaways';
import { structuralProblems } from './checks';
import { refusalFor } from './language';
import { candidatePenalties } from './penalties';
import { MIN_SKILLS, shortfallNotes } from './notes';
import { isExcluded, PER_TEN, selectDrafts, SHORT_WORDS, type SkillCaps } from './rank';
import type { Candidate, RuleContext } from './rules/candidate';
import { causeEffectQuestions } from './rules/cause-effect';
import { centralIdeaQuestions } from './rules/central-idea';
import { claimEvidenceQuestions } from './rules/claim-evidence';
import { centralSupportQuestions } from './rules/central-support';
import { clozeQuestions } from './rules/cloze';
import { dealValueQuestions } from './rules/deal-value';
import { looksLikeClutter } from './rules/reading';
import { evidencePairFrom } from './rules/evidence-pair';
import { inferenceQuestions } from './rules/inference';
import { completionQuestions } from './rules/facts';
import { trueFalseQuestions } from './rules/true-false';
import { pointOfViewQuestions } from './rules/point-of-view';
import { quoteQuestions } from './rules/quotes';
import { sequenceQuestions } from './rules/sequence';
import { textStructureQuestions } from './rules/text-structure';
import { whoQuestions } from './rules/who';
import { wordMeaningQuestions } from './rules/word-meaning';
import { SKILLS, type Skill } from './skills';
import { wordCount } from './text';
import type { ArticleInput, GenerateOptions, GenerateResult, QuestionDraft } from './types';

const wordsOf = (article: ArticleInput) =>
	article.paragraphs.reduce((sum, p) => sum + wordCount(p), 0);

/** About one question per 30 words: 20 for a 600-word article. */
export function defaultCount(article: ArticleInput): number {
	return Math.min(30, Math.max(10, Math.round(wordsOf(article) / 30)));
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
			...clozeQuestions(s, ctx),
			...dealValueQuestions(s, ctx)
		];
	});
	return [
		...centralIdeaQuestions(ctx),
		...causeEffectQuestions(ctx),
		...claimEvidenceQuestions(ctx),
		...centralSupportQuestions(ctx),
		...pointOfViewQuestions(ctx),
		...textStructureQuestions(ctx),
		...sequenceQuestions(ctx),
		...inferenceQuestions(ctx),
		...wordMeaningQuestions(ctx),
		...quoteQuestions(ctx),
		...perSentence
	];
}

/** Trust the cleaner, but never ask about a line that looks like a caption, credit or teaser. */
function citesClutter(c: Candidate, article: ArticleInput): boolean {
	const text = article.paragraphs[c.evidence.paragraph] ?? '';
	return looksLikeClutter(text.slice(c.evidence.start, c.evidence.end));
}

/**
 * How many of each skill may come back: the teacher's mix; otherwise recall at most a third,
 * and at most a few of the skills whose prompts repeat ("Why does the author include …").
 */
// The caps do not depend on `count`, so a shorter quiz is always the start of a longer one.
function skillCaps(mix: GenerateOptions['mix']): SkillCaps {
	if (mix) return Object.fromEntries(SKILLS.map((s) => [s, mix[s] ?? 0]));
	return {
		'central-idea': 2,
		'text-structure': 3,
		sequence: 1,
		'point-of-view': 4,
		'cause-effect': 4,
		inference: 3
	};
}

/** The most recall drafts a default quiz holds: a third of its default length, three at least. */
export function recallShare(article: ArticleInput): number {
	return Math.max(3, Math.floor(defaultCount(article) / 3));
}

function mixTotal(mix: Partial<Record<Skill, number>>): number {
	return Object.values(mix).reduce((sum, n) => sum + (n ?? 0), 0);
}

/**
 * Shapes blind judges rejected round after round; they come back only when a teacher's mix asks
 * for their skill. A typed name ("Who said …?" with no options) is a search for the quoted words,
 * graded on spelling (2 of 10 kept); "Who did …?" is answered by matching the prompt's words to
 * the sentence (3 of 7); a paragraph's main idea keyed on its opening sentence, beside details as
 * central as it (3 of 8); a cause asked within its own sentence copies one half of it into the
 * prompt and the "because" half into the key (1 of 7), and a result within its own sentence
 * (", so …") the same way round (one such draft, kept by one judge and rejected by the next as
 * matching). A cause or result told in the next sentence stays.
 */
const MIX_ONLY_RULES = new Set(['who-did', 'who-did-pronoun', 'central-idea-paragraph']);
/** Cause-and-effect rules whose link may sit inside one sentence (`cause-links.ts`). */
const ONE_SENTENCE_LINKS = new Set(['cause-effect-cause', 'cause-effect-effect']);

function inDefaultQuiz(c: Candidate, analysis: Analysis): boolean {
	if (c.kind === 'short_answer' || MIX_ONLY_RULES.has(c.rule)) return false;
	return !ONE_SENTENCE_LINKS.has(c.rule) || sentencesIn(c, analysis) > 1;
}

function sentencesIn(c: Candidate, analysis: Analysis): number {
	const { paragraph, start, end } = c.evidence;
	const inParagraph = analysis.byParagraph[paragraph] ?? [];
	return inParagraph.filter((s) => s.start < end && s.end > start).length;
}

export function generateQuiz(article: ArticleInput, options: GenerateOptions = {}): GenerateResult {
	const text = [article.title, ...article.paragraphs].join('\n');
	const refusal = refusalFor(text);
	if (refusal) return { drafts: [], notes: [], refusal };
	const analysis = analyseArticle(article);
	const ctx: RuleContext = { analysis, seed: options.seed ?? 0, lexicon: options.lexicon };
	const count = options.count ?? (options.mix ? mixTotal(options.mix) : defaultCount(article));
	const exclude = options.exclude ?? [];
	const sound = candidateQuestions(ctx).filter(
		(c) =>
			(options.mix ? (options.mix[c.skill] ?? 0) > 0 : inDefaultQuiz(c, analysis)) &&
			!isExcluded(c, exclude) &&
			!citesClutter(c, article) &&
			// A key alone echoing the headline or the prompt's topic is answered without reading.
			!givesAway(c, article.title) &&
			structuralProblems({ ...c, score: 0 }, article).length === 0
	);
	const penalties = candidatePenalties(sound, article, options.penalties);
	const caps = skillCaps(options.mix);
	// A short text supports few comprehension questions: up to three recall ones keep it usable.
	// Recall is at most a third of the default quiz (not of the count asked for, so a shorter
	// quiz stays the start of a longer one).
	const floor = wordsOf(article) < SHORT_WORDS ? 3 : 1;
	const recall = options.mix
		? { floor: Infinity, total: Infinity }
		: { floor, total: recallShare(article) };
	const long = !options.mix && wordsOf(article) >= SHORT_WORDS;
	const drafts = selectDrafts(
		sound,
		analysis,
		count,
		penalties,
		caps,
		recall,
		long ? MIN_SKILLS : 0,
		options.mix ? {} : PER_TEN
	);
	const available = new Set(sound.map((c) => c.skill));
	return {
		drafts,
		notes: shortfallNotes({
			article,
			analysis,
			drafts,
			count,
			mix: options.mix,
			available,
			recallCap: recall.total
		})
	};
}

/** The drafts alone, for callers written before `generateQuiz`. */
export function generateQuestions(
	article: ArticleInput,
	options: GenerateOptions = {}
): QuestionDraft[] {
	return generateQuiz(article, options).drafts;
}
