import type { Skill } from '../../quizgen/skills';
import type { QuestionContent } from '../types';

/**
 * A quiz as it leaves or enters Standpoint: the article's text and each question with its key,
 * skill and evidence. Evidence travels as words, not offsets, so an import can find the words
 * again in the article it lands on.
 */
export interface PortableQuiz {
	title: string;
	article: { title: string; paragraphs: string[] };
	questions: PortableQuestion[];
}

export interface PortableEvidence {
	/** 0-based, as stored; files show it 1-based, as the reader numbers paragraphs. */
	paragraph: number;
	quote: string;
}

export interface PortableQuestion {
	prompt: string;
	content: QuestionContent;
	explanation: string;
	points: number;
	skill: Skill | null;
	evidence: PortableEvidence | null;
}

/** A question a file holds that Standpoint cannot take, named for the teacher. */
export interface SkippedQuestion {
	name: string;
	reason: string;
}

export type ImportFailureCode = 'malformed' | 'empty' | 'wrong-format';

export type ImportResult =
	| {
			ok: true;
			title: string | null;
			questions: PortableQuestion[];
			skipped: SkippedQuestion[];
	  }
	| { ok: false; code: ImportFailureCode; reason: string };

/** What an export writes, and the questions it had to leave out (with why). */
export interface ExportResult {
	body: Uint8Array | string;
	skipped: SkippedQuestion[];
}

export function malformed(reason: string): ImportResult {
	return { ok: false, code: 'malformed', reason };
}

/** What the editor shows once after an import: counts and the questions left out. */
export interface ImportReport {
	imported: number;
	skipped: SkippedQuestion[];
	/** Skipped questions beyond those listed (the note stays small). */
	more: number;
	unanchored: number;
}
