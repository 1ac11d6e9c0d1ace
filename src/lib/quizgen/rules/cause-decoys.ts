/**
 * Wrong options for a cause-effect question when the article states too few other causes: the
 * main clauses of other sentences the article ties to a cause or a result (its own effects and
 * reactions), from paragraphs at least two away, which a reader who has not understood the link
 * could take for the reason. A test item's classic distractor is
 * exactly this (true in the text, but not why this happened).
 */
import type { Analysis, Sentence } from '../analyse';
import { fold, words } from '../text';
import { asOption, hasLoosePronoun, selfContained, showable } from './reading';

/** A cause or effect the article states (or an event it reports), offered as a wrong option. */
export interface Side {
	paragraph: number;
	text: string;
	phrase: boolean;
	/** Stated as a cause (true) or as an effect. */
	cause: boolean;
	/** A plain event from elsewhere, not a stated cause: used only to top up. */
	event?: boolean;
}

const ATTRIBUTED =
	/,\s*(?:according to|(?:[\p{L}.’'-]+\s){0,4}(?:said|says|told|added|noted|wrote))\b.*$/iu;

/** The main clause ends where a reason, an aside or a second clause begins. */
const CLAUSE_END =
	/,?\s+(?:because|since|so that|so|which|who|while|whereas|although|though|as|after|before|until|when|if|unless|but|and then)\b.*$|,\s+(?:and|but|or|with|including|according|\p{L}+ing)\b.*$|\s+[—–-]\s.*$/iu;

/** First or second person, a question or a hedge: no event a reader can take as a fact. */
const NOT_EVENT =
	/\b(?:I|me|my|we|us|our|you|your|may|might|could|would|should|if|ones)\b|[“”"?!;:()[\]]/i;

/** The last word of a whole clause: a noun, a name, a number, a verb or an adverb. */
const ENDS = /^(?:NOUN|PROPN|NUM|VERB|ADV|PRON|PART|ADP)$/;
const LOOSE_END = /^(?:known|called|named|of|to|in|on|at|for|with|by|from|as|than|the|a|an)$/i;

/** "Officials said (that) …" before a clause reports it: the clause is the event. */
const REPORTED = /^(?:[\p{L}’'-]+\s){1,5}(?:said|says|reported|found|noted)\s+(?:that\s+)?/iu;
const OPENER =
	/^(?:since then|after that|by then|until then|nonetheless|nevertheless|meanwhile|still|currently|instead|however|also|even so|yet|then|now|today|later|finally|indeed|in fact|in turn|as a result|for example|for instance)\b/i;

const MARKED =
	/\b(?:because|since|due to|thanks to|owing to|as a result|after|following|amid|in response to|led to|leading to|prompt(?:ed|ing)|caus(?:ed|ing)|forc(?:ed|ing)|so|so that|which is why|result(?:ed|ing) in|blamed)\b/i;

const cache = new WeakMap<Analysis, Side[]>();

function eventOf(s: Sentence): Side | null {
	if (s.question || s.interviewer || s.inQuote || s.afterQuestion || !showable(s)) return null;
	// Only a clause the article ties to a cause or a result reads as a reason at all.
	if (!MARKED.test(s.text)) return null;
	const body = s.text
		.trim()
		.replace(/[.!]+$/, '')
		.replace(ATTRIBUTED, '')
		.replace(CLAUSE_END, '')
		.replace(REPORTED, '')
		.trim();
	// "Using the boiling point …" is a fragment; "Nonetheless, …" leans on the sentence before.
	if (/^\p{L}+ing\b/u.test(body) || OPENER.test(body)) return null;
	const size = words(body).length;
	if (size < 6 || size > 18 || NOT_EVENT.test(body) || hasLoosePronoun(body)) return null;
	// A clause needs a finite verb of its own ("The council voted …"), not a heading or a list.
	const at = s.start + s.text.indexOf(body);
	const verbs = s.tokens.filter(
		(t) => t.start >= at && t.end <= at + body.length && (t.pos === 'VERB' || t.pos === 'AUX')
	);
	const last = s.tokens.filter((t) => t.start >= at && t.end <= at + body.length).at(-1);
	// A cut that leaves "… is a slow." or "… cast iron known." is no clause.
	if (verbs.length === 0 || !last || !ENDS.test(last.pos) || LOOSE_END.test(last.text)) return null;
	const text = asOption(body);
	return selfContained(text)
		? { paragraph: s.paragraph, text, phrase: false, cause: true, event: true }
		: null;
}

/** Every event clause the article states, in paragraph order (built once per article). */
export function eventClauses(analysis: Analysis): Side[] {
	let found = cache.get(analysis);
	if (!found) {
		const seen = new Set<string>();
		found = analysis.sentences.flatMap((s) => {
			const side = eventOf(s);
			if (!side || seen.has(fold(side.text))) return [];
			seen.add(fold(side.text));
			return [side];
		});
		cache.set(analysis, found);
	}
	return found;
}

const STOP = new Set(
	'the a an and or of to in on at for with by from that this is are was were be been has have had its their his her as it not but than more most also after before over into about said says'.split(
		' '
	)
);
const content = (text: string) => words(text).filter((w) => w.length > 3 && !STOP.has(w));

/** An event is a fair decoy only when it shares no content word with the question's own side. */
export function unrelated(event: string, shown: string): boolean {
	const own = new Set(content(shown));
	return content(event).every((w) => !own.has(w));
}

/** Head nouns of events and forces: a noun phrase a reader could take for a cause. */
const EVENT_HEAD =
	/(?:tion|sion|ance|ence|ure|ity)s?$|^(?:agreement|investment|announcement|development|treatment|bombing|shooting|killing|flooding|spending|funding|lending|warming|fighting|shortage|rise|fall|drop|increase|decline|shortage|demand|storm|crisis|war|strike|ban|cut|cuts|deal|law|rule|rules|policy|costs?|prices?|rates?|fears?|concerns?|pressure|protests?|criticism|backlash|surge|boom|slump|loss|losses|debt|upgrade|alternatives|competition|tariffs?|sanctions|budget|weather|cold|heat|drought|flood|floods|fire|fires|virus|disease|outbreak|attack|attacks|scandal|delay|delays|change|changes|growth|demand|supply|design|process|use|lack)$/i;

const MEASURE =
	/^\p{L}+\s+(?:kind|number|lot|part|rest|series|symbol|way|type|sort|piece|couple|bit|host|range|set|variety|group|pair|handful)\s+of\b/iu;

const phraseCache = new WeakMap<Analysis, Side[]>();

/**
 * Noun phrases naming an event or force ("a shortage of slate", "the new tariffs"), from
 * statements (never a quotation or a question), as wrong options for a noun-phrase cause.
 */
export function eventPhrases(analysis: Analysis): Side[] {
	let found = phraseCache.get(analysis);
	if (found) return found;
	const seen = new Set<string>();
	found = [];
	for (const s of analysis.sentences) {
		if (s.question || s.interviewer || s.inQuote || !showable(s) || /[“”"]/.test(s.text)) continue;
		const tokens = s.tokens;
		for (let i = 0; i < tokens.length; i++) {
			// A chunk opens on a determiner, or on an adjective right after a verb or preposition.
			const open = tokens[i]!;
			const before = tokens[i - 1]?.pos ?? 'PUNCT';
			if (open.pos !== 'DET' && !(open.pos === 'ADJ' && /^(?:VERB|AUX|ADP)$/.test(before)))
				continue;
			if (/^(?:DET|ADJ|NOUN|PROPN|PUNCT)$/.test(before) && open.pos === 'DET' && before !== 'PUNCT')
				continue;
			let j = i;
			while (j < tokens.length && /^(?:DET|ADJ|NOUN)$/.test(tokens[j]!.pos)) j++;
			// The head is the noun before any "of": "the closure of the mill" names a closure.
			const head = tokens[j - 1];
			if (!head || head.pos !== 'NOUN' || !EVENT_HEAD.test(head.text)) continue;
			// "… of the new road": one "of" phrase may follow.
			if (tokens[j]?.text.toLowerCase() === 'of') {
				let k = j + 1;
				while (k < tokens.length && /^(?:DET|ADJ|NOUN)$/.test(tokens[k]!.pos)) k++;
				if (k > j + 1 && tokens[k - 1]!.pos === 'NOUN') j = k;
			}
			// "A sharp fall" (in what?): a change cut before its "in …" says nothing.
			if (/^(?:rise|fall|drop|increase|decline|cut|cuts|surge|jump)$/i.test(tokens[j - 1]!.text))
				continue;
			const text = s.text.slice(tokens[i]!.start - s.start, tokens[j - 1]!.end - s.start);
			const size = words(text).length;
			// "A kind of message", "a number of investments": a measure, not an event.
			if (MEASURE.test(text)) continue;
			if (
				size < 3 ||
				size > 7 ||
				/^(?:this|that|these|those|its|their|his|her|such|which|what|some|any|each|every|no|another|other|one|all|both|many|most|several|few|much)\b/i.test(
					text
				)
			)
				continue;
			const shown = text.charAt(0).toUpperCase() + text.slice(1);
			if (seen.has(fold(shown))) continue;
			seen.add(fold(shown));
			found.push({ paragraph: s.paragraph, text: shown, phrase: true, cause: true, event: true });
			i = j;
		}
	}
	phraseCache.set(analysis, found);
	return found;
}

/** A wrong option in "we" or "you", or opening on "Since then, …", speaks from outside the link. */
export function fairDecoy(text: string): boolean {
	return !/\b(?:I|me|my|we|us|our|you|your)\b/i.test(text) && !OPENER.test(text);
}
