/**
 * Inference from "only since": "Harvest rights over stranded whales have only been officially
 * recognised since 1998" implies, without saying it, that before 1998 they were not. Asked as
 * "Based on paragraph 22, what can the reader infer about harvest rights over stranded whales?",
 * the key "Before 1998, they were not officially recognised.", the wrong options what "only
 * since" rules out: long recognised, never recognised, recognised until 1998 and no longer. Only
 * a state told with "been" and one word for it (a participle or an adjective: "recognised",
 * "legal", "available") is read, so each option is the same state said of another time.
 */
import type { Sentence } from '../analyse';
import { words } from '../text';
import { sentenceKey, type Candidate, type RuleContext } from './candidate';
import { subjectInPrompt } from './inference-ratio';
import { choice, showable, spanOf } from './reading';

/** "X has/have only been (officially) recognised since 1998" (the year a year, not a decade). */
const ONLY_SINCE = new RegExp(
	String.raw`^(.+?)\s+(has|have)\s+only\s+been\s+((?:[\p{L}-]+ly\s+)?)([\p{L}-]+)\s+since\s+((?:1[89]|20)\d\d)(?=\s*(?:[,.;:—–)]|$)|\s+(?:when|and|but|after|in|as)\b)`,
	'iu'
);
const LOOSE =
	/^(?:it|its|they|their|this|that|these|those|he|she|his|her|we|our|i|you|there|which|who|what)\b/i;

/** The subject a prompt can name: a short noun phrase, no pronoun, clause or attribution. */
function subjectOf(s: Sentence, text: string): string | null {
	const subject = text.trim();
	const size = words(subject).length;
	if (size < 2 || size > 10 || /[,;:“”"()]/.test(subject) || LOOSE.test(subject)) return null;
	if (/\b(?:said|says|and|or|but|while|who|which|that)\b/i.test(subject)) return null;
	const at = s.start + s.text.indexOf(subject);
	const tokens = s.tokens.filter((t) => t.start >= at && t.start < at + subject.length);
	// A participle may describe a noun ("stranded whales"); any other verb makes a clause.
	const verb = (t: { pos: string; text: string }) => t.pos === 'VERB' && !/ed$/i.test(t.text);
	if (tokens.some((t) => t.pos === 'AUX' || t.pos === 'PRON' || verb(t))) return null;
	return /^(?:DET|NOUN|PROPN|ADJ)$/.test(tokens[0]?.pos ?? '') ? subject : null;
}

/** The state word must be a participle or an adjective ("recognised", "legal"), never a noun. */
function stateWord(s: Sentence, word: string): boolean {
	const token = s.tokens.find((t) => t.text === word);
	return !!token && (token.pos === 'ADJ' || (token.pos === 'VERB' && /(?:ed|en|wn)$/i.test(word)));
}

export function onlySinceQuestion(s: Sentence, ctx: RuleContext): Candidate | null {
	if (!showable(s) || s.question || s.inQuote || /[“”"]/.test(s.text)) return null;
	const m = ONLY_SINCE.exec(s.text.trim());
	if (!m) return null;
	const [, raw, have, adverb, word, year] = m as unknown as string[];
	const subject = subjectOf(s, raw as string);
	if (!subject || !stateWord(s, word as string)) return null;
	const many = (have as string).toLowerCase() === 'have';
	const [they, were] = many ? ['they', 'were'] : ['it', 'was'];
	const They = they.charAt(0).toUpperCase() + they.slice(1);
	const state = `${adverb as string}${word as string}`;
	return choice({
		ctx,
		skill: 'inference',
		rule: 'inference-only-since',
		prompt: `Based on paragraph ${s.paragraph + 1}, what can the reader infer about ${subjectInPrompt(ctx.analysis, s, subject)}?`,
		answer: `Before ${year}, ${they} ${were} not ${state}.`,
		decoys: [
			`${They} had been ${state} for a long time before ${year}.`,
			`${They} ${were} ${state} until ${year}, but not since.`,
			`${They} ${many ? 'have' : 'has'} never been ${state}.`
		],
		evidence: spanOf(s),
		because: `“only since ${year}” means ${they} ${were} not ${state} before then`,
		sentenceKey: sentenceKey(s),
		quality: 0.85
	});
}

export function onlySinceQuestions(ctx: RuleContext): Candidate[] {
	const cue = /\bonly been\b/i;
	return ctx.analysis.sentences.flatMap((s) =>
		cue.test(s.text) ? (onlySinceQuestion(s, ctx) ?? []) : []
	);
}
