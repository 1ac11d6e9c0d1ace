import { z } from 'zod';
import { QUESTION_LIMITS as LIMITS } from '../limits';
import { checkEvidence, type EvidenceResult } from '../debate/evidence';
import type { Skill } from '../quizgen/skills';
import { BLANK } from '../quizgen/types';
import { toOptions } from './convert';
import { parseSkillField } from './skill-mix';
import { WRITABLE_KINDS, type ContentKind, type QuestionInput } from './types';

/**
 * Parsing of the quiz editor's forms: a question written or edited by the teacher, and the
 * "assign to a class" form. Field names are the ones the editor page renders.
 */

export { WRITABLE_KINDS };

export { LIMITS };

const TEXT_FIELDS = [
	'kind',
	'prompt',
	'options',
	'correct',
	'answers',
	'partBPrompt',
	'partBOptions',
	'partBCorrect',
	'explanation',
	'points',
	'evidenceParagraph',
	'evidenceQuote',
	'skill'
] as const;

export type QuestionField = (typeof TEXT_FIELDS)[number];

/** A question as the form gives it: what `addQuestion`/`updateQuestion` take, with its kind. */
export interface ParsedQuestion extends QuestionInput {
	kind: ContentKind;
	skill: Skill | null;
}

export type QuestionFormResult =
	| { ok: true; input: ParsedQuestion }
	| { ok: false; errors: Partial<Record<QuestionField, string>>; values: Record<string, string> };

/** A limit as the messages print it: 1000 as "1,000". */
const shown = (limit: number) => limit.toLocaleString('en-US');

const prompt = z
	.string()
	.trim()
	.min(1, 'Write the question.')
	.max(LIMITS.prompt, `A question has at most ${shown(LIMITS.prompt)} characters.`);
const explanation = z
	.string()
	.trim()
	.max(LIMITS.explanation, `An explanation has at most ${shown(LIMITS.explanation)} characters.`);
const pointsMessage = `Points are a whole number from ${LIMITS.minPoints} to ${LIMITS.maxPoints}.`;
const points = z.coerce
	.number({ error: pointsMessage })
	.int(pointsMessage)
	.min(LIMITS.minPoints, pointsMessage)
	.max(LIMITS.maxPoints, pointsMessage);
/** One entry a line, trimmed, blank lines dropped. */
const nonBlankLines = z.string().transform((text) =>
	text
		.split(/\r?\n/)
		.map((line) => line.trim())
		.filter(Boolean)
);
const lines = (min: number, fewMessage: string) =>
	nonBlankLines.pipe(
		z
			.array(
				z.string().max(LIMITS.option, `Each option has at most ${shown(LIMITS.option)} characters.`)
			)
			.min(min, fewMessage)
			.max(LIMITS.options, `Give at most ${LIMITS.options} options.`)
			.refine((list) => new Set(list).size === list.length, 'Each option must be different.')
	);
const optionLines = lines(2, 'Give at least 2 options.');
const itemLines = lines(2, 'List at least 2 items, in the correct order.');
const answerLines = nonBlankLines.pipe(
	z
		.array(
			z.string().max(LIMITS.option, `Each answer has at most ${shown(LIMITS.option)} characters.`)
		)
		.min(1, 'Give at least one accepted answer.')
		.max(LIMITS.acceptedAnswers, `Give at most ${LIMITS.acceptedAnswers} accepted answers.`)
);

/** Reads the form's text fields; a field sent twice or as a file is an error, never coerced. */
function readFields(form: FormData) {
	const values: Record<string, string> = {};
	const errors: Partial<Record<QuestionField, string>> = {};
	for (const field of TEXT_FIELDS) {
		const all = form.getAll(field);
		if (all.length > 1 || (all.length === 1 && typeof all[0] !== 'string')) {
			errors[field] = 'Send this field once, as text.';
		} else if (typeof all[0] === 'string') {
			values[field] = all[0];
		}
	}
	return { values, errors };
}

class Collector {
	errors: Partial<Record<QuestionField, string>> = {};
	constructor(readonly values: Record<string, string>) {}
	get<T>(field: QuestionField, schema: z.ZodType<T>): T | undefined {
		const parsed = schema.safeParse(this.values[field] ?? '');
		if (parsed.success) return parsed.data;
		this.errors[field] ??= parsed.error.issues[0]?.message ?? 'Check this field.';
		return undefined;
	}
	fail(field: QuestionField, message: string): undefined {
		this.errors[field] ??= message;
		return undefined;
	}
}

/** The option number(s) marked correct: "2", or "1, 3" for multi-select. */
function correctIds(
	c: Collector,
	field: 'correct' | 'partBCorrect',
	options: string[] | undefined,
	many: boolean
): string[] | undefined {
	const numbers = (c.values[field] ?? '').split(/[\s,;]+/).filter(Boolean);
	if (numbers.length === 0) {
		return c.fail(
			field,
			many ? 'Mark at least one correct option.' : 'Mark which option is correct.'
		);
	}
	if (!many && numbers.length > 1) return c.fail(field, 'Mark only one correct option.');
	if (!options) return undefined;
	const ids = toOptions(options).map((o) => o.id);
	const chosen = numbers.map((n) => (/^\d+$/.test(n) ? ids[Number(n) - 1] : undefined));
	if (chosen.some((id) => id === undefined)) {
		return c.fail(field, `Use an option number from 1 to ${options.length}.`);
	}
	return [...new Set(chosen as string[])];
}

function single(c: Collector, options: string[] | undefined, field: 'correct' | 'partBCorrect') {
	const ids = correctIds(c, field, options, false);
	return options && ids ? { options: toOptions(options), correctOptionId: ids[0]! } : undefined;
}

function readContent(c: Collector, kind: ContentKind, promptText: string) {
	const v = c.values;
	switch (kind) {
		case 'multiple_choice':
		case 'quote_attribution': {
			const choice = single(c, c.get('options', optionLines), 'correct');
			if (!choice) return undefined;
			if (kind === 'multiple_choice') return { kind, ...choice };
			return { kind, ...choice, quote: /“([^”]+)”/.exec(promptText)?.[1] ?? '' };
		}
		case 'multi_select': {
			const options = c.get('options', optionLines);
			const ids = correctIds(c, 'correct', options, true);
			return options && ids
				? { kind, options: toOptions(options), correctOptionIds: ids }
				: undefined;
		}
		case 'true_false':
			if (v.correct !== 'true' && v.correct !== 'false') {
				return c.fail('correct', 'Choose whether the statement is true or false.');
			}
			return { kind, correct: v.correct === 'true' };
		case 'short_answer': {
			const answers = c.get('answers', answerLines);
			return answers ? { kind, acceptedAnswers: answers } : undefined;
		}
		case 'cloze': {
			const answers = c.get('answers', answerLines);
			if (!answers) return undefined;
			const blanks = promptText.split(BLANK).length - 1;
			if (blanks !== answers.length) {
				return c.fail('prompt', 'A cloze prompt needs a _____ blank for each answer.');
			}
			const perBlank = answers.map((line) =>
				line
					.split('|')
					.map((a) => a.trim())
					.filter(Boolean)
			);
			if (perBlank.some((list) => list.length === 0)) {
				return c.fail('answers', 'Give at least one answer for each blank.');
			}
			return { kind, blanks: perBlank.map((acceptedAnswers) => ({ acceptedAnswers })) };
		}
		case 'ordering': {
			const items = c.get('options', itemLines);
			return items ? { kind, items: toOptions(items) } : undefined;
		}
		case 'evidence_pair': {
			const partA = single(c, c.get('options', optionLines), 'correct');
			const partBPrompt = c.get('partBPrompt', prompt);
			const partB = single(c, c.get('partBOptions', optionLines), 'partBCorrect');
			return partA && partB && partBPrompt ? { kind, partA, partBPrompt, partB } : undefined;
		}
	}
}

function evidenceProblem(result: EvidenceResult & { ok: false }): string {
	switch (result.reason) {
		case 'empty':
			return 'Copy the words from the paragraph that support the answer, or select them in the article.';
		case 'too-short':
			return 'Quote at least 3 words, so the evidence makes sense on its own.';
		case 'too-long':
			return 'Quote at most 400 characters: only the words that support the answer.';
		case 'no-paragraph':
			return 'Give the number of a paragraph in the article.';
		case 'wrong-paragraph':
			return `Those words are not in paragraph ${result.paragraph + 1}; they are in paragraph ${result.foundIn + 1}.`;
		case 'spans-paragraphs':
			return `Those words run from paragraph ${result.from + 1} into paragraph ${result.to + 1}. Quote from one paragraph.`;
		case 'not-in-article':
			return 'Those words are not in the article. Check the wording, or select them in the article.';
	}
}

function readEvidence(c: Collector, paragraphs: readonly string[]) {
	const raw = (c.values.evidenceParagraph ?? '').trim();
	const number = Number(raw);
	if (!/^\d+$/.test(raw) || number < 1 || number > paragraphs.length) {
		return c.fail('evidenceParagraph', `Give a paragraph number from 1 to ${paragraphs.length}.`);
	}
	const result = checkEvidence(paragraphs, number - 1, c.values.evidenceQuote ?? '');
	if (result.ok) return { paragraph: result.paragraph, start: result.start, end: result.end };
	const field = result.reason === 'no-paragraph' ? 'evidenceParagraph' : 'evidenceQuote';
	return c.fail(field, evidenceProblem(result));
}

/**
 * A question from the editor's form. `kind` fixes the kind when editing (a stored question
 * keeps its kind); when adding, the form's `kind` field says it. The evidence quote is checked
 * against the article's paragraphs, so every question points at words that are really there.
 */
export function parseQuestionForm(
	form: FormData,
	paragraphs: readonly string[],
	kind?: ContentKind
): QuestionFormResult {
	const { values, errors: sendErrors } = readFields(form);
	const c = new Collector(values);
	Object.assign(c.errors, sendErrors);
	const chosen =
		kind ??
		(WRITABLE_KINDS as readonly string[]).find((k) => k === values.kind) ??
		c.fail('kind', 'Choose the kind of question.');
	const promptText = c.get('prompt', prompt);
	const content = chosen ? readContent(c, chosen as ContentKind, promptText ?? '') : undefined;
	const explanationText = c.get('explanation', explanation);
	const pointValue = c.get('points', points);
	const evidence = readEvidence(c, paragraphs);
	const skill = parseSkillField(values.skill);
	if (!skill.ok) c.fail('skill', skill.message);
	if (
		!skill.ok ||
		Object.keys(c.errors).length > 0 ||
		!chosen ||
		!content ||
		promptText === undefined ||
		explanationText === undefined ||
		pointValue === undefined ||
		!evidence
	) {
		return { ok: false, errors: c.errors, values };
	}
	return {
		ok: true,
		input: {
			kind: chosen as ContentKind,
			prompt: promptText,
			content,
			explanation: explanationText,
			evidence,
			points: pointValue,
			skill: skill.skill
		}
	};
}
