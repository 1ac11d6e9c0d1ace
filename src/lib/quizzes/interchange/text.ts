import { isSkill, type Skill } from '../../quizgen/skills';
import { QUESTION_KINDS, type QuestionKind } from '../../grading/types';
import type { PortableEvidence } from './types';

/** Escapes text for XML element content and attribute values alike. */
export function escapeXml(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&apos;');
}

/**
 * Plain text as HTML paragraphs (blank lines split paragraphs). Only `& < >` are escaped: quotes
 * in HTML text are harmless, and Moodle's embedded-answer syntax reads them raw.
 */
export function toHtmlParagraphs(text: string): string {
	return text
		.split(/\n{2,}/)
		.filter((p) => p.trim() !== '')
		.map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</p>`)
		.join('');
}

const EVIDENCE_LINE = /^Evidence \(paragraph (\d+)\): “([\s\S]*)”$/;

/** The evidence as one line a person can read in any tool: "Evidence (paragraph 3): “…”". */
export function evidenceLine(evidence: PortableEvidence): string {
	return `Evidence (paragraph ${evidence.paragraph + 1}): “${evidence.quote}”`;
}

/** Feedback text: the explanation, then the evidence line, as separate paragraphs. */
export function feedbackText(explanation: string, evidence: PortableEvidence | null): string {
	return [explanation.trim(), evidence ? evidenceLine(evidence) : '']
		.filter((part) => part !== '')
		.join('\n\n');
}

/** The reverse of feedbackText: the last paragraph is evidence when it reads like it. */
export function parseFeedback(text: string): {
	explanation: string;
	evidence: PortableEvidence | null;
} {
	const parts = text
		.trim()
		.split(/\n{2,}/)
		.map((p) => p.trim());
	const match = EVIDENCE_LINE.exec(parts.at(-1) ?? '');
	if (!match) return { explanation: parts.join('\n\n'), evidence: null };
	return {
		explanation: parts.slice(0, -1).join('\n\n'),
		evidence: { paragraph: Number(match[1]) - 1, quote: match[2]! }
	};
}

/**
 * Standpoint's own metadata travels as tags / keywords / comments of the form `skill:inference`
 * and `standpoint-kind:ordering`: plain words other tools show and keep.
 */
export const SKILL_TAG = 'skill:';
export const KIND_TAG = 'standpoint-kind:';

export function metadataTags(kind: QuestionKind, skill: Skill | null): string[] {
	return [`${KIND_TAG}${kind}`, ...(skill ? [`${SKILL_TAG}${skill}`] : [])];
}

export function readTags(tags: string[]): { kind: QuestionKind | null; skill: Skill | null } {
	const value = (prefix: string) =>
		tags
			.find((t) => t.startsWith(prefix))
			?.slice(prefix.length)
			.trim() ?? null;
	const kind = value(KIND_TAG);
	const skill = value(SKILL_TAG);
	return {
		kind: (QUESTION_KINDS as readonly string[]).includes(kind ?? '')
			? (kind as QuestionKind)
			: null,
		skill: isSkill(skill) ? skill : null
	};
}

/** A quote-attribution prompt holds its quote in curly quotes, as the editor reads it. */
export function quoteOf(prompt: string): string {
	return /“([^”]+)”/.exec(prompt)?.[1] ?? '';
}

/** A short name for a question in lists and file titles. */
export function questionName(index: number, prompt: string): string {
	const words = prompt.replace(/\s+/g, ' ').trim();
	return `Question ${index + 1}: ${words.length > 60 ? `${words.slice(0, 57)}…` : words}`;
}
