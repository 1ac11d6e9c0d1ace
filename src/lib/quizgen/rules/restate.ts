/**
 * True statements that are not copies: the only true statement a rule can guarantee is the
 * sentence itself, and a copy answered True tests matching. A restatement the engine can still
 * guarantee turns the attribution around ("…, Con Edison officials said." → "According to Con
 * Edison officials, …") or states a simple share another way ("50 percent of" → "half of").
 * The false version of the same sentence is restated the same way, so the form tells nothing.
 */
import type { Sentence } from '../analyse';
import { PERSON_ROLES } from '../gazetteer';
import type { Lexicon } from '../lexicon/types';
import { words } from '../text';
import { PLAIN_FORMS, plainFor } from './plain-words';

/** Who or what a statement is attributed to: a name, an office or a body, never a pronoun. */
const BODY =
	'officials|police|researchers|scientists|analysts|experts|authorities|investigators|prosecutors|doctors|spokesman|spokeswoman|spokesperson';
const SOURCE = String.raw`((?:the\s+)?[\p{Lu}][\p{L}.’'&-]*(?:\s+[\p{L}.’'&-]+){0,5}|(?:the\s+)?(?:[\p{Ll}-]+\s+){0,2}(?:${BODY}))`;
/** ", an industry body": a short description after the source, dropped when it moves. */
const APPOSITIVE = String.raw`(?:,\s+(?:a|an|the|who)\s[^,“”"]{2,60})?`;
/** "…, according to the World Bank." */
const ACCORDING_TAIL = new RegExp(
	String.raw`^([^“”"]+?),\s+according\s+to\s+([^,“”"]{2,60}?)${APPOSITIVE}\.$`,
	'u'
);
/** "…, Con Edison officials said." / "…, said Joe Carbone, who …." */
const SAID_TAIL = new RegExp(
	String.raw`^([^“”"]+?),\s+(?:${SOURCE}\s+(?:said|says)|(?:said|says)\s+${SOURCE}${APPOSITIVE})\.$`,
	'u'
);
/** "In 2011, …", "After the vote, …": an opening phrase that may close the sentence instead. */
const OPENING =
	/^((?:In|On|By|During|Since|After|Before|Last|Every|Each|Over)\s[^,“”"]{2,40}),\s+([^“”"]+?)\.$/u;
/** "West Mercia police said (on Tuesday) (that) the tablets …" */
const SAID_HEAD = new RegExp(
	String.raw`^${SOURCE}\s+(?:said|says)(?:\s+on\s+\p{Lu}\p{L}+)?\s+(?:that\s+)?([^“”"]+)$`,
	'u'
);
/** A claim opening with a pronoun would lose whom it means once the attribution moves. */
const LOOSE_CLAIM = /^(?:it|its|he|she|his|her|they|their|them|this|that|these|those|we|our)\b/i;
const PRONOUN_SOURCE = /^(?:he|she|they|it|we|i|you)$/i;

/** Words a restatement may add to the sentence's own ("according", "half"…), for the checks. */
export const RESTATING_WORDS = new Set([
	...'according to half a quarter quarters three one in five ten of is'.split(' '),
	...PLAIN_FORMS
]);

/** Shares said another way: only exact ones, so the restatement is true without rounding. */
const SHARES: Record<string, string> = {
	'50': 'half of',
	'25': 'a quarter of',
	'75': 'three quarters of'
};
const SHARE = /\b(50|25|75)(?:\s?%|\s+percent|\s+per\s+cent)\s+of\b/i;

/** The claim as it reads after "According to X, ": a lowercase start unless it is a name. */
function lowerStart(claim: string, s: Sentence, at: number): string {
	// A name the analysis found ("Tunisia", "Con Edison") keeps its capital; a capital that
	// only opened the sentence ("Tourism is …") does not.
	const start = s.start + at;
	const named = s.mentions.some((m) => m.start <= start && start < m.end);
	const keep = named || /^(?:I|[A-Z]{2,})\b/.test(claim);
	return keep ? claim : claim.charAt(0).toLowerCase() + claim.slice(1);
}

/** "The council", "Head librarian Grace Obi": a capital that only opened the sentence goes. */
function lowerRole(source: string): string {
	const [first = '', ...rest] = source.split(' ');
	const lower = first.toLowerCase();
	// "Mayor Victor Ames" keeps its title's capital; "Head librarian Grace Obi" does not.
	const role =
		(PERSON_ROLES.has(lower) || TITLE_WORDS.has(lower)) && /^\p{Ll}/u.test(rest[0] ?? '');
	const opener = lower === 'the' || role;
	return opener ? [lower, ...rest].join(' ') : source;
}

/** Words that open a role before a name ("Head librarian", "Senior officials"). */
const TITLE_WORDS = new Set(
	'head chief senior deputy former acting assistant local city state federal'.split(' ')
);

function sourceOk(source: string): boolean {
	const n = words(source).length;
	return n >= 1 && n <= 6 && !PRONOUN_SOURCE.test(source.trim());
}

/** The sentence with its attribution turned around, or null when it has none to turn. */
export function turnAttribution(s: Sentence): string | null {
	const text = s.text.trim();
	const tail = ACCORDING_TAIL.exec(text) ?? SAID_TAIL.exec(text);
	if (tail) {
		const [, claim = '', first, second] = tail;
		const source = first ?? second ?? '';
		if (!sourceOk(source) || LOOSE_CLAIM.test(claim)) return null;
		const who = lowerRole(source);
		return `According to ${who}, ${lowerStart(claim, s, text.indexOf(claim))}.`;
	}
	const head = SAID_HEAD.exec(text);
	if (!head) return null;
	const [, source = '', claim = ''] = head;
	if (!sourceOk(source) || LOOSE_CLAIM.test(claim) || words(claim).length < 5) return null;
	const ends = /[.!?]$/.test(claim) ? claim : `${claim}.`;
	return `According to ${lowerRole(source)}, ${lowerStart(ends, s, text.lastIndexOf(claim))}`;
}

/**
 * "In 2011, voters elected …" → "Voters elected … in 2011." Only a short opening phrase before
 * a plain clause of one piece (no further comma), so the moved phrase attaches where it did.
 */
export function moveOpening(s: Sentence): string | null {
	const match = OPENING.exec(s.text.trim());
	if (!match) return null;
	const [, lead = '', rest = ''] = match;
	if (rest.includes(',') || words(lead).length > 6 || LOOSE_CLAIM.test(rest)) return null;
	// "…at the time where the works were created in the 1910s": at the end, the phrase would
	// attach to the clause inside the sentence rather than to the sentence.
	if (/\b(?:where|which|who|whom|whose|that|when|while|because|after|before|until)\b/i.test(rest))
		return null;
	// The opening word is a preposition or "Last"/"Every": lowercase wherever it goes.
	const opening = lead.charAt(0).toLowerCase() + lead.slice(1);
	const claim = rest.charAt(0).toUpperCase() + rest.slice(1);
	return `${claim} ${opening}.`;
}

/**
 * One fact of a sentence split off: "Tunisia, a mostly Muslim nation of about 11 million people,
 * was governed …" → "Tunisia is a mostly Muslim nation of about 11 million people."; "Lorenz, who
 * died in 2008, …" → "Lorenz died in 2008." Only a named subject opening the sentence, and only
 * when the clause holds `fact` (the split must still test it).
 */
export function splitClause(s: Sentence, fact: string): string | null {
	const head = s.mentions.find((m) => m.start === s.start && m.type !== 'date');
	if (!head) return null;
	const rest = s.text.slice(head.end - s.start);
	const who =
		/^,\s+who\s+((?:is|was|has|had|died|joined|leads|led|founded|runs|ran|became|served|won)\b[^,“”"]{4,80}),\s/.exec(
			rest
		);
	const apposition = /^,\s+((?:a|an)\s[^,“”"]{4,80}),\s/.exec(rest);
	const clause = who?.[1] ?? apposition?.[1];
	if (!clause || !clause.includes(fact) || clause.split(fact).length !== 2) return null;
	const verb = who ? '' : 'is ';
	return `${head.text} ${verb}${clause.trim()}.`;
}

/** "50 percent of" → "half of", once; null when the sentence has no such share. */
export function restateShare(text: string): string | null {
	const match = SHARE.exec(text);
	if (!match) return null;
	return text.replace(SHARE, SHARES[match[1] ?? ''] ?? match[0]);
}

export interface Restatement {
	text: string;
	/**
	 * A share said another way ("half of") or a verb said plainly ("curtailed" → "restricted"):
	 * a change a reader must understand. Turning the attribution around or moving a phrase keeps
	 * the sentence's words, and a blind judge still found such a True item by matching
	 * ("According to the agency, …"): those serve only as the form of a False item.
	 */
	reworded: boolean;
	/** The verb said plainly, for the explanation: ["curtailed", "restricted"]. */
	plain?: [string, string];
}

/** What a restatement may draw on beyond the sentence: the dictionary, the sentences around. */
export interface RestateContext {
	lexicon?: Lexicon;
	around?: string;
}

/**
 * A true restatement of `s` that keeps `fact` word for word (so a swap of it still applies), or
 * null. A share is restated only when it is not the fact: "30 percent" beside "half" would tell.
 * Without a share, a tier-2 verb whose sense is clear is said in a plainer word of that sense.
 */
export function restatement(
	s: Sentence,
	fact: string,
	more: RestateContext = {}
): Restatement | null {
	let text = turnAttribution(s) ?? moveOpening(s) ?? splitClause(s, fact);
	const shared = SHARE.exec(s.text)?.[0] ?? '';
	const share = restateShare(text ?? s.text.trim());
	let reworded = !!share && !shared.includes(fact) && !fact.includes(shared.split(/\s/)[0] ?? '');
	if (reworded) text = share;
	let plain: [string, string] | undefined;
	const base = text ?? s.text.trim();
	const word =
		!reworded && more.lexicon ? plainFor(more.lexicon, s, fact, more.around ?? '') : null;
	if (word && base.split(word.from).length === 2) {
		text = base.replace(word.from, word.to);
		plain = [word.from, word.to];
		reworded = true;
	}
	if (!text || text.split(fact).length !== 2) return null;
	return { text, reworded, plain };
}
