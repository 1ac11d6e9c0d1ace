/**
 * Inference from "once-" before an adjective: "the once-bustling harbour" implies, without
 * saying it, that the harbour is no longer bustling. Asked with the sentence quoted: "What does
 * “once-bustling” suggest about the harbour?", the key "It was bustling before, but not
 * now.", the wrong options what "once" rules out: never so, still so, only lately so.
 * The adjective is kept in every option, so the item tests the "once", not the word's meaning.
 * "once-in-a-lifetime" and "once a week" are no such word.
 */
import type { Sentence } from '../analyse';
import type { Token } from '../nlp';
import { inQuotes, wordCount } from '../text';
import { sentenceKey, type Candidate, type RuleContext } from './candidate';
import { choice, showable, spanOf } from './reading';

/** "the once-bustling harbour", "its once-dominant position" (a hyphen: "once great" is no compound). */
const ONCE =
	/\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Tt]his|[Tt]hat)\s+once-(\p{Ll}+)\s/u;
const PLURALS = new Set(['people', 'children', 'men', 'women', 'police']);

/** The nouns after the adjective, with one "of" phrase: "form of lighting", "harbour town". */
function nounRun(tokens: Token[]): Token[] {
	const nouns = (from: number) => {
		let i = from;
		while (tokens[i] && /^(?:NOUN|PROPN)$/.test(tokens[i]!.pos)) i++;
		return i;
	};
	let end = nouns(0);
	if (end > 0 && tokens[end]?.text === 'of' && nouns(end + 1) > end + 1) end = nouns(end + 1);
	return tokens.slice(0, end);
}

interface Described {
	adjective: string;
	/** The noun phrase it describes, for the prompt: "harbour", "neon signs". */
	noun: string;
	many: boolean;
}

function describedOf(s: Sentence): Described | null {
	const m = ONCE.exec(s.text);
	if (!m) return null;
	const adjective = m[1] as string;
	const at = s.start + m.index + m[0].length;
	const word = s.tokens.find((t) => t.start >= at - adjective.length - 1 && t.text === adjective);
	// The word after "once-" describes: an adjective or a participle ("thriving", "celebrated").
	const describes = word?.pos === 'ADJ' || (word?.pos === 'VERB' && /(?:ing|ed)$/.test(adjective));
	if (!describes) return null;
	const run = nounRun(s.tokens.filter((t) => t.start >= at));
	const head = run.at(-1);
	if (run.length === 0 || run.length > 4 || !head || head.pos !== 'NOUN') return null;
	const noun = s.text.slice(run[0]!.start - s.start, head.end - s.start);
	const last = head.text.toLowerCase();
	const many = PLURALS.has(last) || (/s$/.test(last) && !/(?:ss|us|is)$/.test(last));
	return { adjective, noun, many };
}

export function onceQuestion(s: Sentence, ctx: RuleContext): Candidate | null {
	if (!showable(s) || s.question || s.inQuote || /[“”"]/.test(s.text)) return null;
	if (wordCount(s.text) > 40) return null;
	const d = describedOf(s);
	if (!d) return null;
	const [It, is, has] = d.many ? ['They', 'are', 'have'] : ['It', 'is', 'has'];
	const past = d.many ? 'were' : 'was';
	return choice({
		ctx,
		skill: 'inference',
		rule: 'inference-once',
		prompt: `In paragraph ${s.paragraph + 1}, the article says: ${inQuotes(s.text)} What does “once-${d.adjective}” suggest about the ${d.noun}?`,
		// Options of one length: a long key among short decoys is picked unread.
		answer: `${It} ${past} ${d.adjective} before, but not now.`,
		decoys: [
			`${It} ${has} never been ${d.adjective} at all.`,
			`${It} ${is} still as ${d.adjective} as ever.`,
			`${It} only became ${d.adjective} quite recently.`
		],
		evidence: spanOf(s),
		because: `“once-${d.adjective}” means the ${d.noun} used to be ${d.adjective} and no longer ${is}`,
		sentenceKey: sentenceKey(s),
		quality: 0.84
	});
}

export function onceQuestions(ctx: RuleContext): Candidate[] {
	return ctx.analysis.sentences.flatMap((s) =>
		s.text.includes('once-') ? (onceQuestion(s, ctx) ?? []) : []
	);
}
