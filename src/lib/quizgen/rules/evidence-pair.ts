/**
 * The two-part item of state reading tests: Part A is a multiple-choice question, Part B asks
 * which sentence from the article best supports its answer. The three wrong sentences come from
 * other paragraphs, never name the answer, and are close in length to the right one so that
 * length gives nothing away.
 */
import type { Sentence } from '../analyse';
import { containsPhrase, hash, shuffle, wordCount } from '../text';
import type { Candidate, RuleContext } from './candidate';

const PART_B = 'Part B: Which sentence from the article best supports the answer to Part A?';

function supportingSentence(candidate: Candidate, ctx: RuleContext): Sentence | undefined {
	const { paragraph, start, end } = candidate.evidence;
	return ctx.analysis.sentences.find(
		(s) => s.paragraph === paragraph && s.start === start && s.end === end
	);
}

/**
 * Decoys that name one of Part A's wrong options come first: otherwise the only sentence naming
 * an option would give Part A away.
 */
function decoySentences(key: Sentence, candidate: Candidate, ctx: RuleContext): string[] {
	const answer = candidate.answer;
	const wrong = (candidate.options ?? []).filter((o) => o !== answer);
	const namesWrongOption = (s: Sentence) => (wrong.some((o) => containsPhrase(s.text, o)) ? 0 : 1);
	const length = wordCount(key.text);
	const used = new Set<number>([key.paragraph]);
	const surname = answer.split(' ').pop() ?? answer;
	const candidates = ctx.analysis.sentences
		.filter((s) => s.paragraph !== key.paragraph && wordCount(s.text) >= 8)
		.filter((s) => !containsPhrase(s.text, answer) && !containsPhrase(s.text, surname))
		.sort(
			(a, b) =>
				namesWrongOption(a) - namesWrongOption(b) ||
				Math.abs(wordCount(a.text) - length) - Math.abs(wordCount(b.text) - length) ||
				a.paragraph - b.paragraph
		);
	const picked: string[] = [];
	for (const s of candidates) {
		if (picked.length === 3 || used.has(s.paragraph)) continue;
		used.add(s.paragraph);
		picked.push(s.text);
	}
	return picked;
}

/** Turns a multiple-choice candidate into an evidence pair, or null without three decoys. */
export function evidencePairFrom(candidate: Candidate, ctx: RuleContext): Candidate | null {
	const key = supportingSentence(candidate, ctx);
	if (!key || candidate.kind !== 'multiple_choice' || !candidate.options) return null;
	const decoys = decoySentences(key, candidate, ctx);
	if (decoys.length < 3) return null;
	const options = shuffle([key.text, ...decoys], hash(key.text, ctx.seed));
	return {
		...candidate,
		kind: 'evidence_pair',
		prompt: `Part A: ${candidate.prompt}`,
		partB: { prompt: PART_B, options, answer: key.text },
		rule: `${candidate.rule}+evidence`,
		quality: candidate.quality * 0.95
	};
}
