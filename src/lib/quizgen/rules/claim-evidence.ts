/**
 * Claim and evidence as a two-part item. Part A asks which claim a paragraph makes: the key is a
 * general statement (no figures), the wrong options claims of similar length from other
 * paragraphs that its evidence does not touch. Part B asks which sentence supports it: the key
 * is the sentence right after the claim that backs it with figures, a study or an example, and
 * never one that restates the claim (little word overlap).
 */
import type { Sentence } from '../analyse';
import { hash, overlap, shuffle, words } from '../text';
import { sentenceKey, type Candidate, type RuleContext } from './candidate';
import { asOption, choice, leansOutside, near, showable, similarLength } from './reading';

const PART_B = 'Part B: Which sentence from the article best supports the answer to Part A?';
const EVIDENCE =
	/\b(?:for example|for instance|study|survey|data|found|showed|shows|according to|report(?:ed)?|research)\b/i;

const hasFigure = (s: Sentence) =>
	s.mentions.some((m) => m.type === 'percent' || m.type === 'money' || m.type === 'number');
/** A general statement: present or modal, third person, neither advice nor a condition. */
const GENERAL =
	/\b(?:is|are|can|could|may|might|will|should|must|often|many|most|more|less|has|have)\b/i;
const PERSONAL =
	/\b(?:I|I'm|I've|me|my|you|your|you're|we|our)\b|^(?:if|unless|when|while|although)\b/i;
const plain = (s: Sentence) =>
	showable(s) && !/[“”"()]/.test(s.text) && !leansOutside(s.text) && !PERSONAL.test(s.text);
const isEvidence = (s: Sentence) => plain(s) && (hasFigure(s) || EVIDENCE.test(s.text));
/** The author's claim, not a source's: no "said", "says" or "according to". */
const REPORTED = /\b(?:said|says|told|according to|officials|spokesman|spokeswoman)\b/i;
const isClaim = (s: Sentence) =>
	plain(s) &&
	!REPORTED.test(s.text) &&
	!hasFigure(s) &&
	GENERAL.test(s.text) &&
	words(s.text).length >= 8;

export function claimEvidenceQuestions(ctx: RuleContext): Candidate[] {
	const { analysis } = ctx;
	const claims = analysis.sentences.filter(isClaim);
	const supports = analysis.sentences.filter((s) => isEvidence(s) && !s.question);
	return analysis.byParagraph.flatMap((sentences, paragraph): Candidate[] => {
		const claim = sentences.find((s, i) => isClaim(s) && i + 1 < sentences.length);
		const support = claim && sentences[claim.index + 1];
		if (!claim || !support || !isEvidence(support)) return [];
		const share = overlap(claim.text, support.text);
		// A near-copy restates the claim (the failure Part B must avoid); it does not support it.
		if (share >= 0.35) return [];
		const answer = asOption(claim.text);
		const untouched = near(claims, paragraph)
			.filter((c) => c.paragraph !== paragraph && overlap(c.text, support.text) < 0.12)
			.map((c) => asOption(c.text));
		const partA = choice({
			ctx,
			skill: 'claim-evidence',
			rule: 'claim-evidence-pair',
			prompt: `Part A: Which claim does the author make in paragraph ${paragraph + 1}?`,
			answer,
			decoys: similarLength(answer, untouched, 3),
			evidence: { paragraph, start: claim.start, end: support.end },
			because: `the sentence after it backs the claim up`,
			sentenceKey: sentenceKey(claim),
			quality: 0.85
		});
		const decoys = similarLength(
			support.text,
			near(supports, paragraph)
				.filter((s) => s.paragraph !== paragraph && overlap(s.text, claim.text) < 0.2)
				.map((s) => s.text),
			3
		);
		if (!partA || decoys.length < 3) return [];
		const options = shuffle([support.text, ...decoys], hash(support.text, ctx.seed));
		return [
			{ ...partA, kind: 'evidence_pair', partB: { prompt: PART_B, options, answer: support.text } }
		];
	});
}
