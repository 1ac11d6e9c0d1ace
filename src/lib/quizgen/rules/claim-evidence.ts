/**
 * Claim and evidence: "In paragraph 6, the author claims that <claim>. Which sentence from the
 * article best supports this claim?" The claim is a general statement (no figures); the key is
 * the sentence right after it that backs it with figures, a study or an example, never one that
 * restates it (little word overlap); the wrong options are evidence sentences on other subjects.
 * (A Part A "which claim does the author make in paragraph N" was a matching exercise: every
 * option was a claim the author makes, told apart only by the paragraph number.)
 */
import type { Sentence } from '../analyse';
import { overlap, words } from '../text';
import { sentenceKey, type Candidate, type RuleContext } from './candidate';
import { asClause, choice, leansOutside, near, showable, similarLength } from './reading';

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
	const supports = analysis.sentences.filter((s) => isEvidence(s) && !s.question);
	return analysis.byParagraph.flatMap((sentences, paragraph): Candidate[] => {
		const claim = sentences.find((s, i) => isClaim(s) && i + 1 < sentences.length);
		const support = claim && sentences[claim.index + 1];
		if (!claim || !support || !isEvidence(support)) return [];
		const share = overlap(claim.text, support.text);
		// A near-copy restates the claim (the failure Part B must avoid); it does not support it.
		if (share >= 0.35) return [];
		// The claim is given; the student finds its support among figures and findings on other
		// subjects (far paragraphs, no shared words), so exactly one option backs it.
		const decoys = similarLength(
			support.text,
			near(supports, paragraph)
				.filter((s) => Math.abs(s.paragraph - paragraph) >= 3 && overlap(s.text, claim.text) < 0.12)
				.filter((s) => overlap(s.text, support.text) < 0.3)
				.map((s) => s.text),
			3
		);
		if (decoys.length < 3) return [];
		const made = choice({
			ctx,
			skill: 'claim-evidence',
			rule: 'claim-evidence-support',
			prompt: `In paragraph ${paragraph + 1}, the author claims that ${asClause(claim, claim.text)}. Which sentence from the article best supports this claim?`,
			answer: support.text,
			decoys,
			evidence: { paragraph, start: claim.start, end: support.end },
			because: 'the sentence after the claim backs it up',
			sentenceKey: sentenceKey(support),
			quality: 0.8
		});
		return made ? [made] : [];
	});
}
