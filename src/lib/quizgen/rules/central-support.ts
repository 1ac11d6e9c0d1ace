/**
 * Claim and evidence on the article's central idea: "Which sentence from the article best
 * supports its central idea?" Nearly every article has a central idea, while an author's claim
 * with its evidence right after it is rare. The idea is the central-idea item's key (the lede
 * `central-idea.ts` picks, `ledeIdea`); the key is a later sentence with a figure or a finding
 * (`isEvidence`) that shares two of the idea's words that are not names and backs it
 * (`supportScore`), never one that restates it. The wrong options are true sentences whose
 * whole paragraph shares no word (nor a word's dictionary form) with the headline, the idea's
 * paragraph or the key's: another subtopic, so they plainly do not back it.
 * The idea is NOT printed: stating it ("The article's central idea is that …") hands over the
 * central-idea item's key, so the ranker never kept both (`keyPrintedIn`) and this item never
 * reached a quiz; unstated, it is the state-test "which detail best supports the central idea"
 * and stands beside the central-idea item.
 */
import type { Sentence } from '../analyse';
import { words } from '../text';
import { sentenceKey, type Candidate, type RuleContext } from './candidate';
import { captionParagraph, ledeIdea } from './central-idea';
import { isEvidence, POINTS_BACK, speaksForItself, stemsOf, supportScore } from './claim-evidence';
import { choice, showable, similarLength, spanOf } from './reading';

/** The least support a key needs: two content words shared and a figure or a finding. */
const MIN_SUPPORT = 3;
/** Openings that lean on the sentence before or answer it: no option can start so. */
const LEANS =
	/^(?:but|and|so|yet|or|also|still|however|meanwhile|instead|now|then|that|this|these|those|it|its|they|their|he|she|his|her|there)\b/i;
const hasFigure = (s: Sentence) => /\d/.test(s.text);

/** A sentence fit to be an option here: reads alone, no quotation, no leaning opening. */
const optionFit = (s: Sentence) =>
	showable(s) &&
	speaksForItself(s) &&
	!s.question &&
	!s.inQuote &&
	!/[“”"()]/.test(s.text) &&
	!LEANS.test(s.text) &&
	words(s.text).length >= 8 &&
	words(s.text).length <= 35;

/** "also", "too", "ones": an option that adds to a point made elsewhere, or leans on it. */
const ADDS = /\b(?:also|too|ones|another|other)\b/i;
const LEXICAL = ['noun', 'verb', 'adj'] as const;

/**
 * `stemsOf` with each word's dictionary form as well, so "frozen" meets "freeze" and "mice"
 * meets "mouse": a decoy on the idea's subject in other inflections is no decoy.
 */
function lemmaStems(ctx: RuleContext, text: string): string[] {
	const stems = stemsOf(text);
	const out = new Set(stems);
	if (ctx.lexicon)
		for (const w of words(text))
			if (w.length >= 3)
				for (const pos of LEXICAL) {
					const lemma = ctx.lexicon.lemma(w, pos);
					if (lemma && lemma !== w && lemma.length >= 3) out.add(lemma.slice(0, 5));
				}
	return [...out];
}

/**
 * Whether `s` shares two of the idea's content words that are not names: sharing "Amazon" and
 * "Whole Foods" says both are about the company, not that one backs the other.
 */
function sharesPoint(idea: Sentence, s: Sentence): boolean {
	// Words of a proper noun or of a found name ("Whole Foods": "Whole" may not be tagged).
	const names = new Set(
		[idea, s].flatMap((x) => [
			...x.tokens.filter((t) => t.pos === 'PROPN').map((t) => t.text.toLowerCase().slice(0, 5)),
			...x.mentions.flatMap((m) => words(m.text).map((w) => w.slice(0, 5)))
		])
	);
	const own = stemsOf(idea.text);
	return [...stemsOf(s.text)].filter((w) => own.has(w) && !names.has(w)).length >= 2;
}

const PROMPT = 'Which sentence from the article best supports its central idea?';

export function centralSupportQuestions(ctx: RuleContext): Candidate[] {
	const { analysis } = ctx;
	if (analysis.paragraphs.length < 5) return [];
	const captions = new Set(
		analysis.paragraphs.map((_, i) => i).filter((i) => captionParagraph(analysis, i))
	);
	const { sentence: idea, answer: stated } = ledeIdea(ctx, captions);
	if (!idea || !stated) return [];
	const body = analysis.sentences.filter(
		(s) => s.paragraph > idea.paragraph && !captions.has(s.paragraph) && optionFit(s)
	);
	const scored = body
		.map((s) => ({ s, score: isEvidence(s) && sharesPoint(idea, s) ? supportScore(idea, s) : 0 }))
		.sort((a, b) => b.score - a.score);
	const [first] = scored;
	if (!first || first.score < MIN_SUPPORT) return [];
	const key = first.s;
	// The words of the idea's paragraph, the key's and the headline: the article's subject. An
	// option that uses none of them is on another subtopic.
	const topic = [idea.paragraph, key.paragraph].map((p) => analysis.paragraphs[p] ?? '');
	const shared = new Set([analysis.title, ...topic].flatMap((t) => lemmaStems(ctx, t)));
	// A paragraph's words are looked up once, not once for each of its sentences.
	const seen = new Map<string, boolean>();
	const apart = (text: string) => {
		let fit = seen.get(text);
		if (fit === undefined)
			seen.set(text, (fit = lemmaStems(ctx, text).every((w) => !shared.has(w))));
		return fit;
	};
	// Plainly no support: neither the sentence nor its paragraph shares a content word with the
	// idea or the key (a sentence on the same subject in other words would back it too), and it
	// sits two paragraphs from the key at least.
	const unrelated = (s: Sentence) =>
		Math.abs(s.paragraph - key.paragraph) >= 2 &&
		!ADDS.test(s.text) &&
		!POINTS_BACK.test(s.text) &&
		apart(analysis.paragraphs[s.paragraph] ?? s.text);
	const pool = body.filter(unrelated);
	// The key's form first (a figure beside a figure), so that form gives nothing away.
	const sameForm = pool.filter((s) => hasFigure(s) === hasFigure(key));
	const texts = [...sameForm, ...pool.filter((s) => !sameForm.includes(s))].map((s) => s.text);
	const decoys = similarLength(key.text, texts, 3);
	if (decoys.length < 3) return [];
	const made = choice({
		ctx,
		skill: 'claim-evidence',
		rule: 'claim-evidence-central',
		prompt: PROMPT,
		answer: key.text,
		decoys,
		evidence: spanOf(key),
		because: hasFigure(key)
			? 'this sentence gives the figures that back the central idea'
			: 'this sentence reports the finding that backs the central idea',
		sentenceKey: sentenceKey(key),
		quality: 0.78
	});
	return made ? [made] : [];
}
