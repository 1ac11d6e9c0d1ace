/**
 * Giveaways a student can see without reading the article: a choice draft whose key alone
 * echoes the headline ("Obama admits gun laws are his biggest frustration" over a key restating
 * it and decoys about other things), or alone shares a topic word of its own prompt (a claim
 * about winter gas leaks, and the only option naming winter). Blind judges rejected such items
 * as "answerable from the title alone" or as a word-matching tell; the wrong options must echo
 * as much as the key does. `generate.ts` drops a draft that gives itself away.
 */
import { contentWords, OPTION_LEAD } from './rules/printed-key';
import { memo, words } from './text';

/**
 * A key holding at least `words` headline words, `margin` more than any wrong option, restates
 * the headline. A central-idea question asks about the whole article, which the headline sums
 * up (judged: 3 headline words against 1 already answered it; 2 against 0 did not). A question
 * on one paragraph echoes the headline by the way: it needs a wider margin to give itself away.
 */
export const TITLE_ECHO = { whole: { words: 3, margin: 2 }, part: { words: 3, margin: 3 } };

/** Three-letter words that name nothing ("gas", "tax", "war" do): not a prompt's topic. */
const SHORT_STOP = new Set(
	'the and for are but not you all any can had her was one our out day get has him his how new now old see two way who did its let put say she too use also may own per via yet why'.split(
		' '
	)
);

/**
 * The words of a prompt's template ("Which statement best expresses the central idea …"): only
 * what fills the template is the prompt's topic.
 */
const PROMPT_TEMPLATE = new Set(
	'which statement best expresses central idea article paragraph author claims include example sentence supports claim most nearly mean used reason according true false person would likely agree part'.split(
		' '
	)
);

/** A word's stem for "the same word": "admits", "admitted" and "admit" are one. */
function stem(word: string): string {
	const bare = word.replace(/'s?$/, '').replace(/(?:ies|es|s|ed|ing|ly)$/, '');
	return bare.length > 5 ? bare.slice(0, 5) : bare;
}

const stemsOf = memo(
	(text: string) => new Set(contentWords(text.replace(OPTION_LEAD, '')).map(stem))
);

/** A text's topic words: its content words and the short nouns ("gas") among its words. */
const topicStems = memo(
	(text: string) =>
		new Set(
			[...contentWords(text), ...words(text).filter((w) => w.length === 3 && !SHORT_STOP.has(w))]
				.filter((w) => !PROMPT_TEMPLATE.has(w) && !/^\d/.test(w))
				.map(stem)
		)
);

/** What the prompt asks about, outside any sentence it quotes (a quoted sentence is context). */
const unquoted = (prompt: string) => prompt.replace(/“[^”]*”|"[^"]*"/g, ' ');

function shared(option: string, target: Set<string>, own = stemsOf): number {
	let n = 0;
	for (const s of own(option)) if (target.has(s)) n++;
	return n;
}

export interface ChoiceDraft {
	skill: string;
	prompt: string;
	options?: string[];
	answer: string;
}

/** How many of `target`'s words the key shares, and the most any wrong option shares. */
function echoes(
	draft: ChoiceDraft,
	target: Set<string>,
	own = stemsOf
): { key: number; decoy: number } {
	const decoys = (draft.options ?? []).filter((o) => o !== draft.answer);
	const decoy = Math.max(0, ...decoys.map((o) => shared(o, target, own)));
	return { key: shared(draft.answer, target, own), decoy };
}

/** The key restates the headline and no wrong option comes near it. */
export function titleGiveaway(draft: ChoiceDraft, title: string): boolean {
	if ((draft.options?.length ?? 0) < 2) return false;
	const echo = draft.skill === 'central-idea' ? TITLE_ECHO.whole : TITLE_ECHO.part;
	const { key, decoy } = echoes(draft, stemsOf(title));
	return key >= echo.words && key - decoy >= echo.margin;
}

/**
 * The key alone names what the prompt is about, in two words at least (one shared word is
 * how a supporting sentence follows its claim; two with none elsewhere is a matching tell).
 */
export function topicGiveaway(draft: ChoiceDraft): boolean {
	if ((draft.options?.length ?? 0) < 2) return false;
	const { key, decoy } = echoes(draft, topicStems(unquoted(draft.prompt)), topicStems);
	return key >= TOPIC_WORDS && decoy === 0;
}

/** Topic words of the prompt the key alone must share to give itself away. */
const TOPIC_WORDS = 2;

export function givesAway(draft: ChoiceDraft, title: string): boolean {
	return titleGiveaway(draft, title) || topicGiveaway(draft);
}

/** A short key's distinctive word: the surname of "Georges Claude", the "Paris" of a place. */
export function keyHead(answer: string): string | undefined {
	const parts = answer.trim().split(/\s+/);
	const last = parts[parts.length - 1] ?? '';
	return parts.length <= 4 && /^\p{Lu}[\p{L}'’-]{2,}$/u.test(last) ? last : undefined;
}

/**
 * Whether two texts share a topic word other than `value`'s: "neon" in a question on who
 * premiered neon lights and in another draft's quoted sentence about Claude and neon.
 */
export function sharesTopic(a: string, b: string, value: string): boolean {
	const own = topicStems(value);
	const other = topicStems(b);
	for (const s of topicStems(a)) if (!own.has(s) && other.has(s)) return true;
	return false;
}
