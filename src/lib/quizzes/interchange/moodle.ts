import type { ChoiceOption } from '../../grading/types';
import { BLANK } from '../../quizgen/types';
import { toOptions } from '../convert';
import type { QuestionContent } from '../types';
import { clampPoints, importProblem } from './check';
import { htmlToText } from './html';
import {
	escapeXml,
	feedbackText,
	metadataTags,
	parseFeedback,
	questionName,
	quoteOf,
	readTags,
	toHtmlParagraphs
} from './text';
import type { ExportResult, ImportResult, PortableQuestion, PortableQuiz } from './types';
import { malformed } from './types';
import { child, childElements, parseXml, textOf, type XmlElement } from './xml';

/**
 * Moodle XML (docs.moodle.org/en/Moodle_XML_format). The article goes first as a "description"
 * question (Moodle's way of putting a passage in a quiz); each question's explanation and
 * evidence sentence go in its general feedback; kind and skill go in its tags. Kinds Moodle
 * lacks: ordering is written as a core "matching" question (item → position 1, 2, …) and an
 * evidence pair as one "cloze" (multianswer) question with two embedded multiple-choice parts.
 */

const ARTICLE_TAG = 'standpoint-article';

const html = (text: string, format = 'html') =>
	`<text>${escapeXml(format === 'html' ? toHtmlParagraphs(text) : text)}</text>`;

function textField(name: string, text: string): string {
	return `<${name} format="html">${html(text)}</${name}>`;
}

function tags(list: string[]): string {
	return `<tags>${list.map((t) => `<tag><text>${escapeXml(t)}</text></tag>`).join('')}</tags>`;
}

function answer(fraction: number, text: string, format = 'html'): string {
	const body = format === 'html' ? html(text) : `<text>${escapeXml(text)}</text>`;
	return `<answer fraction="${fraction}" format="${format}">${body}<feedback format="html"><text></text></feedback></answer>`;
}

/** Moodle accepts only fractions from its own list; 100/n for n ≤ 10 are all on it. */
function share(n: number): number {
	return Math.round((100 / n) * 100000) / 100000;
}

/** Moodle's embedded-answer ("cloze") syntax escapes these with a backslash. */
function clozeEscape(text: string): string {
	return text.replace(/[\\}#~/"]/g, (c) => `\\${c}`);
}

/** Shortanswer treats `*` as a wildcard; a literal star is `\*`. */
function starEscape(text: string): string {
	return text.replace(/\*/g, '\\*');
}

function embeddedChoice(options: ChoiceOption[], key: string): string {
	const list = options.map((o) => `${o.id === key ? '=' : ''}${clozeEscape(o.text)}`).join('~');
	return `{1:MULTICHOICE_V:${list}}`;
}

function body(q: PortableQuestion): { type: string; text: string; fields: string } {
	const c = q.content;
	switch (c.kind) {
		case 'multiple_choice':
		case 'quote_attribution':
		case 'multi_select': {
			const keys = c.kind === 'multi_select' ? c.correctOptionIds : [c.correctOptionId];
			const wrong = c.options.length - keys.length;
			const fields = c.options
				.map((o) =>
					answer(
						keys.includes(o.id)
							? share(keys.length)
							: wrong > 0 && keys.length > 1
								? -share(wrong)
								: 0,
						o.text
					)
				)
				.join('');
			const single = c.kind === 'multi_select' ? 'false' : 'true';
			return {
				type: 'multichoice',
				text: q.prompt,
				fields: `<single>${single}</single><shuffleanswers>true</shuffleanswers><answernumbering>abc</answernumbering>${fields}`
			};
		}
		case 'true_false':
			return {
				type: 'truefalse',
				text: q.prompt,
				fields:
					answer(c.correct ? 100 : 0, 'true', 'moodle_auto_format') +
					answer(c.correct ? 0 : 100, 'false', 'moodle_auto_format')
			};
		case 'short_answer':
			return {
				type: 'shortanswer',
				text: q.prompt,
				fields: `<usecase>0</usecase>${c.acceptedAnswers.map((a) => answer(100, starEscape(a), 'moodle_auto_format')).join('')}`
			};
		case 'cloze': {
			let n = 0;
			const text = q.prompt.split(BLANK).reduce((acc, part) => {
				const blank = c.blanks[n++];
				const list = blank?.acceptedAnswers.map((a) => `=${clozeEscape(starEscape(a))}`).join('~');
				return `${acc}{1:SHORTANSWER:${list}}${part}`;
			});
			return { type: 'cloze', text, fields: '' };
		}
		case 'ordering':
			return {
				type: 'matching',
				text: q.prompt,
				fields: `<shuffleanswers>true</shuffleanswers>${c.items.map((item, i) => `<subquestion format="html">${html(item.text)}<answer><text>${i + 1}</text></answer></subquestion>`).join('')}`
			};
		case 'evidence_pair': {
			const text = [
				`Part A: ${q.prompt}`,
				embeddedChoice(c.partA.options, c.partA.correctOptionId),
				`Part B: ${c.partBPrompt}`,
				embeddedChoice(c.partB.options, c.partB.correctOptionId)
			].join('\n\n');
			return { type: 'cloze', text, fields: '' };
		}
	}
}

function questionXml(q: PortableQuestion, index: number): string {
	const { type, text, fields } = body(q);
	return [
		`<question type="${type}">`,
		`<name><text>${escapeXml(questionName(index, q.prompt))}</text></name>`,
		textField('questiontext', text),
		textField('generalfeedback', feedbackText(q.explanation, q.evidence)),
		`<defaultgrade>${q.points}</defaultgrade><penalty>0</penalty><hidden>0</hidden>`,
		fields,
		tags(metadataTags(q.content.kind, q.skill)),
		'</question>'
	].join('\n');
}

export function toMoodleXml(quiz: PortableQuiz): ExportResult {
	const article = [
		'<question type="description">',
		`<name><text>${escapeXml(`Article: ${quiz.article.title}`)}</text></name>`,
		textField('questiontext', [quiz.article.title, ...quiz.article.paragraphs].join('\n\n')),
		'<generalfeedback format="html"><text></text></generalfeedback>',
		'<defaultgrade>0</defaultgrade><penalty>0</penalty><hidden>0</hidden>',
		tags([ARTICLE_TAG]),
		'</question>'
	].join('\n');
	const category = `<question type="category"><category><text>${escapeXml(`$course$/top/${quiz.title.replace(/\//g, '-')}`)}</text></category></question>`;
	const questions = quiz.questions.map(questionXml);
	const xml = [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<quiz>',
		category,
		article,
		...questions,
		'</quiz>',
		''
	];
	return { body: xml.join('\n'), skipped: [] };
}

/* ---------------------------------------------------------------- import */

interface Embedded {
	type: string;
	/** Answers in order, each with its credit (100 for `=`), escapes undone. */
	answers: { text: string; fraction: number }[];
	at: number;
	length: number;
}

const EMBEDDED = /\{(\d*):([A-Z_]+):((?:\\.|[^\\}])*)\}/g;

function unescapeCloze(text: string): string {
	return text.replace(/\\(.)/g, '$1');
}

function splitUnescaped(text: string, separator: string): string[] {
	const parts: string[] = [];
	let current = '';
	for (let i = 0; i < text.length; i++) {
		if (text[i] === '\\' && i + 1 < text.length) current += text[i]! + text[++i]!;
		else if (text[i] === separator) {
			parts.push(current);
			current = '';
		} else current += text[i];
	}
	return [...parts, current];
}

function embedded(text: string): Embedded[] {
	return [...text.matchAll(EMBEDDED)].map((m) => ({
		type: m[2]!,
		at: m.index,
		length: m[0].length,
		answers: splitUnescaped(m[3]!, '~').map((part) => {
			const credit = /^(=|%(-?\d+(?:\.\d+)?)%)?/.exec(part)!;
			const value = splitUnescaped(part.slice(credit[0].length), '#')[0]!;
			const fraction = credit[1] === '=' ? 100 : Number(credit[2] ?? 0);
			return { text: unescapeCloze(value).trim(), fraction };
		})
	}));
}

const unstar = (text: string) => text.replace(/\\\*/g, '*');

/** Options in file order; the key is the best-credited option, the set every credited one. */
function choicesFrom(answers: { text: string; fraction: number }[]) {
	const options = toOptions(answers.map((a) => a.text));
	const best = Math.max(0, ...answers.map((a) => a.fraction));
	const ids = (keep: (fraction: number) => boolean) =>
		options.filter((_, i) => keep(answers[i]!.fraction)).map((o) => o.id);
	return { options, keys: ids((f) => f > 0 && f === best), positive: ids((f) => f > 0) };
}

type Read = { prompt: string; content: QuestionContent } | { skip: string };

function readMultianswer(text: string, kindTag: string | null): Read {
	const parts = embedded(text);
	const choice = (e: Embedded) => {
		const { options, keys } = choicesFrom(e.answers);
		return { options, correctOptionId: keys[0] ?? '' };
	};
	const isChoice = (e: Embedded) => /^(MC|MULTICHOICE)/.test(e.type);
	if (parts.length === 2 && parts.every(isChoice) && kindTag !== 'cloze') {
		const [a, b] = parts as [Embedded, Embedded];
		const before = text
			.slice(0, a.at)
			.trim()
			.replace(/^Part A:\s*/, '');
		const between = text
			.slice(a.at + a.length, b.at)
			.trim()
			.replace(/^Part B:\s*/, '');
		return {
			prompt: before,
			content: { kind: 'evidence_pair', partA: choice(a), partBPrompt: between, partB: choice(b) }
		};
	}
	if (parts.length === 0 || !parts.every((e) => /^(SA|SHORTANSWER)/.test(e.type))) {
		return { skip: 'its embedded answers mix kinds Standpoint has no question for' };
	}
	let prompt = text;
	for (const e of [...parts].reverse()) {
		prompt = prompt.slice(0, e.at) + BLANK + prompt.slice(e.at + e.length);
	}
	const blanks = parts.map((e) => ({
		acceptedAnswers: e.answers.filter((a) => a.fraction === 100).map((a) => unstar(a.text))
	}));
	return { prompt, content: { kind: 'cloze', blanks } };
}

function answersOf(q: XmlElement) {
	return childElements(q, 'answer').map((a) => ({
		text:
			a.attrs.format === 'html'
				? htmlToText(textOf(child(a, 'text')))
				: textOf(child(a, 'text')).trim(),
		fraction: Number(a.attrs.fraction ?? 0)
	}));
}

function readQuestion(q: XmlElement, type: string, kindTag: string | null): Read {
	const prompt = htmlToText(textOf(child(child(q, 'questiontext') ?? q, 'text')));
	const answers = answersOf(q);
	switch (type) {
		case 'multichoice': {
			const { options, keys, positive } = choicesFrom(answers);
			if (textOf(child(q, 'single')).trim() === 'false') {
				return { prompt, content: { kind: 'multi_select', options, correctOptionIds: positive } };
			}
			if (kindTag === 'quote_attribution') {
				return {
					prompt,
					content: {
						kind: 'quote_attribution',
						options,
						correctOptionId: keys[0] ?? '',
						quote: quoteOf(prompt)
					}
				};
			}
			return {
				prompt,
				content: { kind: 'multiple_choice', options, correctOptionId: keys[0] ?? '' }
			};
		}
		case 'truefalse': {
			const right = answers.find((a) => a.fraction === 100)?.text.toLowerCase();
			return { prompt, content: { kind: 'true_false', correct: right === 'true' } };
		}
		case 'shortanswer':
			return {
				prompt,
				content: {
					kind: 'short_answer',
					acceptedAnswers: answers.filter((a) => a.fraction === 100).map((a) => unstar(a.text))
				}
			};
		case 'cloze':
		case 'multianswer':
			return readMultianswer(prompt, kindTag);
		case 'matching': {
			const pairs = childElements(q, 'subquestion').map((s) => ({
				item: htmlToText(textOf(child(s, 'text'))),
				position: Number(textOf(child(child(s, 'answer') ?? s, 'text')).trim())
			}));
			const positions = pairs.map((p) => p.position).sort((x, y) => x - y);
			if (!positions.every((p, i) => p === i + 1)) {
				return {
					skip: 'Standpoint has no matching questions (it reads one only as an ordering, positions 1, 2, 3 …)'
				};
			}
			const items = [...pairs].sort((x, y) => x.position - y.position).map((p) => p.item);
			return { prompt, content: { kind: 'ordering', items: toOptions(items) } };
		}
		default:
			return { skip: `Standpoint has no “${type}” questions` };
	}
}

export function fromMoodleXml(source: string): ImportResult {
	const parsed = parseXml(source);
	if (!parsed.ok)
		return malformed(`This is not a readable Moodle XML file: it has ${parsed.reason}.`);
	if (parsed.root.local !== 'quiz') {
		return {
			ok: false,
			code: 'wrong-format',
			reason: 'This XML file is not a Moodle question export (it has no <quiz> element).'
		};
	}
	const questions: PortableQuestion[] = [];
	const skipped: { name: string; reason: string }[] = [];
	let title: string | null = null;
	childElements(parsed.root, 'question').forEach((q) => {
		const type = q.attrs.type ?? '';
		const tagList = childElements(child(q, 'tags') ?? q, 'tag').map((t) =>
			textOf(child(t, 'text')).trim()
		);
		if (type === 'category') {
			title ??=
				textOf(child(child(q, 'category') ?? q, 'text'))
					.split('/')
					.at(-1)
					?.trim() || null;
			return;
		}
		if (type === 'description') return; // the passage: the quiz lands on an article already
		const name =
			textOf(child(child(q, 'name') ?? q, 'text')).trim() ||
			`Question ${questions.length + skipped.length + 1}`;
		const { kind, skill } = readTags(tagList);
		const read = readQuestion(q, type, kind);
		if ('skip' in read) return void skipped.push({ name, reason: read.skip });
		const feedback = parseFeedback(
			htmlToText(textOf(child(child(q, 'generalfeedback') ?? q, 'text')))
		);
		const question: PortableQuestion = {
			...read,
			...feedback,
			points: clampPoints(Number(textOf(child(q, 'defaultgrade')) || 1)),
			skill
		};
		const problem = importProblem(question);
		if (problem) skipped.push({ name, reason: `${problem}` });
		else questions.push(question);
	});
	if (questions.length === 0 && skipped.length === 0) {
		return { ok: false, code: 'empty', reason: 'This Moodle XML file holds no questions.' };
	}
	return { ok: true, title, questions, skipped };
}
