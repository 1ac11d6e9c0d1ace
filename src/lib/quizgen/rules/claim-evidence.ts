/**
 * Claim and evidence: "In paragraph 6, the author claims that <claim>. Which sentence from the
 * article best supports this claim?" The claim is a general statement (no figures); the key is
 * the sentence right after it (or opening the next paragraph) that backs it with figures, a study or an example, never one that
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
/**
 * A claim generalises, predicts or judges ("can", "often", "harder", "important"); a plain
 * description ("Prime operates as a hybrid of …") is no claim to support.
 */
const GENERAL =
	/\b(?:can|could|may|might|will|should|must|often|usually|increasingly|important|key|harder|easier|likely|common|rare|better|worse|growing|major)\b/i;
/** Words too common to say two sentences share a subject. */
const COMMON = new Set(
	'about after again being could every first other their there these those which while would should years still since where'.split(
		' '
	)
);
/** The longer words two sentences share: a decoy shares none with the claim, the key at least one. */
function sharedTopic(a: string, b: string): number {
	const [x, y] = [topicOf(a), topicOf(b)];
	let shared = 0;
	for (const w of x) if (y.has(w)) shared++;
	return shared;
}

// Every candidate claim is compared with up to 80 nearby sentences: each text's words once.
const topics = new Map<string, Set<string>>();
function topicOf(text: string): Set<string> {
	let set = topics.get(text);
	if (!set) {
		if (topics.size > 5000) topics.clear();
		set = new Set(words(text).filter((w) => w.length >= 5 && !COMMON.has(w)));
		topics.set(text, set);
	}
	return set;
}
const PERSONAL =
	/\b(?:I|I'm|I've|me|my|you|your|you're|we|our)\b|^(?:if|unless|when|while|although)\b/i;
const plain = (s: Sentence) =>
	showable(s) && !/[“”"()]/.test(s.text) && !leansOutside(s.text) && !PERSONAL.test(s.text);
const isEvidence = (s: Sentence) => plain(s) && (hasFigure(s) || EVIDENCE.test(s.text));
/** The author's claim, not a source's: no "said", "says" or "according to". */
const REPORTED = /\b(?:said|says|say|told|according to|officials|spokesman|spokeswoman)\b/i;
/** "The majority occur …", "Most are …": a quantifier whose noun is in an earlier sentence. */
const BARE_QUANTIFIER = /^(?:the majority|most|many|some|others|several)\s+(?!of\b)/i;
/** "What's more, …", "Today, …": the connective belongs to the article's flow, not the claim. */
const CONNECTIVE =
	/^(?:what[’']s more|today|still|also|moreover|in addition|meanwhile|now|indeed),\s+/i;
const isClaim = (s: Sentence) =>
	plain(s) &&
	!REPORTED.test(s.text) &&
	!hasFigure(s) &&
	GENERAL.test(s.text) &&
	!BARE_QUANTIFIER.test(s.text.replace(CONNECTIVE, '')) &&
	words(s.text).length >= 8;

export function claimEvidenceQuestions(ctx: RuleContext): Candidate[] {
	const { analysis } = ctx;
	const supports = analysis.sentences.filter((s) => isEvidence(s) && !s.question);
	return analysis.byParagraph.flatMap((sentences, paragraph): Candidate[] => {
		const pair = supportedClaim(sentences, analysis.byParagraph[paragraph + 1] ?? []);
		if (!pair) return [];
		const { claim, support } = pair;
		// The claim is given; the student finds its support among figures and findings on other
		// subjects (far paragraphs, no shared words), so exactly one option backs it.
		const decoys = similarLength(
			support.text,
			near(supports, paragraph)
				.filter(
					(s) => Math.abs(s.paragraph - paragraph) >= 3 && sharedTopic(s.text, claim.text) === 0
				)
				// In a one-subject article a figure on the key's subject would support the claim too.
				.filter((s) => sharedTopic(s.text, support.text) === 0)
				.map((s) => s.text),
			3
		);
		const made = choice({
			ctx,
			skill: 'claim-evidence',
			rule: 'claim-evidence-support',
			prompt: `In paragraph ${paragraph + 1}, the author claims that ${asClause(claim, claim.text.replace(CONNECTIVE, ''))}. Which sentence from the article best supports this claim?`,
			answer: support.text,
			decoys,
			// One paragraph holds the evidence: both sentences, or the support opening the next one.
			evidence:
				support.paragraph === paragraph
					? { paragraph, start: claim.start, end: support.end }
					: { paragraph: support.paragraph, start: support.start, end: support.end },
			because: 'the sentence after the claim backs it up',
			sentenceKey: sentenceKey(support),
			quality: decoys.length >= 3 ? 0.8 : 0.76
		});
		return made ? [made] : [];
	});
}

/**
 * A claim and the sentence right after it that backs it, in the same paragraph or opening the
 * next (news paragraphs are often one sentence long); never a near-copy, which restates the
 * claim (the failure Part B must avoid) rather than supporting it.
 */
function supportedClaim(
	sentences: Sentence[],
	next: Sentence[]
): { claim: Sentence; support: Sentence } | null {
	for (const [i, claim] of sentences.entries()) {
		if (!isClaim(claim)) continue;
		const support = sentences[i + 1] ?? (i === sentences.length - 1 ? next[0] : undefined);
		if (
			support &&
			isEvidence(support) &&
			!support.question &&
			overlap(claim.text, support.text) < 0.35
		)
			return { claim, support };
	}
	return null;
}
