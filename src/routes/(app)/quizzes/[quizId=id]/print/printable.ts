import { SKILL_LABELS } from '$lib/quizgen/skills';
import { answerText, seededShuffle } from '$lib/quizzes/convert';
import type { PortableQuestion } from '$lib/quizzes/interchange';

/** One question on the student copy: what to read and where to answer, never the key. */
export interface PrintQuestion {
	number: number;
	prompt: string;
	points: number;
	/** How the student answers on paper. */
	answer:
		| { type: 'choose'; one: boolean; options: string[] }
		| { type: 'true-false' }
		| { type: 'write'; lines: number }
		| { type: 'order'; items: string[] }
		| { type: 'pair'; partA: string[]; partBPrompt: string; partB: string[] };
}

export interface KeyEntry {
	number: number;
	prompt: string;
	answer: string;
	explanation: string;
	evidence: { paragraph: number; quote: string } | null;
	skill: string | null;
}

/** Items out of their correct order (a shuffle that happens to keep it is turned once more). */
function shuffled(items: string[], seed: number): string[] {
	const out = seededShuffle(items, seed);
	const same = out.every((item, i) => item === items[i]);
	return same && items.length > 1 ? [...out.slice(1), out[0]!] : out;
}

export function studentCopy(questions: PortableQuestion[]): PrintQuestion[] {
	return questions.map((q, i) => {
		const c = q.content;
		const base = { number: i + 1, prompt: q.prompt, points: q.points };
		switch (c.kind) {
			case 'multiple_choice':
			case 'quote_attribution':
			case 'multi_select':
				return {
					...base,
					answer: {
						type: 'choose',
						one: c.kind !== 'multi_select',
						options: c.options.map((o) => o.text)
					}
				};
			case 'true_false':
				return { ...base, answer: { type: 'true-false' } };
			case 'short_answer':
				return { ...base, answer: { type: 'write', lines: 2 } };
			case 'cloze':
				return { ...base, answer: { type: 'write', lines: c.blanks.length } };
			case 'ordering':
				return {
					...base,
					answer: {
						type: 'order',
						items: shuffled(
							c.items.map((o) => o.text),
							i + 1
						)
					}
				};
			case 'evidence_pair':
				return {
					...base,
					answer: {
						type: 'pair',
						partA: c.partA.options.map((o) => o.text),
						partBPrompt: c.partBPrompt,
						partB: c.partB.options.map((o) => o.text)
					}
				};
		}
	});
}

export function answerKey(questions: PortableQuestion[]): KeyEntry[] {
	return questions.map((q, i) => ({
		number: i + 1,
		prompt: q.prompt,
		answer: answerText(q.content),
		explanation: q.explanation,
		evidence: q.evidence,
		skill: q.skill ? SKILL_LABELS[q.skill] : null
	}));
}
