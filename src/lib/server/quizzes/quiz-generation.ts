import { asc, eq } from 'drizzle-orm';
import { generateQuiz } from '../../quizgen';
import type { Lexicon } from '../../quizgen/lexicon/types';
import type { ArticleInput, GenerateOptions, QuestionDraft } from '../../quizgen/types';
import { loadWordNet } from '../../quizgen/wordnet';
import { draftToContent } from '../../quizzes/convert';
import type { Mix } from '../../quizzes/skill-mix';
import * as articles from '../articles/articles-sync';
import { db } from '../db';
import { questions, quizzes, type Quiz } from '../db/schema';
import { generatorPenalties } from './generator-feedback';
import type { PublicUser } from '../auth/public-user';
import { insertQuestion, listQuestions, requireEditable, type QuestionInput } from './quizzes';

/**
 * The teacher's side of the question engine: a quiz generated with the skills asked for, and
 * one draft replaced by another. Every call passes the teacher's penalties and the dictionary.
 */

export interface GenerateRequest {
	/** How many drafts; the engine's default when unset. */
	count?: number;
	/** Which skills and how many of each; the engine's default mix when unset. */
	mix?: Mix;
}

export type GenerationOutcome =
	| { ok: true; quiz: Quiz; notes: string[] }
	| { ok: false; code: 'refused' | 'no-questions'; reason: string };

export type ReplaceOutcome =
	{ ok: true; questionId: number } | { ok: false; code: 'none-left'; reason: string };

/** A question id that is not a live question of this quiz. */
export class QuestionNotInQuizError extends Error {
	constructor() {
		super('That question is not in this quiz.');
	}
}

let dictionary: Lexicon | undefined;
/** Read once per process: the dictionary is large and the same for every teacher. */
const lexicon = () => (dictionary ??= loadWordNet());

function runEngine(owner: PublicUser, article: ArticleInput, options: GenerateOptions) {
	return generateQuiz(article, {
		...options,
		penalties: generatorPenalties(owner),
		lexicon: lexicon()
	});
}

function draftInput(draft: QuestionDraft): QuestionInput {
	return {
		prompt: draft.prompt,
		content: draftToContent(draft),
		explanation: draft.explanation,
		evidence: draft.evidence,
		points: 1,
		skill: draft.skill
	};
}

function ownedArticle(owner: PublicUser, articleId: number): ArticleInput {
	const readable = articles.getReadable(owner, articleId);
	if (!readable?.isOwner) throw new articles.ArticleNotFoundError();
	return { title: readable.article.title, paragraphs: readable.paragraphs };
}

/**
 * Runs the generator on an article the teacher owns and saves the drafts as a draft quiz, with
 * the engine's notes on why it wrote fewer than asked. A refusal (not English) or no drafts at
 * all saves nothing: an empty quiz would only be one more thing to delete.
 */
/** A draft quiz with no questions: the teacher writes their own (or the engine found none). */
export function createEmpty(owner: PublicUser, articleId: number): Quiz {
	const article = ownedArticle(owner, articleId);
	return db()
		.insert(quizzes)
		.values({ articleId, ownerId: owner.id, title: `Quiz: ${article.title}` })
		.returning()
		.get();
}

export function generate(
	owner: PublicUser,
	articleId: number,
	request: GenerateRequest = {}
): GenerationOutcome {
	const article = ownedArticle(owner, articleId);
	const result = runEngine(owner, article, {
		...(request.count ? { count: request.count } : {}),
		...(request.mix ? { mix: request.mix } : {})
	});
	if (result.refusal) return { ok: false, code: 'refused', reason: result.refusal };
	if (result.drafts.length === 0) {
		const reason = ['No questions could be written from this article.', ...result.notes];
		return { ok: false, code: 'no-questions', reason: reason.join(' ') };
	}
	const quiz = db().transaction(() => {
		const created = db()
			.insert(quizzes)
			.values({
				articleId,
				ownerId: owner.id,
				title: `Quiz: ${article.title}`,
				generationNotes: result.notes
			})
			.returning()
			.get();
		result.drafts.forEach((draft, position) =>
			insertQuestion(created.id, position, draftInput(draft), draft.rule)
		);
		return created;
	});
	return { ok: true, quiz, notes: result.notes };
}

/** Every prompt the quiz has held, discarded ones included, so none comes back. */
function promptsEverIn(quizId: number): string[] {
	return db()
		.select({ prompt: questions.prompt })
		.from(questions)
		.where(eq(questions.quizId, quizId))
		.orderBy(asc(questions.id))
		.all()
		.map((q) => q.prompt);
}

/**
 * Swaps one question for a new draft of the same skill, in the same place. The old one is
 * retired as a discarded draft is (never deleted): its prompt then stays on the exclusion
 * list, so asking again does not bring it back. Locked once students have answered.
 */
export function replaceQuestion(
	owner: PublicUser,
	quizId: number,
	questionId: number
): ReplaceOutcome {
	const quiz = requireEditable(owner, quizId);
	const old = listQuestions(quizId).find((q) => q.id === questionId);
	if (!old) throw new QuestionNotInQuizError();
	const result = runEngine(owner, ownedArticle(owner, quiz.articleId), {
		count: 1,
		...(old.skill ? { mix: { [old.skill]: 1 } } : {}),
		exclude: promptsEverIn(quizId)
	});
	const draft = result.drafts[0];
	if (!draft) {
		const reason = old.skill
			? 'No other question of this skill in this article.'
			: 'No other question in this article.';
		return { ok: false, code: 'none-left', reason };
	}
	const id = db().transaction(() => {
		db().update(questions).set({ retiredAt: Date.now() }).where(eq(questions.id, old.id)).run();
		return insertQuestion(quizId, old.position, draftInput(draft), draft.rule);
	});
	return { ok: true, questionId: id };
}
