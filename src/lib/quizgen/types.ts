import type { Lexicon } from './lexicon/types';
import type { Skill } from './skills';

/** What the generator reads: a cleaned article (see `src/lib/articles/clean.ts`). */
export interface ArticleInput {
	title: string;
	paragraphs: string[];
}

/** The kinds the grader knows; the generator makes all of these except multi_select and ordering. */
export type QuestionKind =
	| 'multiple_choice'
	| 'quote_attribution'
	| 'true_false'
	| 'cloze'
	| 'evidence_pair'
	| 'short_answer';

/** 0-based paragraph index and character offsets [start, end) into that paragraph's text. */
export interface EvidenceSpan {
	paragraph: number;
	start: number;
	end: number;
}

/** Part B of an evidence pair: which sentence best supports the answer to Part A. */
export interface EvidencePart {
	prompt: string;
	options: string[];
	answer: string;
}

/**
 * One generated question. `options` is set for multiple_choice, quote_attribution and
 * evidence_pair (Part A), answer included exactly once. A true_false answer is 'True' or
 * 'False'. A cloze prompt holds one `_____` blank; `acceptedAnswers` lists typed variants.
 */
export interface QuestionDraft {
	kind: QuestionKind;
	prompt: string;
	options?: string[];
	answer: string;
	acceptedAnswers?: string[];
	explanation: string;
	evidence: EvidenceSpan;
	partB?: EvidencePart;
	/** The reading skill it tests (`skills.ts`). */
	skill: Skill;
	rule: string;
	score: number;
}

export interface GenerateOptions {
	/** How many drafts to keep; by default about one per 30 words, at least 10 and at most 30. */
	count?: number;
	/** Changes option order (shuffles are seeded, never Math.random). */
	seed?: number;
	/** What this teacher retired before: those rules and sentences rank lower (penalties.ts). */
	penalties?: RankPenalties;
	/**
	 * The mix a teacher asked for: how many drafts of each skill. When set, only these skills
	 * are returned (at most the given number of each) and `count` defaults to their sum.
	 */
	mix?: Partial<Record<Skill, number>>;
	/** Prompts already in the quiz: none of them, nor a near-duplicate, comes back (regenerate one). */
	exclude?: string[];
	/** A dictionary (the WordNet reader) for word-meaning questions; without one, none are made. */
	lexicon?: Lexicon;
}

/** `generateQuiz`'s answer: the drafts, and in plain sentences why fewer came back than asked. */
export interface GenerateResult {
	drafts: QuestionDraft[];
	/** Empty when `drafts` has what was asked; otherwise one sentence per reason. */
	notes: string[];
	/** Set (and `drafts` empty) when the article is not in English: one sentence saying so. */
	refusal?: string;
}

export interface RankPenalties {
	/** Rule name → how many of the teacher's questions from it were retired. */
	rules?: Record<string, number>;
	/** Text of evidence spans behind retired questions, from any of the teacher's articles. */
	sentences?: string[];
}

/** The blank a cloze or completion prompt shows in place of the answer. */
export const BLANK = '_____';
