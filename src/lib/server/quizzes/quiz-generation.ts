import { and, asc, eq, isNull } from 'drizzle-orm';
import { generateQuiz } from '../../quizgen';
import type { Lexicon } from '../../quizgen/lexicon/types';
import type { ArticleInput, GenerateOptions, QuestionDraft } from '../../quizgen/types';
import { loadWordNet } from '../../quizgen/wordnet';
import { draftToContent } from '../../quizzes/convert';
import type { Mix } from '../../quizzes/skill-mix';
import * as articles from '../articles/articles';
import { db, transaction } from '../db';
import type { Quiz } from '../db/schema';
import { questions, quizzes } from '../db/tables';
import { generatorPenalties } from './generator-feedback';
import type { PublicUser } from '../auth/public-user';
import {
	insertQuestion,
	insertQuestions,
	liveQuestions,
	requireEditable,
	type QuestionInput
} from './quizzes';

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

async function runEngine(owner: PublicUser, article: ArticleInput, options: GenerateOptions) {
	return generateQuiz(article, {
		...options,
		penalties: await generatorPenalties(owner),
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

async function ownedArticle(owner: PublicUser, articleId: number): Promise<ArticleInput> {
	const readable = await articles.getReadable(owner, articleId);
	if (!readable?.isOwner) throw new articles.ArticleNotFoundError();
	return { title: readable.article.title, paragraphs: readable.paragraphs };
}

/**
 * Runs the generator on an article the teacher owns and saves the drafts as a draft quiz, with
 * the engine's notes on why it wrote fewer than asked. A refusal (not English) or no drafts at
 * all saves nothing: an empty quiz would only be one more thing to delete.
 */
/** A draft quiz with no questions: the teacher writes their own (or the engine found none). */
export async function createEmpty(owner: PublicUser, articleId: number): Promise<Quiz> {
	const article = await ownedArticle(owner, articleId);
	const [created] = await transaction((tx) =>
		tx
			.insert(quizzes)
			.values({ articleId, ownerId: owner.id, title: `Quiz: ${article.title}` })
			.returning()
	);
	return created!;
}

export async function generate(
	owner: PublicUser,
	articleId: number,
	request: GenerateRequest = {}
): Promise<GenerationOutcome> {
	const article = await ownedArticle(owner, articleId);
	const result = await runEngine(owner, article, {
		...(request.count ? { count: request.count } : {}),
		...(request.mix ? { mix: request.mix } : {})
	});
	if (result.refusal) return { ok: false, code: 'refused', reason: result.refusal };
	if (result.drafts.length === 0) {
		const reason = ['No questions could be written from this article.', ...result.notes];
		return { ok: false, code: 'no-questions', reason: reason.join(' ') };
	}
	const quiz = await transaction(async (tx) => {
		const [created] = await tx
			.insert(quizzes)
			.values({
				articleId,
				ownerId: owner.id,
				title: `Quiz: ${article.title}`,
				generationNotes: result.notes
			})
			.returning();
		await insertQuestions(
			created!.id,
			result.drafts.map((draft, position) => ({
				position,
				input: draftInput(draft),
				rule: draft.rule
			}))
		);
		return created!;
	});
	return { ok: true, quiz, notes: result.notes };
}

/** Every prompt the quiz has held, discarded ones included, so none comes back. */
async function promptsEverIn(quizId: number): Promise<string[]> {
	const rows = await db()
		.select({ prompt: questions.prompt })
		.from(questions)
		.where(eq(questions.quizId, quizId))
		.orderBy(asc(questions.id));
	return rows.map((q) => q.prompt);
}

/**
 * Swaps one question for a new draft of the same skill, in the same place. The old one is
 * retired as a discarded draft is (never deleted): its prompt then stays on the exclusion
 * list, so asking again does not bring it back. Locked once students have answered.
 */
export async function replaceQuestion(
	owner: PublicUser,
	quizId: number,
	questionId: number
): Promise<ReplaceOutcome> {
	const quiz = await requireEditable(owner, quizId);
	const old = (await liveQuestions(quizId)).find((q) => q.id === questionId);
	if (!old) throw new QuestionNotInQuizError();
	const result = await runEngine(owner, await ownedArticle(owner, quiz.articleId), {
		count: 1,
		...(old.skill ? { mix: { [old.skill]: 1 } } : {}),
		exclude: await promptsEverIn(quizId)
	});
	const draft = result.drafts[0];
	if (!draft) {
		const reason = old.skill
			? 'No other question of this skill in this article.'
			: 'No other question in this article.';
		return { ok: false, code: 'none-left', reason };
	}
	// The engine runs outside the transaction (it takes a while); the swap checks the lock again.
	const id = await transaction(async (tx) => {
		await requireEditable(owner, quizId);
		const [retired] = await tx
			.update(questions)
			.set({ retiredAt: Date.now() })
			.where(and(eq(questions.id, old.id), isNull(questions.retiredAt)))
			.returning({ id: questions.id });
		if (!retired) throw new QuestionNotInQuizError();
		return insertQuestion(quizId, old.position, draftInput(draft), draft.rule);
	});
	return { ok: true, questionId: id };
}
