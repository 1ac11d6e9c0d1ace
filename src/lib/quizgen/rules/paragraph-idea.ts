/**
 * "Which sentence best states the main idea of paragraph 4?" The options are the paragraph's own
 * sentences: the key its topic sentence (first, general, in the author's voice), the others the
 * details that develop it, each visibly a detail (a figure, a quotation, an example, a name).
 * Asked only of a paragraph shaped so: one general sentence, then only details on its subject,
 * so exactly one option states what the whole paragraph is about.
 */
import type { Sentence } from '../analyse';
import { wordCount, words } from '../text';
import { sentenceKey, type Candidate, type RuleContext } from './candidate';
import { asOption, choice, selfContained, showable } from './reading';

/** Marks of a supporting detail: a figure, a quotation, an example, a source's words. */
// A quotation of four words or more: scare quotes (“freeze-thaw”) make no source's words.
const DETAIL_CUE =
	/\d|[“"](?:\S+\s+){3,}[^”"]*[”"]|\b(?:for example|for instance|such as|including|like|said|says|according to)\b/i;
/** Narrative openings: a step in a story ("Shortly after the dots stopped, …"), not a topic. */
const NARRATIVE =
	/^(?:(?:about|nearly|almost|some|just)\s+)?(?:a|an|one|two|three|four|five|several|many|a few)\s+(?:days?|weeks?|months?|years?|decades?)\s+(?:later|after)\b|^(?:shortly|soon|after|before|when|then|later|once|during|while|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|last (?:week|month|year)|this (?:week|month|year)|in (?:january|february|march|april|may|june|july|august|september|october|november|december))\b/i;
/** A journey told step by step ("The Polaris motored out of …"): narration, not a topic. */
const MOVES =
	/\b(?:motored|sailed|drove|walked|headed|arrived|climbed|rode|flew|boarded|docked|stepped|steamed|pulled (?:out|into|up)|set (?:off|out))\b/i;
/**
 * A topic sentence states; it does not lean, quote, count or speak as "I" or "you". "As for X,
 * it …" picks up one more item of a list: a detail of the paragraph before, not a topic.
 */
const NOT_TOPIC =
	/[“”"\d:;()]|\b(?:I|I['’]m|I['’]ve|me|my|we|our|you|your|said|says|told|according to|declined|comment(?:ed)?|announced|spokes(?:man|woman|person))\b|^(?:but|and|so|yet|or|also|then|still|however|for example|for instance|in fact|as for|as to|this|that|these|those|it|they|he|she|there)\b/i;
/** A closing sentence that sums up ("So …", "In short, …") is a second main idea: no item. */
const SUMS_UP = /^(?:so|thus|therefore|in short|overall|in sum|in other words|all told)\b/i;

const STOP = new Set(
	'about after also been being could does from have into more most much only other over same such than that their them then there these they this those very were what when where which while will with would'.split(
		' '
	)
);
const stems = (text: string) =>
	new Set(
		words(text)
			.filter((w) => w.length >= 4 && !STOP.has(w))
			.map((w) => w.slice(0, 5))
	);

export function isTopic(s: Sentence): boolean {
	const n = wordCount(s.text);
	return (
		n >= 7 &&
		n <= 30 &&
		!s.question &&
		!NOT_TOPIC.test(s.text) &&
		!NARRATIVE.test(s.text) &&
		!MOVES.test(s.text) &&
		showable(s) &&
		selfContained(s.text) &&
		!s.mentions.some((m) => m.type === 'person')
	);
}

/**
 * A detail: visibly specific (a figure, a quotation, an example, a source's words), not a
 * second general statement or a summing-up, and fit to stand as an option (`showable`: no
 * fragment of a quotation, no pronoun pointing outside it).
 */
function isDetail(s: Sentence, topic: Sentence): boolean {
	// "(Alibaba says it has no plans …)" is an aside: no option.
	return isSupporting(s, topic) && showable(s) && !LEANS_BACK.test(s.text) && !/^\(/.test(s.text);
}

/** "It stays open …", "This means …": a sentence that leans on the one before develops it. */
const LEANS_BACK = /^(?:it|its|they|their|this|these|those|that|he|she|his|her)\b/i;

/**
 * A sentence that develops the topic rather than making a second point: a visible detail (a
 * figure, a quotation, an example, a source's words), a named person, place or organisation
 * (one instance of the general point), or a sentence leaning on the one before. Only the ones
 * fit to stand alone (`isDetail`) are shown as options.
 */
function isSupporting(s: Sentence, topic: Sentence): boolean {
	if (s.question || SUMS_UP.test(s.text)) return false;
	// A name the topic does not give ("Cafés on Bridge Street …") is one instance of its point; a
	// name it does give ("While Uber preaches …" after "Uber underpays …") may be a second point.
	const own = new Set(words(topic.text));
	const instance = [
		...s.mentions.map((m) => m.text),
		...s.tokens.filter((t) => t.pos === 'PROPN' && t.start > s.start).map((t) => t.text)
	].some((name) => words(name).every((w) => !own.has(w)));
	return DETAIL_CUE.test(s.text) || LEANS_BACK.test(s.text) || instance;
}

interface Shape {
	topic: Sentence;
	details: Sentence[];
	/** The last paragraph the details come from: "paragraphs 5–7" when past the topic's own. */
	last: number;
	cohesion: number;
}

/**
 * The topic sentence opening `paragraph` and the details that develop it: the rest of its
 * paragraph and, when that is short (news paragraphs are one or two sentences), the next one or
 * two paragraphs while every sentence in them is a detail. Null when it is not shaped so.
 */
function shapeAt(byParagraph: Sentence[][], paragraph: number, skip: Set<number>): Shape | null {
	const [topic, ...rest] = byParagraph[paragraph] ?? [];
	if (!topic || rest.length > 5 || !isTopic(topic)) return null;
	if (!rest.every((s) => isSupporting(s, topic))) return null;
	const details = rest.filter((s) => isDetail(s, topic));
	let last = paragraph;
	const own = stems(topic.text);
	const onTopic = (s: Sentence) => [...stems(s.text)].some((w) => own.has(w));
	// A later paragraph develops the topic only when it returns to the topic's words: "Hicks said
	// she was surprised…" after "The Flag Code has guidelines…" is a new subject, while "Two
	// gunmen died" beside "…a museum worker was killed" still tells of the museum attack.
	for (let q = paragraph + 1; q <= paragraph + 2 && details.length < 3; q++) {
		const next = byParagraph[q] ?? [];
		if (
			skip.has(q) ||
			next.length === 0 ||
			next.length > 3 ||
			!next.every((s) => isDetail(s, topic)) ||
			!next.some(onTopic)
		)
			break;
		details.push(...next);
		last = q;
	}
	if (details.length < 2) return null;
	// The details develop the topic: most of them share one of its words.
	const sharing = details.filter(onTopic).length;
	if (sharing * 2 < details.length) return null;
	// Nearest the topic's length first, so that length gives little away.
	const length = wordCount(topic.text);
	const closest = [...details]
		.sort((a, b) => Math.abs(wordCount(a.text) - length) - Math.abs(wordCount(b.text) - length))
		.slice(0, 3)
		.sort((a, b) => a.paragraph - b.paragraph || a.index - b.index);
	// No length tell: some detail is at most about twice the topic sentence's length.
	if (!closest.some((d) => wordCount(d.text) <= 2 * length + 2)) return null;
	return { topic, details: closest, last, cohesion: sharing / details.length };
}

/** At most one paragraph item per article: the best-shaped paragraph outside the lede. */
export function paragraphIdeaQuestions(ctx: RuleContext, skip: Set<number>): Candidate[] {
	const { analysis } = ctx;
	const shapes = analysis.byParagraph
		.map((_, paragraph) =>
			paragraph === 0 || skip.has(paragraph) ? null : shapeAt(analysis.byParagraph, paragraph, skip)
		)
		.filter((s): s is Shape => s !== null)
		.sort((a, b) => b.cohesion - a.cohesion || a.topic.paragraph - b.topic.paragraph);
	const best = shapes[0];
	if (!best) return [];
	const { topic, details, last } = best;
	const where =
		last === topic.paragraph
			? `paragraph ${topic.paragraph + 1}`
			: `paragraphs ${topic.paragraph + 1}–${last + 1}`;
	const made = choice({
		ctx,
		skill: 'central-idea',
		rule: 'central-idea-paragraph',
		prompt: `Which sentence best states the main idea of ${where}?`,
		answer: asOption(topic.text),
		decoys: details.map((d) => asOption(d.text)),
		evidence: { paragraph: topic.paragraph, start: topic.start, end: topic.end },
		because:
			last === topic.paragraph
				? 'this general statement is what the paragraph is about; its other sentences give the details that develop it'
				: 'this general statement is what these paragraphs are about; the sentences after it give the details that develop it',
		sentenceKey: sentenceKey(topic),
		quality: details.length === 3 ? 0.8 : 0.72
	});
	return made ? [made] : [];
}
