/**
 * A person's stance toward something the article names, from the word the article reports it
 * with: "Ana Ruiz, who runs the market, said she was “appalled” that the council was selling the
 * hall", "Councillor Ed Hale praised the new timetable", "The closure worried Tom Ames". Asked
 * as "According to paragraph 4, how did Ana Ruiz feel about the news that the council was
 * selling the hall?": the prompt names what the stance is about, never the stance, and the
 * options paraphrase it ("Ruiz was strongly against it."), so the reader must understand the
 * reporting word ("pilloried", "hailed"). Wrong options are stances that cannot hold with the
 * key (never "worried" beside "against": both may be true). A stance on an attack or a killing
 * is skipped: general knowledge answers it.
 */
import type { ArticleMention, Sentence } from '../analyse';
import { explain, namedSubject } from '../sentences';
import { hash, shuffle, words } from '../text';
import { sentenceKey, type Candidate, type RuleContext } from './candidate';
import { asClause, hasLoosePronoun, looksLikeClutter } from './reading';

type Stance = 'for' | 'against' | 'worried';

const VERBS: Record<string, Stance> = {
	welcomed: 'for',
	praised: 'for',
	hailed: 'for',
	applauded: 'for',
	endorsed: 'for',
	championed: 'for',
	condemned: 'against',
	criticized: 'against',
	criticised: 'against',
	denounced: 'against',
	opposed: 'against',
	deplored: 'against',
	pilloried: 'against',
	slammed: 'against',
	decried: 'against'
};
const FEELINGS: Record<string, Stance> = {
	pleased: 'for',
	delighted: 'for',
	appalled: 'against',
	outraged: 'against',
	dismayed: 'against',
	horrified: 'against',
	disgusted: 'against',
	worried: 'worried',
	alarmed: 'worried',
	concerned: 'worried',
	troubled: 'worried'
};

/**
 * The options paraphrase the stance, never in the article's own feeling word: "Georgelis was
 * worried about it" beside "The thaw worried Georgelis" is matched, not understood (a blind
 * reader's finding). Every wrong option is a stance someone could plausibly hold.
 */
type Wording = Record<Stance | 'calm', (name: string, they: boolean) => string>;
/** "it" or "them" as what the stance is about is one thing or several ("the laws"). */
const it = (they: boolean) => (they ? 'them' : 'it');
const OPTION: Wording = {
	for: (name, they) => `${name} thought ${they ? 'they were' : 'it was'} a good thing.`,
	against: (name, they) => `${name} strongly disapproved of ${it(they)}.`,
	worried: (name, they) => `${name} was uneasy about what ${they ? 'they' : 'it'} might bring.`,
	calm: (name, they) => `${name} was not bothered by ${it(they)}.`
};
/**
 * An organisation's stance is a position, not a feeling: "According to paragraph 3, what was
 * the Harbour Trust's position on the sale?" The options say so in the same shape.
 */
const BODY_OPTION: Wording = {
	for: (name, they) => `${name} supported ${it(they)}.`,
	against: (name, they) => `${name} strongly opposed ${it(they)}.`,
	worried: (name, they) => `${name} was uneasy about what ${they ? 'they' : 'it'} might bring.`,
	calm: (name, they) => `${name} took no side on ${it(they)}.`
};
/** Stances that cannot hold beside the key: "against" and "worried" may both be true. */
const WRONG: Record<Stance, Array<Stance | 'calm'>> = {
	for: ['against', 'worried'],
	against: ['for', 'calm'],
	worried: ['for', 'calm']
};

/** General knowledge answers how anyone feels about these. */
const OBVIOUS =
	/\b(?:attacks?|killings?|bombings?|shootings?|violence|terror\w*|massacres?|murders?|war crimes|deaths?)\b/i;

interface Found {
	s: Sentence;
	person: ArticleMention;
	/** Set when the one who takes the stance is an organisation: its name as the prompt gives it. */
	body?: string;
	stance: Stance;
	word: string;
	about: string;
}

/** What the stance is about, up to a clause break: "the new timetable for the winter". */
function objectOf(text: string): string | null {
	const about = text
		.split(/,|;|\s+[—–]\s|\s+(?:and|but|for|as|because|saying|while|after|during|when)\s/)[0]
		?.trim()
		.replace(/[.!]+$/, '');
	if (!about) return null;
	const size = words(about).length;
	if (size < 2 || size > 14 || OBVIOUS.test(about) || /[“”"]/.test(about)) return null;
	if (hasLoosePronoun(about) || /\b(?:I|me|my|we|us|our|you|your)\b/i.test(about)) return null;
	return about;
}

const ADVERB = '(?:(?:strongly|sharply|publicly|openly|warmly|loudly|repeatedly)\\s+)?';
const REPORTED = new RegExp(
	`^(?:,[^,]{3,90},)?\\s+said\\s+(?:he|she)\\s+was\\s+(?:very\\s+|deeply\\s+)?[“"]?(\\p{L}+)[”"]?\\s+(that|by|about|at)\\s+(.+)$`,
	'iu'
);
const ACTED = new RegExp(`^(?:,[^,]{3,90},)?\\s+${ADVERB}(\\p{L}+)\\s+(.+)$`, 'iu');
/** Stances news reports in a phrase: "called for an inquiry", "voiced concern about the plan". */
const PHRASES: Record<string, Stance> = {
	'called for': 'for',
	'voiced support for': 'for',
	'expressed support for': 'for',
	'warned against': 'against',
	'voiced opposition to': 'against',
	'expressed opposition to': 'against',
	'voiced concern about': 'worried',
	'voiced concern over': 'worried',
	'expressed concern about': 'worried',
	'expressed concern over': 'worried'
};
const PHRASED = new RegExp(
	`^(?:,[^,]{3,90},)?\\s+(?:has\\s+|have\\s+|had\\s+)?${ADVERB}(${Object.keys(PHRASES).join('|')})\\s+(.+)$`,
	'iu'
);
/**
 * "The Press Council is concerned the laws would crush journalism", "Hale was deeply troubled
 * by the closures": the feeling as the subject's own state, without "said".
 */
const FEELS = new RegExp(
	`^\\s+(?:is|are|was|were|has been|have been)\\s+(?:deeply\\s+|very\\s+|particularly\\s+|increasingly\\s+|greatly\\s+)?(${Object.keys(FEELINGS).join('|')})\\s+(?:(that|about|by|over|at|with)\\s+)?(.+)$`,
	'iu'
);
/** "the laws would crush …": what a worry is about is the clause's subject, before its modal. */
const FEARED = /^(the\s+[^,]{2,50}?)\s+(?:would|will|could|might|may)\s+\p{L}+/iu;

/** The stance a subject's stated feeling reports, read from `rest` (the text after the subject). */
function feels(rest: string): { stance: Stance; word: string; about: string } | null {
	const m = FEELS.exec(rest);
	const stance = m && FEELINGS[(m[1] as string).toLowerCase()];
	if (!m || !stance) return null;
	const [word, joint, clause] = [m[1] as string, m[2]?.toLowerCase(), m[3] as string];
	// "is concerned (that) the laws would …": the worry is about the laws and what they bring.
	const feared = !joint || joint === 'that' ? FEARED.exec(clause) : null;
	if (!joint || joint === 'that') {
		if (!feared || stance !== 'worried') return null;
		const about = objectOf(feared[1] as string);
		return about ? { stance, word, about } : null;
	}
	const about = objectOf(clause);
	return about ? { stance, word, about } : null;
}

/**
 * "the laws", "the closures of the buses": plural by its head noun's ending, the head being the
 * last word before a preposition or clause ("the sale of the sheds" is one sale).
 */
function plural(about: string): boolean {
	const head = about.split(
		/\s+(?:of|to|for|in|on|at|with|from|by|that|who|which|over|about|into)\s/
	)[0];
	const last = head?.trim().split(/\s+/).pop()?.toLowerCase() ?? '';
	return /^the\s/i.test(about) && /[^su]s$/.test(last) && !SINGULAR_S.has(last);
}
const SINGULAR_S = new Set(['news', 'series', 'species', 'means', 'crisis', 'analysis', 'basis']);

/** "The closure, welcomed by many, worried Tom Ames": the thing, then the feeling, then the person. */
const FELT =
	/^(.+?)(?:,[^,]{3,60},)?\s+(worried|alarmed|troubled|dismayed|angered|pleased|delighted)\s+$/i;

/**
 * An organisation that takes a stance in its own act: "The Harbour Trust condemned the sale",
 * "Amnesty International called for an inquiry". It opens the sentence ("The" before it at
 * most); what it said is read as a person's would be, by the verb or phrase alone.
 */
function bodyStance(s: Sentence, text: string): Found | null {
	const org = s.mentions.find((m) => m.type === 'organisation' && m.subtype === 'organisation');
	if (!org || !/^(?:the\s+)?$/i.test(text.slice(0, org.start - s.start))) return null;
	const rest = text.slice(org.end - s.start);
	const name = text.slice(0, org.end - s.start);
	const felt = feels(rest);
	if (felt) return { s, person: org, body: name, ...felt };
	const phrased = PHRASED.exec(rest);
	const held = phrased && PHRASES[(phrased[1] as string).toLowerCase().replace(/\s+/g, ' ')];
	const acted = held ? null : ACTED.exec(rest);
	const stance = held || (acted && VERBS[(acted[1] as string).toLowerCase()]);
	const object = stance && objectOf(((phrased ?? acted) as RegExpExecArray)[2] as string);
	if (!stance || !object) return null;
	const word = ((phrased ?? acted) as RegExpExecArray)[1] as string;
	return { s, person: org, body: name, stance, word, about: object };
}

function stanceOf(s: Sentence): Found | null {
	const text = s.text.trim().replace(/[.!]+$/, '');
	const person = namedSubject(s);
	if (person && person.subtype === 'full') {
		const rest = text.slice(person.end - s.start);
		const felt = feels(rest);
		if (felt) return { s, person, ...felt };
		const said = REPORTED.exec(rest);
		const feeling = said && FEELINGS[(said[1] as string).toLowerCase()];
		if (said && feeling) {
			const about =
				said[2]?.toLowerCase() === 'that' ? `the news that ${said[3] as string}` : said[3];
			const object = about && objectOf(about);
			return object ? { s, person, stance: feeling, word: said[1] as string, about: object } : null;
		}
		const phrased = PHRASED.exec(rest);
		const held = phrased && PHRASES[(phrased[1] as string).toLowerCase().replace(/\s+/g, ' ')];
		const aim = held && objectOf(phrased[2] as string);
		if (held && aim) return { s, person, stance: held, word: phrased[1] as string, about: aim };
		const acted = ACTED.exec(rest);
		const stance = acted && VERBS[(acted[1] as string).toLowerCase()];
		const object = stance && objectOf(acted[2] as string);
		return stance && object ? { s, person, stance, word: acted[1] as string, about: object } : null;
	}
	const body = bodyStance(s, text);
	if (body) return body;
	// "The thaw … worried Tasos Georgelis, deputy commissioner …"
	const named = s.mentions.find((m) => m.type === 'person' && m.subtype === 'full');
	const felt = named && FELT.exec(text.slice(0, named.start - s.start));
	const stance = felt && FEELINGS[(felt[2] as string).toLowerCase()];
	const object = stance && objectOf(felt[1] as string);
	return named && stance && object
		? { s, person: named, stance, word: felt[2] as string, about: asClause(s, object) }
		: null;
}

export function stanceQuestions(ctx: RuleContext): Candidate[] {
	const { analysis } = ctx;
	return analysis.sentences.flatMap((s): Candidate[] => {
		if (s.question || s.inQuote || s.interviewer || looksLikeClutter(s.text)) return [];
		const found = stanceOf(s);
		if (!found) return [];
		const surname = found.person.text.split(/\s+/).pop() as string;
		const [who, wording] = found.body ? [found.body, BODY_OPTION] : [surname, OPTION];
		const about = asClause(s, found.about);
		const they = plural(about);
		const answer = wording[found.stance](who, they);
		const options = [answer, ...WRONG[found.stance].map((w) => wording[w](who, they))];
		const prompt = found.body
			? `According to paragraph ${s.paragraph + 1}, what was ${found.body.replace(/^The\b/, 'the')}’s position on ${about}?`
			: `According to paragraph ${s.paragraph + 1}, how did ${found.person.text} feel about ${about}?`;
		const cited = explain(analysis, s.paragraph, s.start, s.end);
		return [
			{
				kind: 'multiple_choice',
				prompt,
				options: shuffle(options, hash(prompt, ctx.seed)),
				answer,
				explanation: `${cited}, so ${answer.replace(/\.$/, '').replace(/^The\b/, 'the')} (“${found.word}”).`,
				evidence: { paragraph: s.paragraph, start: s.start, end: s.end },
				skill: 'point-of-view',
				rule: 'point-of-view-stance',
				sentenceKey: sentenceKey(s),
				factKey: `point-of-view-stance:${found.body ?? surname}`,
				quality: 0.86
			}
		];
	});
}
