/**
 * Order of events from dated sentences: "In 1998, the city …", "… was founded in 1924.", "When
 * Ana Ortiz arrived in 1959, …" (the "When" clause is the dated event). When the article dates
 * three or more events in different years, "Which of these happened first?" (or most recently)
 * offers the events without their dates, so the reader must connect each event to its year.
 * An event is trimmed to its main clause (no ", killing …", ", and later …", ", which …"), and a
 * "She"/"He" subject becomes the person named in the sentence before.
 */
import type { Sentence } from '../analyse';
import { listed, words } from '../text';
import { sentenceKey, type Candidate, type RuleContext } from './candidate';
import { asOption, choice, leansOutside, looksLikeClutter } from './reading';

interface Event {
	s: Sentence;
	year: number;
	/** The sentence without its date phrase. */
	event: string;
}

const MONTH =
	'(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const YEAR = '((?:1[6-9]|20)\\d{2})';
/** "in 1998", "in March 1998", "in the summer of 1959", "in early 2010". */
const WHEN = `(?:(?:early|late|mid-)\\s*)?(?:${MONTH}\\s+(?:\\d{1,2},?\\s+)?|the\\s+(?:(?:early|late)\\s+)?(?:spring|summer|fall|autumn|winter)\\s+of\\s+)?${YEAR}`;
// "By 2017, …" dates the event to then as well, in a story told in order.
const LEADING_DATE = new RegExp(`^(?:In|On|By)\\s+${'(?:[^,]{0,30})'},\\s+`);
const LEADING = new RegExp(
	`^(?:(?:But|And|Then|Later|Finally),?\\s+)?(?:In|On|By)\\s+${WHEN},\\s+(.+)$`,
	'i'
);
/** The date phrase anywhere in the main clause: "… was founded in 1924 by two brothers." */
const INSIDE = new RegExp(`,?\\s+in\\s+${WHEN}\\b,?`, 'i');
/** "When Ana Ortiz arrived in the summer of 1959, …": the clause is the dated event. */
const WHEN_CLAUSE = new RegExp(`^(?:When|After)\\s+([^,]+?)\\s+in\\s+${WHEN},\\s+\\S`, 'i');
/** A year in a "When …," or "After …," clause dates that clause, not the sentence's event. */
const SUBORDINATE = /^(?:when|after|before|since|while|although|as|until|if|once|because)\b/i;
/** "when the mayor opposed the bridge, ": a clause inside a dated opening, dropped from the event. */
const WHEN_ASIDE = /^when\s+[^,]{5,80},\s+(?=\S)/i;
/** "as council leader, ": a role or clause after a dated opening, dropped from the event. */
const AS_ASIDE = /^as\s+[^,]{3,60},\s+(?=\S)/i;
/**
 * "… at the Leeds show in 1933 and at the 1939 fair", "… won a prize in 2003 and received a
 * medal in 2016": a second dated place or act joined by "and" is another event, cut from the
 * option (its year would give the order away).
 */
const SECOND_DATED = new RegExp(`\\s+and\\s+[^,]*?\\b${YEAR}\\b.*$`, 'i');
/**
 * "Daniel Rothman, co-director of the Lorenz Center, was preparing …": a role after a name is
 * cut, or the option would be the longest by far. Only a role in lower case ("a senior fellow
 * at …"), never a list of names ("Sudan, Kenya, and …"), a relative or a participle ("…, shattering
 * windows, after …", which the clause cut below removes with all after it).
 */
const ROLE_APPOSITIVE =
	/(?<=\p{Lu}[\p{L}’'-]+),\s+(?!(?:which|who|whom|whose|where|when|while|and|but|or|\p{L}+ing)\b)(?:the\s+|a\s+|an\s+)?\p{Ll}[^,]{2,60},(?=\s+\p{Ll})/u;
/** A connective the option does not need ("But the killing …" reads "The killing …"). */
const CONNECTIVE = /^(?:but|and|then|later|finally|so)\s+/i;
/** "Amid this artistic boom, …": an opening that points back, dropped from the option. */
const POINTING_OPENING =
	/^(?:amid|after|against|during|despite|with|in|on|at)\s+(?:this|that|these|those|such)\b[^,]{0,40},\s+/i;
/** A title before a name: "Senator Mitch McConnell" opens with a person all the same. */
const TITLE =
	/^(?:(?:Mr|Mrs|Ms|Dr|Prof|Sir|Dame|Senator|Sen|President|Prime Minister|Governor|Gov|Mayor|Judge|Rep)\.?\s+)+/;

const FORECAST =
	/\b(?:will|could|would|may|might|expects?|expected|estimates?|projected|forecasts?|likely)\b/i;
/** Pronouns no option may carry; a possessive is allowed once the subject is a named person. */
const LOOSE = /\b(?:they|them|their|it|its|this|these|those)\b/i;
const POSSESSIVE = /\b(?:he|she|him|her|his)\b/i;

const SECOND_ACT =
	/\s+and\s+(?:then\s+)?\p{Ll}+ed\s+(?:the|a|an|his|her|their|its|about|to|on|in|for|with)\b.*$/u;

/** The event's main clause: a trailing participle, relative, "and …"/"but …" or dash clause cut. */
function mainClause(text: string): string {
	// "… in Sudan, Kenya, and Tanzania": the last name of a list is no clause to cut.
	const list = /,\s+and\s+((?:the\s+)?\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,2})$/u.exec(text);
	if (list) return `${mainClause(text.slice(0, list.index))}, and ${list[1] as string}`;
	return (
		text
			.replace(/\s+[—–]\s.*$/, '')
			.replace(
				/,\s+(?:and|but|while|which|who|where|as|although|though|its|his|her|their)\b.*$/i,
				''
			)
			// "… imposed an embargo and blocked the assets of …": a second act makes the key the
			// longest option by far (a length tell). A verb is read as one only before an article
			// or preposition, so that "old and tired workers" keeps its adjective.
			.replace(SECOND_ACT, '')
			// "… made a discovery that would eventually give …": the later outcome is another event.
			.replace(/\s+(?:that|which|who)\s+(?:would|could|will)\b.*$/i, '')
			.replace(/,\s+(?:\p{L}+ing)\b.*$/iu, '')
			.trim()
	);
}

/** Full names and surnames of the people the article names, built once per article. */
const peopleCache = new WeakMap<RuleContext['analysis'], Map<string, string>>();
function people(analysis: RuleContext['analysis']): Map<string, string> {
	let known = peopleCache.get(analysis);
	if (known) return known;
	known = new Map();
	for (const m of analysis.mentions)
		if (m.type === 'person' && m.subtype === 'full') {
			known.set(m.text, m.text);
			known.set(m.text.split(/\s+/).pop() ?? m.text, m.text);
		}
	peopleCache.set(analysis, known);
	return known;
}

/** The person a text opens with ("Margaret Hamilton arrived …", "Hamilton moved …"), if any. */
function openingPerson(analysis: RuleContext['analysis'], text: string): string | undefined {
	const plain = text.replace(LEADING_DATE, '').replace(TITLE, '');
	const m = /^(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,2})/u.exec(plain);
	if (!m) return undefined;
	const known = people(analysis);
	const name = m[1] as string;
	return known.has(name) ? name : known.get(name.split(/\s+/)[0] as string) && name;
}

/**
 * "She founded …" after a sentence that opens with one person's name: "Hamilton founded
 * …". Any other "he"/"she" subject is unresolved: no event.
 */
function namedPronoun(s: Sentence, analysis: RuleContext['analysis'], text: string): string | null {
	const m = /^(?:he|she)\s+(\p{Ll}.*)$/iu.exec(text);
	if (!m) return text;
	// "Bell led the team. She chose … . She won …": back through sentences opening on the same
	// pronoun to the one that opens on a name.
	const pronoun = text.split(/\s/)[0]?.toLowerCase();
	const paragraph = analysis.byParagraph[s.paragraph] ?? [];
	for (let i = s.index - 1; i >= 0; i--) {
		const previous = (paragraph[i] as Sentence).text.replace(LEADING_DATE, '');
		const name = openingPerson(analysis, previous);
		if (name) return `${name} ${m[1]}`;
		if (previous.split(/\s/)[0]?.toLowerCase() !== pronoun) return null;
	}
	return null;
}

/** A sentence fit to give an event (pronouns are checked on the event itself). */
function usable(s: Sentence): boolean {
	const count = words(s.text).length;
	return (
		count >= 6 &&
		count <= 60 &&
		!s.question &&
		!s.inQuote &&
		!s.interviewer &&
		!s.afterQuestion &&
		!looksLikeClutter(s.text.trim().replace(/^\((.*)\)$/, '$1'))
	);
}

function dated(text: string): { year: number; event: string } | null {
	const clause = WHEN_CLAUSE.exec(text);
	if (clause) return { year: Number(clause[2]), event: clause[1] as string };
	if (SUBORDINATE.test(text)) return null;
	const lead = LEADING.exec(text);
	// "In 1991, when the mayor opposed the bridge, the governor held back the grant": the year
	// dates the main clause as well as the "when" clause before it.
	if (lead)
		return {
			year: Number(lead[1]),
			event: (lead[2] as string).replace(WHEN_ASIDE, '').replace(AS_ASIDE, '')
		};
	const inside = INSIDE.exec(text);
	if (!inside) return null;
	const before = text.slice(0, inside.index);
	// "up from 6.6 percent in 2017" dates a figure, "since … in 2012" a span, "was in 2002" is
	// the date as the predicate: none dates an event the option can state.
	if (
		/\b(?:from|than|since|until|through|starting|beginning)\s*(?:[\d.,]+\s*(?:%|percent)?\s*)?$|\b(?:up|down) from\b|\b(?:is|was|were|are)$/i.test(
			before
		)
	)
		return null;
	const after = text.slice(inside.index + inside[0].length);
	// "X, in 2009, Y" and "X in 2009 and Y" both read "X Y" without the date; "X in 1912, Y"
	// keeps its comma, so that the clause after it can be cut as a clause.
	const comma = !inside[0].startsWith(',') && inside[0].endsWith(',') ? ',' : '';
	const event = `${before}${comma} ${after.replace(SECOND_DATED, '')}`
		.replace(/\s{2,}/g, ' ')
		.trim();
	return { year: Number(inside[1]), event };
}

/**
 * Words that tell an event's place in time by themselves ("premiered", "the first of the
 * signs", "moved on to another project"): a blind judge answered by them, or found the option
 * vague without the event it points to.
 */
const ORDER_CUE = /\b(?:first|premiered|debuted|originally|another|other|next)\b/i;

export function eventOf(s: Sentence, analysis?: RuleContext['analysis']): Event | null {
	if (!usable(s)) return null;
	// "(In 1972, the seagull was deposed …)" is an aside all the same; a quoted phrase ("called the
	// debt “the issue of our era”") is part of the event, but a quoted speaker's words are not.
	const text = s.text
		.trim()
		.replace(/^\((.*)\)\.?$/, '$1')
		.replace(/[.!]+$/, '');
	if (/[()]/.test(text) || (/[“”"]/.test(text) && /\b(?:said|says|told|added|asked)\b/.test(text)))
		return null;
	if ((text.match(/“/g) ?? []).length !== (text.match(/”/g) ?? []).length) return null;
	const found = dated(text);
	if (!found) return null;
	const { year } = found;
	// "The lighting also featured …": "also" points to an event the option does not show.
	const plain = mainClause(
		found.event
			.replace(CONNECTIVE, '')
			.replace(POINTING_OPENING, '')
			.replace(/\s+also\s+/, ' ')
			.replace(ROLE_APPOSITIVE, '')
	);
	const named = analysis ? namedPronoun(s, analysis, plain) : plain;
	// "Voters had elected …" beside plain pasts tells which came first (a blind reader's
	// grammar tell): the option is told in the simple past, or not offered.
	const event = named?.replace(/\bhad (\p{L}+ed)\b/u, '$1');
	if (!event || /\bhad\b/i.test(event)) return null;
	// The event must carry no other year, or the options would give the order away.
	if (/\b(?:1[6-9]|20)\d{2}\b/.test(event) || leansOutside(event) || LOOSE.test(event)) return null;
	// "her own company" is the subject's only when the subject is a named person.
	const person = !!analysis && !!openingPerson(analysis, event);
	if (POSSESSIVE.test(event.replace(/^(?:he|she)\b/i, '')) && !person) return null;
	// A forecast is no event; "In 1991, when …" still dates a clause; "I remember …" is a memory.
	if (
		FORECAST.test(event) ||
		SUBORDINATE.test(event) ||
		/\b(?:starting|beginning|including|following)$/i.test(event)
	)
		return null;
	// A speaker's words quoted inside the event ("called the debt “the issue of our era”") are
	// theirs: only the article's own words may not speak as "I" or "you".
	if (/\b(?:I|me|my|we|our|you|your)\b/.test(event.replace(/“[^“”]*”/g, ''))) return null;
	// A share or a count is a statistic, not an event ("women held 27 percent of …").
	if (/\d\s*(?:%|percent|per cent)|\b(?:shows|showed|found) that\b/i.test(event)) return null;
	if (!toldInPast(s, event) || ORDER_CUE.test(event)) return null;
	const count = words(event).length;
	return count >= 5 && count <= 24 ? { s, year, event: asOption(event) } : null;
}

/** Past forms that do not end in -ed: an event is told in the past, a state or trend is not. */
const IRREGULAR_PAST =
	/^(?:was|were|had|did|built|made|won|began|became|took|found|held|led|left|sold|bought|fled|brought|went|came|gave|rose|fell|wrote|met|saw|told|said|ran|paid|lost|sent|set|put|cut|struck|shot|spent|kept|chose|drew|grew|knew|threw|broke|spoke|stood|blew|flew|hit|quit|sought|taught|thought|caught|fought|felt|heard|meant|rode|sank|swore|tore|wore|won|overthrew|withdrew|undertook|stole|froze|shut|split|spread|upheld|forbade|oversaw|underwent)$/i;

/** The event's first verb is a past form ("assaulted", "had elected", "was switched on"). */
function toldInPast(s: Sentence, event: string): boolean {
	const inEvent = new Set(words(event));
	const verb = s.tokens.find(
		(t) => (t.pos === 'VERB' || t.pos === 'AUX') && inEvent.has(t.text.toLowerCase())
	);
	return !!verb && (/ed$/i.test(verb.text) || IRREGULAR_PAST.test(verb.text));
}

/** A paragraph holding a byline, credit or bio line ("… has covered economics since 2012"). */
function inBio(analysis: RuleContext['analysis'], s: Sentence): boolean {
	return (analysis.byParagraph[s.paragraph] ?? []).some(
		(o) => o !== s && /\b(?:has covered|joined (?:the|The)\b|is the author of)/.test(o.text)
	);
}

const BEGINNING =
	/\b(?:arrived|was born|were born|discovered|made a discovery|invented|founded|was founded|were founded|began|started|set up|first met|joined|enrolled|moved to|emigrated)\b/i;
const ENDING =
	/\b(?:died|retired|moved on|left|resigned|quit|stepped down|was demolished|closed for good|shut down|collapsed|ended|was dissolved|eventually|later|finally)\b/i;

/**
 * Where each other event is dated ("1998 in paragraph 9"): a blind judge rejected a key whose
 * evidence was its own sentence alone, the other events' years unsourced.
 */
function datedWhere(others: Event[]): string {
	const sorted = [...others].sort((a, b) => a.year - b.year);
	// "2012 and 2013 in paragraph 18", not "2012 in paragraph 18 and 2013 in paragraph 18".
	const byParagraph = new Map<number, number[]>();
	for (const o of sorted)
		byParagraph.set(o.s.paragraph, [...(byParagraph.get(o.s.paragraph) ?? []), o.year]);
	const each = [...byParagraph].map(
		([paragraph, years]) => `${listed(years.map(String), 'and')} in paragraph ${paragraph + 1}`
	);
	return `which the article dates ${listed(each, 'and')}`;
}

type Ask = (key: Event, others: Event[], which: 'first' | 'most recently') => Candidate | null;

export function sequenceQuestions(ctx: RuleContext): Candidate[] {
	const { analysis } = ctx;
	const events = analysis.sentences.flatMap((s) =>
		inBio(analysis, s) ? [] : (eventOf(s, analysis) ?? [])
	);
	const byYear = new Map<number, Event>();
	for (const e of events) if (!byYear.has(e.year)) byYear.set(e.year, e);
	const dated = [...byYear.values()].sort((a, b) => a.year - b.year);
	if (dated.length < 3) return [];
	const ask: Ask = (key, others, which) =>
		choice({
			ctx,
			skill: 'sequence',
			rule: `sequence-${which === 'first' ? 'first' : 'last'}`,
			prompt: `According to the article, which of these events happened ${which}?`,
			answer: key.event,
			decoys: others.map((o) => o.event),
			evidence: { paragraph: key.s.paragraph, start: key.s.start, end: key.s.end },
			because: `it is dated ${key.year}, ${which === 'first' ? 'before' : 'after'} the others, ${datedWhere(others)}`,
			sentenceKey: sentenceKey(key.s),
			quality: 0.85
		});
	// A beginning asked as "first" (an arrival, a discovery) or an ending as "most recently" (a
	// death, a move on) is guessed by common sense, without the article: it is left out, and so
	// is the earliest event when it is a beginning. A later one ("Hamilton founded her own
	// company", decades after she arrived) is a fair wrong answer to "most recently".
	const ends = [...dated];
	while (ends.length && ENDING.test((ends.at(-1) as Event).event)) ends.pop();
	const starts = [...ends];
	while (starts.length && BEGINNING.test((starts[0] as Event).event)) starts.shift();
	const latest = BEGINNING.test(ends[0]?.event ?? '') ? ends.slice(1) : ends;
	// Both ends are asked, even of three events: a draft elsewhere in the quiz that prints one key's
	// year ("In 1997, …" quoted whole) rules that question out, and the quiz keeps the other.
	const made = [
		starts.length >= 3 ? ask(starts[0] as Event, starts.slice(1, 4), 'first') : null,
		latest.length >= 3 ? ask(latest.at(-1) as Event, latest.slice(-4, -1), 'most recently') : null
	];
	return made.flatMap((c) => c ?? []);
}
