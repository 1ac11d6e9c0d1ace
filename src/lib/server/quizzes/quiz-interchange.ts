import {
	exportQuiz as writeFormat,
	FORMAT_INFO,
	importQuiz as readFormat,
	type Format,
	type PortableQuestion,
	type PortableQuiz
} from '../../quizzes/interchange';
import type { SkippedQuestion } from '../../quizzes/interchange/types';
import * as articles from '../articles/articles';
import { transaction } from '../db';
import type { QuestionRow, Quiz } from '../db/schema';
import { quizzes as quizTable } from '../db/tables';
import type { PublicUser } from '../auth/public-user';
import * as quizzes from './quizzes';

/**
 * Quizzes that travel: export a quiz its owner may see in QTI 3.0, Moodle XML or GIFT, and
 * import such a file as a new draft quiz on an article the teacher owns. Quizzes are seen only
 * by their owner here (no sharing between teachers), so "may see" is ownership.
 */

export interface QuizDownload {
	filename: string;
	contentType: string;
	body: Uint8Array | string;
	skipped: SkippedQuestion[];
}

function toPortable(row: QuestionRow, paragraphs: string[]): PortableQuestion {
	const p = row.evidenceParagraph;
	const text = p === null ? undefined : paragraphs[p];
	const start = row.evidenceStart ?? 0;
	const end = row.evidenceEnd ?? 0;
	const evidence =
		p === null || text === undefined || end <= start || end > text.length
			? null
			: { paragraph: p, quote: text.slice(start, end) };
	return {
		prompt: row.prompt,
		content: row.content,
		explanation: row.explanation,
		points: row.points,
		skill: row.skill ?? null,
		evidence
	};
}

/** The quiz with its article text and live questions, for its owner; null for anyone else. */
export async function portable(
	owner: PublicUser,
	quizId: number
): Promise<{ quiz: Quiz; portable: PortableQuiz } | null> {
	const quiz = owner.role === 'teacher' ? await quizzes.getOwned(owner, quizId) : null;
	const readable = quiz ? await articles.getReadable(owner, quiz.articleId) : null;
	if (!quiz || !readable) return null;
	const paragraphs = readable.paragraphs;
	const rows = await quizzes.liveQuestions(quiz.id);
	return {
		quiz,
		portable: {
			title: quiz.title,
			article: { title: readable.article.title, paragraphs },
			questions: rows.map((row) => toPortable(row, paragraphs))
		}
	};
}

export async function exportQuiz(
	owner: PublicUser,
	quizId: number,
	format: Format
): Promise<QuizDownload | null> {
	const found = await portable(owner, quizId);
	if (!found) return null;
	const { body, skipped } = writeFormat(format, found.portable);
	const slug =
		found.quiz.title
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-|-$/g, '')
			.slice(0, 60) || 'quiz';
	const info = FORMAT_INFO[format];
	return {
		filename: `${slug}-${quizId}.${info.extension}`,
		contentType: info.contentType,
		body,
		skipped
	};
}

/**
 * Finds the evidence words again in the article the quiz lands on: in the paragraph the file
 * names first, then anywhere; null when the words are not in this article.
 */
export function anchor(question: PortableQuestion, paragraphs: string[]): quizzes.Evidence | null {
	const quote = question.evidence?.quote.trim();
	if (!question.evidence || !quote) return null;
	const order = [question.evidence.paragraph, ...paragraphs.keys()];
	for (const p of order) {
		const start = paragraphs[p]?.indexOf(quote) ?? -1;
		if (start >= 0) return { paragraph: p, start, end: start + quote.length };
	}
	return null;
}

export type ImportOutcome =
	| { ok: true; quiz: Quiz; imported: number; skipped: SkippedQuestion[]; unanchored: number }
	| { ok: false; reason: string };

const TITLE_MAX = 200;

/** A new draft quiz on the teacher's article from a file; nothing is saved when it fails. */
export async function importQuiz(
	owner: PublicUser,
	articleId: number,
	format: Format,
	bytes: Uint8Array
): Promise<ImportOutcome> {
	const readable = owner.role === 'teacher' ? await articles.getReadable(owner, articleId) : null;
	if (!readable?.isOwner) throw new articles.ArticleNotFoundError();
	const read = readFormat(format, bytes);
	if (!read.ok) return { ok: false, reason: read.reason };
	if (read.questions.length === 0) {
		const names = read.skipped.map((s) => `${s.name} (${s.reason})`).join('; ');
		return { ok: false, reason: `None of the file’s questions can be used here: ${names}.` };
	}
	const paragraphs = readable.paragraphs;
	const title = (read.title?.trim() || `Imported: ${readable.article.title}`).slice(0, TITLE_MAX);
	let unanchored = 0;
	const list = read.questions.map((q, position): quizzes.NewQuestion => {
		const evidence = anchor(q, paragraphs);
		if (q.evidence && !evidence) unanchored += 1;
		const input: quizzes.QuestionInput = {
			prompt: q.prompt,
			content: q.content,
			explanation: q.explanation,
			evidence,
			points: q.points,
			skill: q.skill
		};
		return { position, input, rule: null };
	});
	const quiz = await transaction(async (tx) => {
		const [created] = await tx
			.insert(quizTable)
			.values({ articleId, ownerId: owner.id, title })
			.returning();
		await quizzes.insertQuestions(created!.id, list);
		return created!;
	});
	return { ok: true, quiz, imported: read.questions.length, skipped: read.skipped, unanchored };
}
