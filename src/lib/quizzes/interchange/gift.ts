import type { ChoiceOption } from '../../grading/types';
import { BLANK } from '../../quizgen/types';
import { toOptions } from '../convert';
import type { QuestionContent } from '../types';
import { clampPoints, importProblem } from './check';
import { htmlToText } from './html';
import { feedbackText, metadataTags, parseFeedback, questionName, quoteOf, readTags } from './text';
import type {
	ExportResult,
	ImportResult,
	PortableQuestion,
	PortableQuiz,
	SkippedQuestion
} from './types';

/**
 * GIFT (docs.moodle.org/en/GIFT_format), a plain-text format. The article goes first as a
 * description (text with no answers); explanation and evidence go in the general feedback
 * (`####`); kind, skill and points go in a `//` comment line above each question, which GIFT
 * readers ignore. What GIFT cannot carry: a cloze with more than one blank (left out, and
 * listed); an evidence pair is written as two linked multiple-choice questions (Part A, Part B)
 * and read back as one; an ordering as a matching question (item -> position).
 */

/** GIFT's special characters, escaped with a backslash; a line break is `\n`. */
export function escapeGift(text: string): string {
	return text.replace(/[\\~=#{}:]/g, (c) => `\\${c}`).replace(/\r?\n/g, '\\n');
}

/**
 * An answer holding "->" would read as a matching pair (Moodle's reader looks for it anywhere in
 * an answer, and GIFT has no escape for it), so answers carry "-\u200b>" (a zero-width space).
 */
function escapeAnswer(text: string): string {
	return escapeGift(text).replace(/->/g, '-\u200b>');
}

function unescapeGift(text: string): string {
	return text
		.replace(/\\(.)/g, (_, c: string) => (c === 'n' ? '\n' : c))
		.replace(/-\u200b>/g, '->');
}

const PAIR = 'standpoint-pair:';

function choices(options: ChoiceOption[], keys: string[]): string {
	if (keys.length === 1) {
		return options
			.map((o) => `\t${o.id === keys[0] ? '=' : '~'}${escapeAnswer(o.text)}`)
			.join('\n');
	}
	const right = Math.round((100 / keys.length) * 100000) / 100000;
	const wrong =
		options.length > keys.length
			? -Math.round((100 / (options.length - keys.length)) * 100000) / 100000
			: 0;
	return options
		.map((o) => `\t~%${keys.includes(o.id) ? right : wrong}%${escapeAnswer(o.text)}`)
		.join('\n');
}

function item(
	tags: string[],
	title: string,
	before: string,
	answers: string,
	feedback: string,
	after = ''
) {
	const general = feedback ? `\n\t####${escapeGift(feedback)}` : '';
	return `// ${tags.join(' ')}\n::${escapeGift(title)}::[plain]${escapeGift(before)}{\n${answers}${general}\n}${escapeGift(after)}`;
}

function questionGift(q: PortableQuestion, index: number): string | SkippedQuestion {
	const c = q.content;
	const tags = [...metadataTags(c.kind, q.skill), `points:${q.points}`];
	const title = questionName(index, q.prompt);
	const feedback = feedbackText(q.explanation, q.evidence);
	switch (c.kind) {
		case 'multiple_choice':
		case 'quote_attribution':
			return item(tags, title, q.prompt, choices(c.options, [c.correctOptionId]), feedback);
		case 'multi_select':
			return item(tags, title, q.prompt, choices(c.options, c.correctOptionIds), feedback);
		case 'true_false':
			return item(tags, title, q.prompt, `\t${c.correct ? 'TRUE' : 'FALSE'}`, feedback);
		case 'short_answer':
			return item(
				tags,
				title,
				q.prompt,
				c.acceptedAnswers.map((a) => `\t=${escapeAnswer(a)}`).join('\n'),
				feedback
			);
		case 'cloze': {
			const parts = q.prompt.split(BLANK);
			if (c.blanks.length !== 1 || parts.length !== 2) {
				return { name: title, reason: 'GIFT holds one blank per question; this cloze has more' };
			}
			const answers = c.blanks[0]!.acceptedAnswers.map((a) => `\t=${escapeAnswer(a)}`).join('\n');
			return item(tags, title, parts[0]!, answers, feedback, parts[1]);
		}
		case 'ordering':
			return item(
				tags,
				title,
				q.prompt,
				c.items.map((it, i) => `\t=${escapeAnswer(it.text)} -> ${i + 1}`).join('\n'),
				feedback
			);
		case 'evidence_pair': {
			const a = item(
				[...tags, `${PAIR}${index + 1}:A`],
				`${title} (Part A)`,
				q.prompt,
				choices(c.partA.options, [c.partA.correctOptionId]),
				feedback
			);
			const b = item(
				[`${PAIR}${index + 1}:B`],
				`Question ${index + 1} (Part B)`,
				c.partBPrompt,
				choices(c.partB.options, [c.partB.correctOptionId]),
				''
			);
			return `${a}\n\n${b}`;
		}
	}
}

export function toGift(quiz: PortableQuiz): ExportResult {
	const skipped: SkippedQuestion[] = [];
	const blocks = quiz.questions.flatMap((q, i) => {
		const written = questionGift(q, i);
		if (typeof written === 'string') return [written];
		skipped.push(written);
		return [`// Left out: ${written.name.replace(/\n/g, ' ')}: ${written.reason}.`];
	});
	const article = `// standpoint-article\n::${escapeGift(`Article: ${quiz.article.title}`)}::[plain]${escapeGift([quiz.article.title, ...quiz.article.paragraphs].join('\n\n'))}`;
	const head = `// ${quiz.title.replace(/\r?\n/g, ' ')}\n// Exported from Standpoint. GIFT format: docs.moodle.org/en/GIFT_format`;
	return { body: [head, article, ...blocks].join('\n\n') + '\n', skipped };
}

/* ---------------------------------------------------------------- import */

/** Index of `needle` in `text` where it is not escaped, from `from`; -1 when absent. */
function findUnescaped(text: string, needle: string, from = 0): number {
	for (let i = from; i < text.length; i++) {
		if (text[i] === '\\') i++;
		else if (text.startsWith(needle, i)) return i;
	}
	return -1;
}

function splitAnswers(block: string): { mark: string; text: string }[] {
	const answers: { mark: string; text: string }[] = [];
	for (let i = 0; i < block.length; i++) {
		if (block[i] === '\\') {
			if (answers.length) answers.at(-1)!.text += block[i]! + (block[i + 1] ?? '');
			i++;
		} else if (block[i] === '=' || block[i] === '~') answers.push({ mark: block[i]!, text: '' });
		else if (answers.length) answers.at(-1)!.text += block[i];
	}
	return answers;
}

interface Block {
	tags: string[];
	title: string;
	before: string;
	answers: string | null;
	after: string;
	html: boolean;
}

function readBlock(lines: string[], tags: string[]): Block | string {
	let text = lines.join('\n').trim();
	let title = '';
	if (text.startsWith('::')) {
		const end = findUnescaped(text, '::', 2);
		if (end < 0) return 'a question title that opens with “::” but never closes';
		title = unescapeGift(text.slice(2, end)).trim();
		text = text.slice(end + 2).trimStart();
	}
	const format = /^\[(html|plain|markdown|moodle)\]/.exec(text);
	if (format) text = text.slice(format[0].length);
	const open = findUnescaped(text, '{');
	if (open < 0)
		return { tags, title, before: text, answers: null, after: '', html: format?.[1] === 'html' };
	const close = findUnescaped(text, '}', open);
	if (close < 0) return `a “{” with no closing “}”${title ? ` in “${title}”` : ''}`;
	return {
		tags,
		title,
		before: text.slice(0, open),
		answers: text.slice(open + 1, close),
		after: text.slice(close + 1),
		html: format?.[1] === 'html'
	};
}

type Read = { prompt: string; content: QuestionContent; feedback: string } | { skip: string };

function readAnswers(b: Block, kind: string | null): Read {
	const clean = (t: string) => (b.html ? htmlToText(unescapeGift(t)) : unescapeGift(t).trim());
	const raw = b.answers!;
	const generalAt = findUnescaped(raw, '####');
	const feedback = generalAt < 0 ? '' : clean(raw.slice(generalAt + 4));
	const body = (generalAt < 0 ? raw : raw.slice(0, generalAt)).trim();
	const prompt = clean(b.before);
	const after = clean(b.after);
	if (/^(T|TRUE|F|FALSE)(#|$)/.test(body)) {
		return { prompt, feedback, content: { kind: 'true_false', correct: body.startsWith('T') } };
	}
	if (body.startsWith('#')) return { skip: 'Standpoint has no numerical questions' };
	const answers = splitAnswers(body).map((a) => {
		const weight = /^%(-?\d+(?:\.\d+)?)%/.exec(a.text);
		const value = a.text.slice(weight?.[0].length ?? 0);
		return {
			mark: a.mark,
			weight: weight ? Number(weight[1]) : a.mark === '=' ? 100 : 0,
			value: value.slice(0, findUnescaped(value, '#') < 0 ? undefined : findUnescaped(value, '#'))
		};
	});
	if (answers.length === 0) return { skip: 'Standpoint has no essay questions' };
	if (answers.some((a) => findUnescaped(a.value, '->') >= 0)) {
		const pairs = answers.map((a) => {
			const at = findUnescaped(a.value, '->');
			return { item: clean(a.value.slice(0, at)), position: Number(clean(a.value.slice(at + 2))) };
		});
		const sorted = [...pairs].sort((x, y) => x.position - y.position);
		if (!sorted.every((p, i) => p.position === i + 1)) {
			return {
				skip: 'Standpoint has no matching questions (it reads one only as an ordering, positions 1, 2, 3 …)'
			};
		}
		return {
			prompt,
			feedback,
			content: { kind: 'ordering', items: toOptions(sorted.map((p) => p.item)) }
		};
	}
	const texts = answers.map((a) => clean(a.value));
	if (answers.every((a) => a.mark === '=')) {
		if (after !== '' || kind === 'cloze') {
			const whole = (t: string) => (b.html ? htmlToText(t) : unescapeGift(t));
			return {
				prompt: `${whole(b.before)}${BLANK}${whole(b.after)}`.trim(),
				feedback,
				content: { kind: 'cloze', blanks: [{ acceptedAnswers: texts }] }
			};
		}
		return { prompt, feedback, content: { kind: 'short_answer', acceptedAnswers: texts } };
	}
	const options = toOptions(texts);
	const credited = options.filter((_, i) => answers[i]!.weight > 0).map((o) => o.id);
	const best = options.filter((_, i) => answers[i]!.weight === 100).map((o) => o.id);
	if (credited.length > 1 || (credited.length === 1 && best.length === 0)) {
		return {
			prompt,
			feedback,
			content: { kind: 'multi_select', options, correctOptionIds: credited }
		};
	}
	const key = credited[0] ?? '';
	if (kind === 'quote_attribution') {
		return {
			prompt,
			feedback,
			content: { kind, options, correctOptionId: key, quote: quoteOf(prompt) }
		};
	}
	return { prompt, feedback, content: { kind: 'multiple_choice', options, correctOptionId: key } };
}

/** Splits the file into blocks (blank lines between questions), each with its comment lines. */
function blocks(source: string): { lines: string[]; tags: string[] }[] {
	const found: { lines: string[]; tags: string[] }[] = [];
	let current = { lines: [] as string[], tags: [] as string[] };
	const flush = () => {
		if (current.lines.length) found.push(current);
		current = { lines: [], tags: [] };
	};
	for (const line of source.replace(/^\ufeff/, '').split(/\r?\n/)) {
		if (/^\s*\/\//.test(line)) current.tags.push(...line.replace(/^\s*\/\/\s*/, '').split(/\s+/));
		else if (line.trim() === '') flush();
		else current.lines.push(line);
	}
	flush();
	return found;
}

function pairOf(tags: string[]): { id: string; part: string } | null {
	const tag = tags.find((t) => t.startsWith(PAIR));
	const [id, part] = tag?.slice(PAIR.length).split(':') ?? [];
	return id && part ? { id, part } : null;
}

export function fromGift(source: string): ImportResult {
	const questions: PortableQuestion[] = [];
	const skipped: SkippedQuestion[] = [];
	let pending: { question: PortableQuestion; pair: string; name: string } | null = null;
	const keep = (question: PortableQuestion, name: string) => {
		const problem = importProblem(question);
		if (problem) skipped.push({ name, reason: problem });
		else questions.push(question);
	};
	for (const { lines, tags } of blocks(source)) {
		const block = readBlock(lines, tags);
		if (typeof block === 'string')
			return {
				ok: false,
				code: 'malformed',
				reason: `This is not a readable GIFT file: it has ${block}.`
			};
		if (block.answers === null) continue; // a description: the article or an instruction
		const name = block.title || `Question ${questions.length + skipped.length + 1}`;
		const { kind, skill } = readTags(block.tags);
		const read = readAnswers(block, kind);
		const points = Number(block.tags.find((t) => t.startsWith('points:'))?.slice(7) ?? 1);
		const pair = pairOf(block.tags);
		if ('skip' in read) {
			skipped.push({ name, reason: read.skip });
			continue;
		}
		const question: PortableQuestion = {
			prompt: read.prompt,
			content: read.content,
			...parseFeedback(read.feedback),
			points: clampPoints(points),
			skill
		};
		if (
			pair?.part === 'B' &&
			pending?.pair === pair.id &&
			read.content.kind === 'multiple_choice' &&
			pending.question.content.kind === 'multiple_choice'
		) {
			const a = pending.question.content;
			keep(
				{
					...pending.question,
					content: {
						kind: 'evidence_pair',
						partA: { options: a.options, correctOptionId: a.correctOptionId },
						partBPrompt: read.prompt,
						partB: { options: read.content.options, correctOptionId: read.content.correctOptionId }
					}
				},
				pending.name
			);
			pending = null;
			continue;
		}
		if (pending) keep(pending.question, pending.name);
		pending = null;
		if (pair?.part === 'A' && kind === 'evidence_pair')
			pending = { question: { ...question, content: read.content }, pair: pair.id, name };
		else keep(question, name);
	}
	if (pending) keep(pending.question, pending.name);
	if (questions.length === 0 && skipped.length === 0)
		return { ok: false, code: 'empty', reason: 'This GIFT file holds no questions.' };
	return { ok: true, title: null, questions, skipped };
}
