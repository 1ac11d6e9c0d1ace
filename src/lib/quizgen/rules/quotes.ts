/**
 * "Who said: “…”?" for direct quotations whose speaker the text names right beside the quote
 * (“…,” Desai said / Lindqvist said: “…”). A "she said" counts only when the paragraph's
 * sentence before names exactly one person; the evidence then spans both sentences. Quotes
 * inside someone else's reported speech never match, since the verb must touch the quote.
 */
import type { Analysis, ArticleMention, Sentence } from '../analyse';
import { containsPhrase, hash, wordCount } from '../text';
import {
	genderOf,
	inCaption,
	inTitle,
	isClutter,
	sentenceKey,
	type Candidate,
	type RuleContext
} from './candidate';
import { lastSpeaker, namedByRole, speaks } from '../roles';
import { antecedent, explain } from '../sentences';
import { acceptedNames, rivals } from './who';
import { peopleOptions } from './people-options';

const VERBS =
	'said|says|told|tells|added|adds|warned|argued|insisted|stressed|noted|explained|wrote|writes|declared|recalled|recalls|replied|admitted|cautioned|conceded';
/**
 * Words between a quote and its speaker's name: roles ("press secretary", "Pakistan-based
 * developer"), never a preposition ("a friend of Cho said" is not Cho's line).
 */
const FILLER = `(?:(?!(?:of|for|to|with|at|by|and|from|in|on|about|after|before)\\s)[\\p{L}.’'-]+\\s+)`;
const AFTER = new RegExp(
	`^,?\\s*(?:(she|he)|${FILLER}{0,4}?(\\p{Lu}[\\p{L}’'-]+))\\s+(?:${VERBS})\\b`,
	'u'
);
/** "…,” said Mr. McHugh", "…,” says chief inspector Ann Lowe", "…,” according to Lowe". */
const SAID_NAME = new RegExp(
	`^,?\\s*(?:${VERBS}|according to)\\s+(?:(?:Mr|Mrs|Ms|Dr|Prof)\\.?\\s+)?(?:(?!(?:of|for|to|with|at|by|in|on)\\s)\\p{Ll}[\\p{L}-]*\\s+){0,3}(\\p{Lu}[\\p{L}’'-]+)`,
	'u'
);
const BEFORE = new RegExp(`(\\p{Lu}[\\p{L}’'-]+),?\\s+(?:${VERBS})(?:\\s+\\w+)?\\s*[:,]\\s*$`, 'u');

const FRAGMENT_START = /^(?:because|and|but|or|so|then|yes|no)\b/i;

/**
 * A title, not a quotation: “A Paradise Built in Hell: The Extraordinary Communities…” (most
 * words capitalised) is a book its author "wrote of", never a line anyone said.
 */
function isTitle(inner: string): boolean {
	const all = inner.split(/\s+/).filter((w) => /^\p{L}/u.test(w));
	const capitalised = all.filter((w) => /^\p{Lu}/u.test(w)).length;
	return all.length > 0 && capitalised / all.length >= 0.6;
}

interface Quote {
	paragraph: number;
	start: number;
	end: number;
	text: string;
	/** Where the named speaker (or the pronoun) sits. */
	speakerAt: number;
	pronoun: boolean;
}

function findQuotes(text: string, paragraph: number): Quote[] {
	const quotes: Quote[] = [];
	// Curly pairs and straight pairs are matched separately, so a stray mark cannot join them.
	for (const match of [...text.matchAll(/“([^”]+)”/g), ...text.matchAll(/"([^"]+)"/g)]) {
		const start = match.index;
		const end = start + match[0].length;
		const inner = match[1] ?? '';
		// A quote opening "Because …" or "And …" answers an interviewer: a fragment out of context.
		if (wordCount(inner) < 6 || FRAGMENT_START.test(inner) || isTitle(inner)) continue;
		const afterText = text.slice(end);
		const spoken = AFTER.exec(inner.endsWith(',') ? `,${afterText}` : afterText);
		const saidName = SAID_NAME.exec(afterText);
		const before = BEFORE.exec(text.slice(0, start));
		if (spoken) {
			const at = end + afterText.indexOf(spoken[1] ?? spoken[2] ?? '');
			quotes.push({ paragraph, start, end, text: inner, speakerAt: at, pronoun: !!spoken[1] });
		} else if (saidName?.[1]) {
			const at = end + afterText.indexOf(saidName[1]);
			quotes.push({ paragraph, start, end, text: inner, speakerAt: at, pronoun: false });
		} else if (before?.[1]) {
			quotes.push({ paragraph, start, end, text: inner, speakerAt: before.index, pronoun: false });
		}
	}
	return quotes;
}

/** The named speaker and the sentence that names them, or null when it is not certain. */
function resolveSpeaker(
	quote: Quote,
	analysis: Analysis
): { speaker: ArticleMention; from: Sentence } | null {
	const inParagraph = analysis.byParagraph[quote.paragraph] ?? [];
	const home = inParagraph.find((s) => s.start <= quote.speakerAt && quote.speakerAt < s.end);
	if (!home) return null;
	const people = (s: Sentence) => s.mentions.filter((m) => m.type === 'person');
	if (!quote.pronoun) {
		const speaker = people(home).find((m) => m.start <= quote.speakerAt && quote.speakerAt < m.end);
		return speaker ? { speaker, from: home } : null;
	}
	const previous = inParagraph.find((s) => s.index === home.index - 1);
	const quoteStartsHome = home.start >= quote.start - 1;
	if (!quoteStartsHome || people(home).length) return null;
	const speaker = previous && antecedent(home, analysis);
	if (previous && speaker) return { speaker, from: previous };
	// "“…,” he added." opening its paragraph, or after a sentence naming nobody: the last
	// person quoted before, when nobody else of that gender is named between (`lastSpeaker`).
	const gender = pronounGender(analysis.paragraphs[quote.paragraph] ?? '', quote);
	const last = lastSpeaker(analysis, home, gender);
	if (!last) return null;
	return { speaker: last, from: home };
}

/** "she" or "he" at the pronoun speaker's place. */
function pronounGender(text: string, quote: Quote): 'female' | 'male' {
	return /^she\b/i.test(text.slice(quote.speakerAt)) ? 'female' : 'male';
}

const pronounWord = (text: string, quote: Quote) =>
	pronounGender(text, quote) === 'female' ? 'she' : 'he';

/** A quote that tells its speaker's gender ("as a mother", "my husband"), or null. */
function selfGender(spoken: string): 'female' | 'male' | null {
	const female =
		/\b(?:as an? (?:woman|mother|mum|mom|wife|daughter|sister|grandmother|girl)|my husband)\b/i;
	const male = /\b(?:as an? (?:man|father|dad|husband|son|brother|grandfather|boy)|my wife)\b/i;
	if (female.test(spoken) === male.test(spoken)) return null;
	return female.test(spoken) ? 'female' : 'male';
}

const LOOSE_START = /^(?:he|she|they|it|this|that|these|those|him|her|them)\b/i;

/**
 * Words that point outside the quote ("I was shocked to see that level", "one of the better
 * ones", "we tried out that once"): alone in a prompt the line means nothing, and a blind reader
 * called such items trivial. A possessive ("its doors") points inside and stays.
 */
const POINTS_OUTSIDE =
	/\bones\b|\b(?:that|this) (?:level|one|once|time|point|way|much|many|kind|stuff|thing)\b|\b(?:tried out|did|do|does|saw|see) (?:that|this)\b/i;

/** A speech verb, or "that"/"told …" reporting, before the quote in its own sentence. */
const REPORTING = new RegExp(`\\b(?:${VERBS}|told|recalled|asked|that)\\b`, 'i');

/**
 * Whether the quote is the named speaker's own words: not nested in another quotation (‘…’
 * inside “…”) and not inside someone else's reported speech ("Ortiz said Cho told her: “…”").
 */
function ownWords(quote: Quote, text: string, speakerAt: number, home: Sentence): boolean {
	if (/[‘’']/.test(text.slice(Math.max(0, quote.start - 2), quote.start))) return false;
	const before = text.slice(home.start, Math.min(quote.start, speakerAt));
	const opened = (before.match(/“/g) ?? []).length > (before.match(/”/g) ?? []).length;
	return !opened && !REPORTING.test(before);
}

export function quoteQuestions(ctx: RuleContext): Candidate[] {
	const { analysis } = ctx;
	return analysis.paragraphs.flatMap((text, paragraph) =>
		findQuotes(text, paragraph).flatMap((quote): Candidate[] => {
			if (wordCount(quote.text) > 40 || isClutter(quote.text)) return [];
			if (inCaption(analysis, paragraph)) return [];
			// "“He just gives it all away”": whom the quote's own pronoun means is never shown.
			if (LOOSE_START.test(quote.text) || /^(?:also|too|then|and|but|so)\b/i.test(quote.text))
				return [];
			if (POINTS_OUTSIDE.test(quote.text)) return [];
			const resolved = resolveSpeaker(quote, analysis);
			// The quote's own sentence, not the one naming a "she said" speaker before it.
			const own = (analysis.byParagraph[paragraph] ?? []).find((x) => quote.start < x.end);
			if (!resolved || !own || !ownWords(quote, text, quote.speakerAt, own)) return [];
			const { speaker, from } = resolved;
			// "…,” she said" after "To Lorenz’s delight, Hamilton…": the pronoun must fit the
			// person it resolves to, whose gender the article must show.
			if (quote.pronoun && genderOf(ctx, speaker.text) !== pronounGender(text, quote)) return [];
			const last = (analysis.byParagraph[paragraph] ?? []).find(
				(s) => s.start < quote.end && quote.end <= s.end + 1
			);
			const spoken = quote.text.trim().replace(/[,.;:]$/, '');
			const prompt = `Who said: “${spoken}”?`;
			if (!last || containsPhrase(spoken, speaker.text.split(' ').pop() ?? '')) return [];
			// The only person named (or one of two) is no question: two rivals at least.
			// Rivals are people the article also quotes, and none the quote or its sentence names:
			// "…Netanyahu broke a lot of crockery" is never Netanyahu's own line.
			const cited = (last.text + ' ' + from.text).replace(speaker.text, ' ');
			const named = rivals(ctx, speaker, prompt);
			if (!named || named.length < 2) return [];
			// "…the prime minister has made clear that he…" is not the prime minister's own line.
			// "As a mother of three, …": no man is a rival, the quote rules him out.
			const self = selfGender(spoken);
			const others = named.filter(
				(name) =>
					speaks(analysis, name) &&
					!containsPhrase(cited, name) &&
					!namedByRole(analysis, name, spoken) &&
					!(self && genderOf(ctx, name) && genderOf(ctx, name) !== self)
			);
			const pool = new Set(others);
			const keep = (value: string) => pool.has(value.split(/\s+/).pop() ?? value);
			const seed = hash(prompt, ctx.seed);
			const request = { answer: speaker, analysis, avoid: prompt, count: 3, seed, keep };
			// Fewer than three rivals who speak: the speaker is typed, not picked from a weak list
			// (a "Who said" with three names is a near guess and reads thin).
			const offered = others.length >= 3 ? peopleOptions(ctx, request) : null;
			const choice = offered && offered.options.length >= 4 ? offered : null;
			const first = (analysis.byParagraph[paragraph] ?? []).find((s) => quote.start < s.end);
			const start = Math.min(from.start, first?.start ?? from.start);
			const evidence = { paragraph, start, end: Math.max(last.end, quote.end) };
			const citedText = explain(analysis, paragraph, evidence.start, evidence.end);
			const rule = quote.pronoun ? 'quote-pronoun-speaker' : 'quote-named-speaker';
			const base = {
				prompt,
				skill: 'key-details' as const,
				answer: speaker.text,
				explanation:
					speaker.paragraph === paragraph
						? `${citedText}, so ${speaker.text} said it.`
						: `${citedText}; “${pronounWord(text, quote)}” is ${speaker.text}, who speaks in paragraph ${speaker.paragraph + 1}, so ${speaker.text} said it.`,
				evidence,
				sentenceKey: sentenceKey(last),
				factKey: speaker.text.toLowerCase()
			};
			// An interview's subject, named in the headline, says nearly every quote: easy to guess.
			const confidence = (quote.pronoun ? 0.85 : 0.95) * (inTitle(ctx, speaker.text) ? 0.7 : 1);
			// Without enough people of the article to choose from, the speaker is typed instead.
			if (!choice) {
				if (inTitle(ctx, speaker.text)) return [];
				const acceptedAnswers = acceptedNames(ctx, speaker);
				return [
					{ ...base, kind: 'short_answer', acceptedAnswers, rule, quality: 0.8 * confidence }
				];
			}
			const quality = confidence * choice.quality;
			return [{ ...base, kind: 'quote_attribution', options: choice.options, rule, quality }];
		})
	);
}
