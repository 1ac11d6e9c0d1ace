import { BLANK } from '../../quizgen/types';
import { toOptions } from '../convert';
import type { QuestionContent } from '../types';
import { clampPoints, importProblem } from './check';
import { parseFeedback, quoteOf, readTags } from './text';
import type { ImportResult, PortableQuestion, SkippedQuestion } from './types';
import { malformed } from './types';
import { child, childElements, descendants, parseXml, textOf, type XmlElement } from './xml';
import { readZip } from './zip';

/**
 * Reads a QTI 3.0 content package (qti.ts writes one). Items are taken in the test's order
 * (the manifest's when there is no test); kind and skill come from the manifest's keywords
 * when Standpoint wrote them, and from the interactions otherwise.
 */

const SUPPORTED = new Set([
	'qti-choice-interaction',
	'qti-text-entry-interaction',
	'qti-order-interaction'
]);

type Read = { prompt: string; content: QuestionContent } | { skip: string };

function key(item: XmlElement, id: string): string[] {
	const declaration = childElements(item, 'qti-response-declaration').find(
		(d) => d.attrs.identifier === id
	);
	const correct = declaration ? child(declaration, 'qti-correct-response') : null;
	return correct ? childElements(correct, 'qti-value').map((v) => textOf(v).trim()) : [];
}

function accepted(item: XmlElement, id: string): string[] {
	const declaration = childElements(item, 'qti-response-declaration').find(
		(d) => d.attrs.identifier === id
	);
	const mapped = declaration
		? descendants(declaration, 'qti-map-entry')
				.filter((e) => Number(e.attrs['mapped-value']) > 0)
				.map((e) => e.attrs['map-key'] ?? '')
		: [];
	return mapped.length > 0 ? mapped : key(item, id);
}

/** Choices re-lettered a, b, c… in file order; the key follows its choice. */
function choices(interaction: XmlElement) {
	const list = childElements(interaction, 'qti-simple-choice');
	const options = toOptions(list.map((c) => textOf(c).trim()));
	const ids = (wanted: string[]) =>
		wanted.map((k) => options[list.findIndex((c) => c.attrs.identifier === k)]?.id ?? '');
	return { options, ids, prompt: textOf(child(interaction, 'qti-prompt')).trim() };
}

function clozePrompt(p: XmlElement): string {
	return p.children
		.map((c) =>
			typeof c === 'string' ? c : c.local === 'qti-text-entry-interaction' ? BLANK : textOf(c)
		)
		.join('')
		.trim();
}

function readItem(item: XmlElement, kind: string | null): Read {
	const body = child(item, 'qti-item-body');
	if (!body) return { skip: 'it has no item body' };
	const interactions = allInteractions(body);
	const unknown = interactions.find((i) => !SUPPORTED.has(i.local));
	if (unknown)
		return {
			skip: `Standpoint has no questions like QTI’s ${unknown.local.replace(/^qti-|-interaction$/g, '')} interaction`
		};
	const choice = interactions.filter((i) => i.local === 'qti-choice-interaction');
	const entries = interactions.filter((i) => i.local === 'qti-text-entry-interaction');
	const order = interactions.find((i) => i.local === 'qti-order-interaction');
	const id = (i: XmlElement) => i.attrs['response-identifier'] ?? '';
	if (order && interactions.length === 1) {
		const { options, ids, prompt } = choices(order);
		const byKey = ids(key(item, id(order))).map((k) => options.find((o) => o.id === k));
		if (byKey.length !== options.length || byKey.some((o) => !o)) {
			return { skip: 'its correct order does not list every item once' };
		}
		return { prompt, content: { kind: 'ordering', items: toOptions(byKey.map((o) => o!.text)) } };
	}
	if (choice.length === 2 && interactions.length === 2) {
		const [a, b] = choice.map((i) => choices(i)) as [
			ReturnType<typeof choices>,
			ReturnType<typeof choices>
		];
		return {
			prompt: a.prompt,
			content: {
				kind: 'evidence_pair',
				partA: { options: a.options, correctOptionId: a.ids(key(item, id(choice[0]!)))[0]! },
				partBPrompt: b.prompt,
				partB: { options: b.options, correctOptionId: b.ids(key(item, id(choice[1]!)))[0]! }
			}
		};
	}
	if (choice.length === 1 && interactions.length === 1) {
		const i = choice[0]!;
		const keys = key(item, id(i));
		const { options, ids, prompt } = choices(i);
		const multiple =
			childElements(item, 'qti-response-declaration').find((d) => d.attrs.identifier === id(i))
				?.attrs.cardinality === 'multiple';
		if (multiple)
			return { prompt, content: { kind: 'multi_select', options, correctOptionIds: ids(keys) } };
		const texts = options.map((o) => o.text.toLowerCase()).join('|');
		if (kind === 'true_false' || (kind === null && texts === 'true|false')) {
			const chosen = options.find((o) => o.id === ids(keys)[0])?.text.toLowerCase();
			return { prompt, content: { kind: 'true_false', correct: chosen === 'true' } };
		}
		if (kind === 'quote_attribution')
			return {
				prompt,
				content: { kind, options, correctOptionId: ids(keys)[0]!, quote: quoteOf(prompt) }
			};
		return {
			prompt,
			content: { kind: 'multiple_choice', options, correctOptionId: ids(keys)[0]! }
		};
	}
	if (entries.length > 0 && entries.length === interactions.length) {
		const holder = childElements(body, 'p').find(
			(p) => childElements(p, 'qti-text-entry-interaction').length > 0
		);
		const blanksOnly = holder && textOf(holder).trim() === '' && entries.length === 1;
		if (blanksOnly && kind !== 'cloze') {
			const prompt = childElements(body, 'p')
				.filter((p) => p !== holder)
				.map((p) => textOf(p).trim())
				.join('\n\n');
			return {
				prompt,
				content: { kind: 'short_answer', acceptedAnswers: accepted(item, id(entries[0]!)) }
			};
		}
		if (!holder) return { skip: 'its blanks are not in a paragraph' };
		return {
			prompt: clozePrompt(holder),
			content: {
				kind: 'cloze',
				blanks: entries.map((e) => ({ acceptedAnswers: accepted(item, id(e)) }))
			}
		};
	}
	return {
		skip:
			interactions.length === 0
				? 'it has no question to answer'
				: 'it mixes interactions in a way Standpoint has no question for'
	};
}

/** Every interaction element in the body, outside rubric blocks. */
function allInteractions(node: XmlElement): XmlElement[] {
	return childElements(node).flatMap((c) =>
		c.local === 'qti-rubric-block'
			? []
			: c.local.endsWith('-interaction')
				? [c]
				: allInteractions(c)
	);
}

function feedbackOf(item: XmlElement) {
	const body = child(item, 'qti-item-body');
	const rubric = body
		? childElements(body, 'qti-rubric-block').find((r) => (r.attrs.view ?? '').includes('scorer'))
		: undefined;
	const text = rubric
		? descendants(rubric, 'p')
				.map((p) => textOf(p).trim())
				.join('\n\n')
		: '';
	return parseFeedback(text);
}

interface Entry {
	href: string;
	tags: string[];
	weight: number;
}

/** Items in delivery order with their keywords and weights. */
function entries(files: Map<string, string>, manifest: XmlElement): Entry[] | string {
	const resources = descendants(manifest, 'resource');
	const tagsOf = (href: string) =>
		descendants(resources.find((r) => r.attrs.href === href) ?? manifest, 'keyword').map((k) =>
			textOf(k).trim()
		);
	const test = resources.find((r) => (r.attrs.type ?? '').startsWith('imsqti_test_xmlv3'));
	if (test?.attrs.href && files.has(test.attrs.href)) {
		const parsed = parseXml(files.get(test.attrs.href)!);
		if (!parsed.ok) return `its test file has ${parsed.reason}`;
		const base = test.attrs.href.includes('/') ? test.attrs.href.replace(/[^/]*$/, '') : '';
		return descendants(parsed.root, 'qti-assessment-item-ref').map((ref) => {
			const href = base + (ref.attrs.href ?? '');
			return {
				href,
				tags: tagsOf(href),
				weight: Number(child(ref, 'qti-weight')?.attrs.value ?? 1)
			};
		});
	}
	return resources
		.filter((r) => (r.attrs.type ?? '').startsWith('imsqti_item_xmlv3'))
		.map((r) => ({ href: r.attrs.href ?? '', tags: tagsOf(r.attrs.href ?? ''), weight: 1 }));
}

export function fromQtiFiles(files: Map<string, string>): ImportResult {
	const manifestText = files.get('imsmanifest.xml');
	if (!manifestText)
		return {
			ok: false,
			code: 'wrong-format',
			reason: 'This ZIP file is not a QTI package: it has no imsmanifest.xml.'
		};
	const manifest = parseXml(manifestText);
	if (!manifest.ok)
		return malformed(`This QTI package’s manifest is not readable: it has ${manifest.reason}.`);
	const list = entries(files, manifest.root);
	if (typeof list === 'string') return malformed(`This QTI package is not readable: ${list}.`);
	const questions: PortableQuestion[] = [];
	const skipped: SkippedQuestion[] = [];
	for (const entry of list) {
		const text = files.get(entry.href);
		if (text === undefined)
			return malformed(`This QTI package is missing “${entry.href}”, which its test lists.`);
		const parsed = parseXml(text);
		if (!parsed.ok)
			return malformed(
				`This QTI package’s “${entry.href}” is not readable: it has ${parsed.reason}.`
			);
		if (parsed.root.local !== 'qti-assessment-item')
			return {
				ok: false,
				code: 'wrong-format',
				reason: `“${entry.href}” is not a QTI 3.0 item; QTI 2.x packages are not read.`
			};
		const name = parsed.root.attrs.title || entry.href;
		const { kind, skill } = readTags(entry.tags);
		const read = readItem(parsed.root, kind);
		if ('skip' in read) {
			skipped.push({ name, reason: read.skip });
			continue;
		}
		const question: PortableQuestion = {
			...read,
			...feedbackOf(parsed.root),
			points: clampPoints(entry.weight),
			skill
		};
		const problem = importProblem(question);
		if (problem) skipped.push({ name, reason: problem });
		else questions.push(question);
	}
	if (questions.length === 0 && skipped.length === 0)
		return { ok: false, code: 'empty', reason: 'This QTI package holds no questions.' };
	const test = descendants(manifest.root, 'resource').find((r) =>
		(r.attrs.type ?? '').startsWith('imsqti_test')
	);
	const testText = test?.attrs.href ? files.get(test.attrs.href) : undefined;
	const testRoot = testText ? parseXml(testText) : null;
	return {
		ok: true,
		title: testRoot?.ok ? (testRoot.root.attrs.title ?? null) : null,
		questions,
		skipped
	};
}

export function fromQtiPackage(bytes: Uint8Array): ImportResult {
	const zip = readZip(bytes);
	if (!zip.ok) return malformed(`This is not a readable QTI package: ${zip.reason}.`);
	return fromQtiFiles(zip.files);
}
