/**
 * "Which statement best expresses the central idea of the article?" The key is the sentence of
 * the lede (first two paragraphs) whose words recur most across the article and its headline;
 * the wrong options are true but minor details from later paragraphs, whose words the rest of
 * the article barely returns to. Asked only when the key clearly out-scores every decoy.
 */
import type { Analysis, Sentence } from '../analyse';
import { words } from '../text';
import { sentenceKey, type Candidate, type RuleContext } from './candidate';
import { asOption, choice, selfContained, showable, similarLength, spanOf } from './reading';

const STOP = new Set(
	'about after again also among another because been before being between both could does during each even every from have having here however into itself just like made make many more most much must only other over said says same should since some such than that their them then there these they this those through under until very were what when where which while will with would year years first last people told there'.split(
		' '
	)
);

const contentWords = (text: string) => words(text).filter((w) => w.length >= 4 && !STOP.has(w));

/** How central each sentence is: the share of its content words found in other paragraphs. */
export function centrality(analysis: Analysis): Map<Sentence, number> {
	const paragraphsOf = new Map<string, Set<number>>();
	analysis.paragraphs.forEach((p, i) => {
		for (const w of contentWords(p)) paragraphsOf.set(w, (paragraphsOf.get(w) ?? new Set()).add(i));
	});
	const title = new Set(contentWords(analysis.title));
	const n = Math.max(analysis.paragraphs.length - 1, 1);
	const scores = new Map<Sentence, number>();
	for (const s of analysis.sentences) {
		const own = [...new Set(contentWords(s.text))];
		if (own.length === 0) continue;
		const spread = own.reduce((sum, w) => {
			const others = (paragraphsOf.get(w)?.size ?? 1) - 1;
			return sum + Math.min(others / n, 0.5) + (title.has(w) ? 0.5 : 0);
		}, 0);
		scores.set(s, spread / Math.sqrt(own.length));
	}
	return scores;
}

/** A quotation longer than a scare-quoted phrase (“hit land”): a speaker's words, not the gist. */
const QUOTE = /[“"](?:\S+\s+){4,}[^”"]*[”"]/;
/** Openings that lean on the sentence before, or sum up (a summary is no minor detail). */
const DISCOURSE =
	/^(?:but|and|so|yet|or|then|also|often|still|it[’']s|it is|that[’']s|there[’']s|despite|in short|overall|the bottom line|as a result|however|meanwhile|instead|for example|for instance|consequently|in addition)\b|^[^,.]{0,40}:/i;
/** First or second person: a decoy in "I" or "you" beside a third-person key is a tell. */
const PERSONAL = /\b(?:I|I'm|I've)\b|\b(?:we|we're|you|your|you're|my|our)\b/i;
const SUMMING = /\b(?:bottom line|in short|overall|in sum|the point is|the question is)\b/i;
const PROMPT = 'Which statement best expresses the central idea of the article?';
/**
 * An anecdotal or scene-setting hook ("X was just seven years old when…", "Half a century ago,
 * …"): it opens the story but is not its point.
 */
const ANECDOTE =
	/\b(?:years? old|when (?:he|she|i|we|they) (?:was|were)|one (?:day|morning|afternoon|evening|night)|on an? \w+ (?:morning|afternoon|evening|night)|ago|once upon|it was (?:a|the|just))\b/i;
/** A decoy must read alone: no pronoun, "this vulnerability", "as much" or "on the other hand". */
const LEANS = /\b(?:it|they|them|he|him|she|this|these|those|as much|on the other hand)\b/i;
/** "LONDON — " and similar datelines, and a drop-capital first word ("A HIGH-powered team"). */
const DATELINE = /^(?:[A-Z][A-Z.]+(?:,? [A-Z][A-Za-z.]+)*\s*(?:\([^)]*\)\s*)?[—–-]\s+)/;

/** The sentence as an option: dateline off, a drop-capital word back in lower case. */
function cleanLede(text: string): string {
	return text
		.replace(DATELINE, '')
		.replace(
			/^(\S+\s+)?([A-Z]{2,})(?=-[a-z])/,
			(_, a: string | undefined, w: string) => `${a ?? ''}${w.toLowerCase()}`
		);
}

/** Title words the sentence shares (five-letter stems, so "cartels" meets "Cartel"). */
function titleShare(title: string, text: string): number {
	const stems = new Set(contentWords(title).map((w) => w.slice(0, 5)));
	return new Set(
		contentWords(text)
			.map((w) => w.slice(0, 5))
			.filter((w) => stems.has(w))
	).size;
}

export function centralIdeaQuestions(ctx: RuleContext): Candidate[] {
	const { analysis } = ctx;
	if (analysis.paragraphs.length < 5) return [];
	const scores = centrality(analysis);
	const fits = (s: Sentence, min: number, max: number) => {
		const n = words(s.text).length;
		return n >= min && n <= max && showable(s) && !QUOTE.test(s.text) && !DISCOURSE.test(s.text);
	};
	const person = (s: Sentence) => PERSONAL.test(s.text);
	// The key states the headline's subject: the first sentence may name one title word ("the
	// ferry"), any other lede sentence two; a hook or a fragment is never the central idea.
	const opening = (s: Sentence) => s.paragraph === 0 && s.index === 0;
	const lede = analysis.sentences
		.filter((s) => s.paragraph <= 1 && fits(s, 12, 40))
		.filter((s) => /^[A-Z“"‘]/.test(cleanLede(s.text)) && !ANECDOTE.test(s.text))
		.filter((s) => titleShare(analysis.title, s.text) >= (opening(s) ? 1 : 2))
		.map((s) => ({
			s,
			score: (scores.get(s) ?? 0) * (s.paragraph === 0 && s.index === 0 ? 1.3 : 1)
		}))
		.sort((a, b) => b.score - a.score)[0]?.s;
	if (!lede) return [];
	// A lede written in "I" or "we" (a review, an essay) states a mood, not the article's point;
	// one followed by "But …" is the set-up the article goes on to question.
	const next =
		analysis.byParagraph[lede.paragraph]?.[lede.index + 1] ??
		analysis.byParagraph[lede.paragraph + 1]?.[0];
	if (person(lede) || /^(?:but|however|yet)\b/i.test(next?.text ?? '')) return [];
	const keyScore = scores.get(lede) ?? 0;
	const cutoff = Math.max(2, Math.floor(analysis.paragraphs.length / 3));
	// Minor details: later sentences scoring well under the key.
	const minor = analysis.sentences
		.filter((s) => s.paragraph >= cutoff && fits(s, 8, 45) && (scores.get(s) ?? 0) < 0.7 * keyScore)
		.filter((s) => person(s) === person(lede) && !SUMMING.test(s.text))
		.filter((s) => selfContained(s.text) && !ANECDOTE.test(s.text) && !LEANS.test(s.text))
		.map((s) => asOption(s.text));
	const answer = asOption(cleanLede(lede.text));
	const decoys = similarLength(answer, minor, 3);
	const made = choice({
		ctx,
		skill: 'central-idea',
		rule: 'central-idea-lede',
		prompt: PROMPT,
		answer,
		decoys,
		evidence: spanOf(lede),
		because:
			'this is the claim the rest of the article develops; the other statements are narrower details from later paragraphs',
		sentenceKey: sentenceKey(lede),
		quality: decoys.length === 3 ? 0.9 : 0.75
	});
	return made ? [made] : [];
}
