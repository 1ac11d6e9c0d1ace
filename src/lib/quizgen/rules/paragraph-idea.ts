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

/** Marks of a supporting detail: a figure, a quotation, an example, a named source. */
const DETAIL_CUE =
	/\d|[“”"]|\b(?:for example|for instance|such as|including|like|said|says|according to)\b/i;
/** A topic sentence states; it does not lean, quote, count or speak as "I" or "you". */
const NOT_TOPIC =
	/[“”"\d:;()]|\b(?:I|I['’]m|I['’]ve|me|my|we|our|you|your|said|says|told|according to|declined|comment(?:ed)?|announced|spokes(?:man|woman|person))\b|^(?:but|and|so|yet|or|also|then|still|however|for example|for instance|in fact|this|that|these|those|it|they|he|she|there)\b/i;
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

function isTopic(s: Sentence): boolean {
	const n = wordCount(s.text);
	return (
		n >= 7 &&
		n <= 30 &&
		!s.question &&
		!NOT_TOPIC.test(s.text) &&
		showable(s) &&
		selfContained(s.text) &&
		!s.mentions.some((m) => m.type === 'person')
	);
}

/** A detail: visibly specific, and not a second general statement or a summing-up. */
function isDetail(s: Sentence): boolean {
	const named = s.mentions.some((m) => ['person', 'place', 'organisation'].includes(m.type));
	return (
		!s.question &&
		!SUMS_UP.test(s.text) &&
		(DETAIL_CUE.test(s.text) || named) &&
		wordCount(s.text) >= 6
	);
}

interface Shape {
	topic: Sentence;
	details: Sentence[];
	cohesion: number;
}

/** The paragraph's topic sentence and its details, or null when it is not shaped so. */
function shapeOf(sentences: Sentence[]): Shape | null {
	if (sentences.length < 3 || sentences.length > 6) return null;
	const [topic, ...rest] = sentences as [Sentence, ...Sentence[]];
	if (!isTopic(topic) || !rest.every(isDetail)) return null;
	// The details develop the topic: most of them share one of its words.
	const own = stems(topic.text);
	const sharing = rest.filter((s) => [...stems(s.text)].some((w) => own.has(w))).length;
	if (sharing * 2 < rest.length) return null;
	const length = wordCount(topic.text);
	const details = [...rest]
		.sort((a, b) => Math.abs(wordCount(a.text) - length) - Math.abs(wordCount(b.text) - length))
		.slice(0, 3);
	// No length tell: some detail is at most about twice the topic sentence's length.
	if (!details.some((d) => wordCount(d.text) <= 2 * length + 2)) return null;
	return { topic, details, cohesion: sharing / rest.length };
}

/** At most one paragraph item per article: the best-shaped paragraph outside the lede. */
export function paragraphIdeaQuestions(ctx: RuleContext, skip: Set<number>): Candidate[] {
	const { analysis } = ctx;
	const shapes = analysis.byParagraph
		.map((sentences, paragraph) =>
			paragraph === 0 || skip.has(paragraph) ? null : shapeOf(sentences)
		)
		.filter((s): s is Shape => s !== null)
		.sort((a, b) => b.cohesion - a.cohesion || a.topic.paragraph - b.topic.paragraph);
	const best = shapes[0];
	if (!best) return [];
	const { topic, details } = best;
	const made = choice({
		ctx,
		skill: 'central-idea',
		rule: 'central-idea-paragraph',
		prompt: `Which sentence best states the main idea of paragraph ${topic.paragraph + 1}?`,
		answer: asOption(topic.text),
		decoys: details.map((d) => asOption(d.text)),
		evidence: { paragraph: topic.paragraph, start: topic.start, end: topic.end },
		because:
			'this general statement is what the paragraph is about; its other sentences give the figures, examples and words of sources that develop it',
		sentenceKey: sentenceKey(topic),
		quality: details.length === 3 ? 0.8 : 0.72
	});
	return made ? [made] : [];
}
