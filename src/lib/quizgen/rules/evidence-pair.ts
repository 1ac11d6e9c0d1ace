/**
 * The two-part item of state reading tests: Part A is a multiple-choice question, Part B asks
 * which sentence from the article best supports its answer. The three wrong sentences come from
 * other paragraphs, never name the answer, and are close in length to the right one so that
 * length gives nothing away.
 */
import type { Sentence } from '../analyse';
import { containsPhrase, hash, shuffle, wordCount } from '../text';
import { repeatedShare, type Candidate, type RuleContext } from './candidate';
import { speaksForItself } from './claim-evidence';

/**
 * Above this share of Part A's words repeated, Part B's key restates Part A instead of
 * supporting it: the student matches words and understands nothing.
 */
export const MAX_REPEATED_SHARE = 0.5;

const PART_B = 'Part B: Which sentence from the article best supports the answer to Part A?';

function supportingSentence(candidate: Candidate, ctx: RuleContext): Sentence | undefined {
	const { paragraph, start, end } = candidate.evidence;
	return ctx.analysis.byParagraph[paragraph]?.find((s) => s.start === start && s.end === end);
}

/** Sentences long enough to be decoys, shortest first; built once per article. */
const pools = new WeakMap<RuleContext['analysis'], Sentence[]>();
function decoyPool(ctx: RuleContext): Sentence[] {
	let pool = pools.get(ctx.analysis);
	if (!pool) {
		// Decoys are statements too: never a question or an interviewer's line.
		pool = ctx.analysis.sentences.filter(
			(s) =>
				wordCount(s.text) >= 8 && !s.question && !s.interviewer && !s.inQuote && speaksForItself(s)
		);
		pool.sort((a, b) => wordCount(a.text) - wordCount(b.text) || a.paragraph - b.paragraph);
		pools.set(ctx.analysis, pool);
	}
	return pool;
}

/** The `size` pool sentences closest in length to `length`, nearest first. */
function nearestInLength(pool: Sentence[], length: number, size: number): Sentence[] {
	let right = pool.findIndex((s) => wordCount(s.text) >= length);
	if (right < 0) right = pool.length;
	let left = right - 1;
	const near: Sentence[] = [];
	while (near.length < size && (left >= 0 || right < pool.length)) {
		const l = pool[left];
		const r = pool[right];
		const takeLeft = !r || (!!l && length - wordCount(l.text) <= wordCount(r.text) - length);
		near.push((takeLeft ? l : r) as Sentence);
		if (takeLeft) left--;
		else right++;
	}
	return near;
}

/**
 * Three decoys from other paragraphs, close in length to the key, never naming the answer.
 * Decoys that name one of Part A's wrong options come first: otherwise the only sentence naming
 * an option would give Part A away. Only the 60 sentences nearest in length are considered, so
 * long articles stay linear.
 */
function decoySentences(key: Sentence, candidate: Candidate, ctx: RuleContext): string[] {
	const answer = candidate.answer;
	const surname = answer.split(' ').pop() ?? answer;
	const wrong = (candidate.options ?? []).filter((o) => o !== answer);
	const namesWrongOption = (s: Sentence) => (wrong.some((o) => containsPhrase(s.text, o)) ? 0 : 1);
	const candidates = nearestInLength(decoyPool(ctx), wordCount(key.text), 60)
		.filter((s) => s.paragraph !== key.paragraph)
		.filter((s) => !containsPhrase(s.text, answer) && !containsPhrase(s.text, surname))
		.map((s, nearness) => ({ s, rank: namesWrongOption(s) * 1000 + nearness }))
		.sort((a, b) => a.rank - b.rank);
	const used = new Set<number>([key.paragraph]);
	const picked: string[] = [];
	for (const { s } of candidates) {
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
	// The key is shown whole beside the decoys: it must read alone as they do.
	if (!speaksForItself(key)) return null;
	const shown = `${candidate.prompt} ${candidate.answer}`;
	if (repeatedShare(shown, key.text) > MAX_REPEATED_SHARE) return null;
	const decoys = decoySentences(key, candidate, ctx);
	if (decoys.length < 3) return null;
	const options = shuffle([key.text, ...decoys], hash(key.text, ctx.seed));
	return {
		...candidate,
		kind: 'evidence_pair',
		prompt: `Part A: ${candidate.prompt}`,
		partB: { prompt: PART_B, options, answer: key.text },
		skill: 'claim-evidence',
		rule: `${candidate.rule}+evidence`,
		// Part B checks the reading behind Part A: worth a little more than Part A alone.
		quality: candidate.quality * 1.15
	};
}
