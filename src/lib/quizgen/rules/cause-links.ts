/**
 * The cause-and-effect links a sentence states with an explicit marker, each with the question
 * it supports. A reason as a clause ("X because Y", "Because Y, X", "X, since Y", "X, which is
 * why Y", "X after Y" for a reaction), a reason as a noun phrase ("X due to Y", "Because of Y,
 * X", "X in response to Y", "X amid fears of Y", "X was due to Y", "Y caused by X"), a result
 * ("X, prompting Y", "X led to Y", "X prompted Y", "X, so Y", "As a result, Y" after X). The
 * patterns are tried in order; the first that yields a sound link wins.
 */
import type { Sentence } from '../analyse';
import { asClause, hasLoosePronoun, leansOutside, showable } from './reading';
import { causePrompt } from './cause-prompt';
import { acrossLinks, POINTS_BACK, SUBJECT_BACK } from './cause-across';
import { enough, firstItem, phraseSized, trimTail } from './cause-clause';

export interface Link {
	from: Sentence;
	to: Sentence;
	cause: string;
	effect: string;
	/** What the question asks for. */
	ask: 'cause' | 'effect';
	/** The key is a noun phrase ("demand for drugs"), so its decoys must be noun phrases too. */
	phrase?: boolean;
	/** Both sides are noun phrases ("X led to Y"), not only the one asked for. */
	bothPhrases?: boolean;
	prompt: string;
	/** A reason the sentence rules out ("not because …"): a wrong option of the same form. */
	denied?: string;
	/**
	 * Stated but not asked ("could lead to" is a possible result; ", setting the stage for" may
	 * hang on any clause before it): its sides are wrong options only.
	 */
	unasked?: boolean;
}

const PAST: Record<string, string> = {
	prompting: 'prompted',
	forcing: 'forced',
	leading: 'led',
	sparking: 'sparked',
	causing: 'caused',
	triggering: 'triggered',
	'setting the stage for': 'set the stage for',
	'paving the way for': 'paved the way for'
};

/** Advice ("Don't …", "make sure …") is no effect, and an opening "Unfortunately," no cause. */
const IMPERATIVE =
	/^(?:don[’']t|do not|make sure|try|keep|remember|be|let|take|get|avoid|consider)\b/i;
const ADVERB = /^\p{L}+ly,\s+/u;

/** "… he found that X could lead to Y": what was found is the cause, not who found it. */
const FOUND = /^.*\b(?:found|showed|shown|suggests?|suggested|argued|believes?|warned) that\s+/i;

/** "Organisers said (that) …" before a clause reports it: the clause is what counts. */
const REPORTED = /^(?:[\p{L}’'-]+\s){1,4}(?:said|says|reported|found)\s+(?:that\s+)?/iu;

/** "The low ranking was (due to …)": a clause cut before its complement asks nothing. */
const DANGLING = /\b(?:is|are|was|were|be|been|being)$|\b(?:that|this|it)[’']s$/i;

/** A clause reason for a clause ("X because Y"), when both can stand in a question. */
function clauseCause(s: Sentence, effect: string, cause: string): Link | null {
	// "many programmers leave science" (four words) is a whole event.
	if (!enough(effect, 4) || !enough(cause, 4) || leansOutside(effect)) return null;
	return {
		from: s,
		to: s,
		cause,
		effect,
		ask: 'cause',
		prompt: causePrompt(s, effect, s.paragraph + 1)
	};
}

/** A noun-phrase reason for a clause ("Because of Y, X", "X due to Y"), when both are askable. */
function phraseCause(s: Sentence, cause: string, effect: string): Link | null {
	if (!enough(effect, 5) || !phraseSized(cause) || leansOutside(effect) || DANGLING.test(effect))
		return null;
	if (/^(?:this|that|these|those|it)\b/i.test(cause)) return null;
	return {
		from: s,
		to: s,
		cause,
		effect,
		ask: 'cause',
		phrase: true,
		prompt: causePrompt(s, effect, s.paragraph + 1)
	};
}

/** Two noun phrases linked ("X led to Y", "Y was due to X"): one of them asked, by `prompt`. */
function phraseLink(
	s: Sentence,
	cause: string,
	effect: string,
	ask: Link['ask'],
	prompt: string
): Link {
	return { from: s, to: s, cause, effect, ask, phrase: true, bothPhrases: true, prompt };
}

/** A result clause after a cause clause ("X, so Y"), asked as "what happened as a result?". */
function clauseEffect(s: Sentence, cause: string, effect: string, lead = 'happened'): Link | null {
	if (!enough(effect, 5) || !enough(cause, 5) || leansOutside(cause) || IMPERATIVE.test(effect))
		return null;
	// "Digging is also a challenge": in a prompt, "also" points to a sentence it does not show.
	const shown = asClause(s, cause.replace(ADVERB, '').replace(/\s+also\b/i, ''));
	const question = lead === 'happened' ? 'what happened as a result?' : 'what is the result?';
	return {
		from: s,
		to: s,
		cause,
		effect,
		ask: 'effect',
		prompt: `Paragraph ${s.paragraph + 1} says that ${shown}. According to the article, ${question}`
	};
}

/** Verbs of a reaction: "X resigned after Y" states why X resigned; "X had coffee after Y" does not. */
const REACTION =
	/\b(?:fled|resigned|elected|assaulted|attacked|stormed|rioted|died|collapsed|evacuated|cancell?ed|postponed|halted|suspended|recalled|apologised|(?:was|were) (?:taken to|rushed to|charged|jailed|released|killed|injured|hurt)|apologi[sz]ed|protested|was (?:arrested|fired|sacked|suspended|evacuated|banned|closed|hospitali[sz]ed|taken to)|were (?:arrested|fired|evacuated|banned|closed)|stepped down|faced (?:criticism|calls|a backlash)|has faced criticism|came under (?:fire|pressure)|was criticized|was criticised|pulled out|withdrew|sued|is fighting back|fought back|backed down|reversed)\b/i;

/** A "since" that gives a reason: followed by a state ("since it is …"), never a time. */
const TEMPORAL_SINCE =
	/\b(?:took|became|began|started|launched|arrived|joined|came|left|opened|was founded)\b/i;

const QUOTE = /[“”"‘’]\s|[“”"]|\s‘/;

type Pattern = (s: Sentence, text: string) => Link | null;

const PATTERNS: Pattern[] = [
	// "X not because Y, but because Z": Z is the reason; the reason ruled out is the best decoy.
	(s, text) => {
		const m = /^(.+?),? not because (.+?),? but because (.+)$/i.exec(text);
		if (!m) return null;
		const link = clauseCause(s, trimTail(m[1] as string), trimTail(m[3] as string));
		return link && { ...link, denied: trimTail(m[2] as string) };
	},
	// "X because Y" (a clause after "because").
	(s, text) => {
		const m = /^(.+?),? because (?!of\b)(.+)$/i.exec(text);
		if (!m || /^because\b/i.test(text) || /\bnot$/i.test(m[1] as string)) return null;
		return clauseCause(s, trimTail(m[1] as string), trimTail(m[2] as string));
	},
	// "Because Y, X".
	(s, text) => {
		const m = /^Because (?!of\b)([^,]+), (.+)$/.exec(text);
		return m ? clauseCause(s, trimTail(m[2] as string), m[1] as string) : null;
	},
	// "X, since Y" where Y is a state, not a time ("since it is the only …").
	(s, text) => {
		const m = /^(.+?), since (.+)$/i.exec(text);
		if (!m || TEMPORAL_SINCE.test(m[2] as string)) return null;
		// "has grown since …" and "the first time since …" count time.
		if (/\b(?:has|have|had)\s+(?:\p{L}+\s+)?(?:been|\p{L}+ed)\b|\bfirst\b/iu.test(m[1] as string))
			return null;
		const cause = trimTail(m[2] as string);
		if (!/\b(?:is|are|was|were|has|have|had|can|could|does|do|did)\b/i.test(cause)) return null;
		return clauseCause(s, trimTail(m[1] as string), cause);
	},
	// "X, which is why Y" / "X, that's why Y": the clause before is the reason.
	(s, text) => {
		const m = /^(.+?),? (?:which is why|that[’']s why|that is why|and that is why) (.+)$/i.exec(
			text
		);
		return m ? clauseCause(s, trimTail(m[2] as string), trimTail(m[1] as string)) : null;
	},
	// "X, prompting Y": asked as "what prompted Y?".
	(s, text) => {
		const m =
			/^(.+?), (prompting|forcing|leading|sparking|causing|triggering|setting the stage for|paving the way for) (.+)$/i.exec(
				text
			);
		if (!m) return null;
		const [cause, verb, effect] = [
			m[1] as string,
			(m[2] as string).toLowerCase(),
			trimTail(m[3] as string)
		];
		if (!enough(cause, 5) || !enough(effect, 3) || leansOutside(effect)) return null;
		return {
			from: s,
			to: s,
			cause,
			effect: `${verb} ${effect}`,
			ask: 'cause',
			prompt: `According to the article, what ${PAST[verb]} ${effect}?`,
			// "…, setting the stage for Y" may hang on any clause before it: stated, not asked.
			unasked: verb.includes(' ') || undefined
		};
	},
	// "X, and as a result Y" / "X, and so Y".
	(s, text) => {
		const m = /^(.+?),? and (?:as a result|so|therefore|consequently),? (.+)$/i.exec(text);
		if (!m) return null;
		const cause = (m[1] as string).replace(REPORTED, '');
		if (leansOutside(trimTail(m[2] as string))) return null;
		return clauseEffect(s, cause, trimTail(m[2] as string));
	},
	// "Because of Y, X" / "Due to Y, X" / "In response to Y, X".
	(s, text) => {
		const m =
			/^(?:Because of|Due to|Thanks to|Owing to|As a result of|In response to|In the wake of|For fear of|Amid(?= (?:growing |mounting |rising )?(?:fears|concerns|pressure|protests|criticism|anger|outrage|a backlash))) ([^,]+), (.+)$/.exec(
				text
			);
		return m ? phraseCause(s, firstItem(m[1] as string), trimTail(m[2] as string)) : null;
	},
	// "X because of Y" / "X due to Y" / "X in response to Y" / "X amid fears of Y".
	(s, text) => {
		const m =
			/^(.+?),? (?:because of|due to|thanks to|owing to|in response to|in the wake of|for fear of|amid(?= (?:growing |mounting |rising )?(?:fears|concerns|pressure|protests|criticism|anger|outrage|a backlash)\b)) (.+)$/i.exec(
				text
			);
		if (!m) return null;
		const effect = trimTail(m[1] as string).replace(
			/\s+(?:in part|partly|largely|mainly|mostly)$/i,
			''
		);
		return phraseCause(s, firstItem(trimTail(m[2] as string)), effect);
	},
	// "The low ranking was due to Y": asked as "what caused the low ranking?".
	(s, text) => {
		const m =
			/^(.+?) (is|was|were|are) (?:largely |mainly |mostly |partly )?(?:due to|the result of|caused by) (.+)$/i.exec(
				text
			);
		if (!m) return null;
		const [subject, be, cause] = [
			m[1] as string,
			(m[2] as string).toLowerCase(),
			firstItem(trimTail(m[3] as string))
		];
		if (!phraseSized(subject) || leansOutside(subject) || hasLoosePronoun(subject)) return null;
		if (!phraseSized(cause) || /^(?:this|that|it)\b/i.test(cause)) return null;
		const verb = be === 'is' || be === 'are' ? 'causes' : 'caused';
		return phraseLink(
			s,
			cause,
			subject,
			'cause',
			`According to paragraph ${s.paragraph + 1}, what ${verb} ${asClause(s, subject)}?`
		);
	},
	// "X led to Y" / "X prompted Y": both noun phrases.
	(s, text) => {
		const m =
			/^(.+?) (?:has |have |had |(can|could|may|might|will|would) )?(led to|lead to|resulted in|prompted|sparked|triggered|caused|forced) (.+)$/i.exec(
				text
			);
		// "… could lead to Y" states a possible result: its sides are stated, the link is not asked.
		if (!m || (!m[2] && (m[3] as string).toLowerCase() === 'lead to')) return null;
		const [cause, verb, effect] = [
			(m[1] as string).replace(/^(?:but|and|yet)\s+/i, '').replace(FOUND, ''),
			(m[3] as string).toLowerCase(),
			firstItem(
				trimTail(m[4] as string)
					.replace(/,\s+(?:and|but|which|while)\b.*$/i, '')
					// "… forced the evacuation of the hall and was a reminder …": the second verb ends it.
					.replace(/\s+and\s+(?:is|was|are|were|has|had)\b.*$|\s+[—–]\s.*$/i, '')
			)
		];
		if (!phraseSized(cause) || !phraseSized(effect)) return null;
		if (hasLoosePronoun(cause) || leansOutside(cause) || /,/.test(cause)) return null;
		// "… prompted him to resign" names no event; "caused by" is the passive pattern's.
		if (/^(?:him|her|them|it|us|me|by)\b/i.test(effect) || leansOutside(effect)) return null;
		// "forced the council to …" names who, not what: only "forced the evacuation of …" is an effect.
		if (verb === 'forced' && /\bto\b/i.test(effect)) return null;
		if (m[2]) return { ...phraseLink(s, cause, effect, 'effect', ''), unasked: true };
		const asksCause = verb !== 'led to' && verb !== 'resulted in';
		const base = { 'led to': 'lead to', 'resulted in': 'result in' }[verb];
		return phraseLink(
			s,
			cause,
			effect,
			asksCause ? 'cause' : 'effect',
			asksCause
				? `According to paragraph ${s.paragraph + 1}, what ${verb} ${asClause(s, effect)}?`
				: `According to paragraph ${s.paragraph + 1}, what did ${asClause(s, cause)} ${base}?`
		);
	},
	// "X is fuelled by Y": asked as "what is X said to be fuelled by?".
	(s, text) => {
		const m =
			/^(?:(.*?\b(?:argued|argues|said|says|believes?|claims?) that)\s+)?(.+?) (is|are|was|were|has been|have been) (fuelled|fueled|driven|caused|triggered) by (.+)$/i.exec(
				text
			);
		if (!m) return null;
		const [reported, subject, aux, verb, cause] = [
			m[1],
			m[2] as string,
			m[3] as string,
			m[4] as string,
			firstItem(trimTail(m[5] as string))
		];
		if (!phraseSized(subject) || !enough(cause, 2) || leansOutside(subject)) return null;
		if (hasLoosePronoun(subject)) return null;
		const first = aux.split(' ')[0] as string;
		const be = first === 'has' ? 'is' : first === 'have' ? 'are' : first;
		const said = reported ? ' said to be' : '';
		return phraseLink(
			s,
			cause,
			subject,
			'cause',
			`According to paragraph ${s.paragraph + 1}, what ${be} ${asClause(s, subject)}${said} ${verb} by?`
		);
	},
	// "X resigned after Y": a reaction and what it answered. "Meaning (that) Y" is no marker.
	(s, text) => {
		const m = /^(.+?),? after (.+)$/i.exec(text);
		if (!m || !REACTION.test(m[1] as string) || /^after\b/i.test(text)) return null;
		const [effect, cause] = [
			trimTail(m[1] as string).replace(/,\s+\p{L}+ing\b.*$/u, ''),
			trimTail(m[2] as string)
		];
		if (
			hasLoosePronoun(cause) ||
			/^(?:all|that|this|a while|hours|days|weeks|years)\b/i.test(cause)
		)
			return null;
		const verb = /\b(?:is|are|was|were|has|have|had|\p{L}+ed)\b/iu.test(cause);
		return verb ? clauseCause(s, effect, cause) : phraseCause(s, cause, effect);
	},
	// "X, so Y" / "X, resulting in Y": what follows the marker is the effect.
	(s, text) => {
		const m = /^(.+?), (?:so|resulting in) (?!far\b|much\b|that\b)(.+)$/i.exec(text);
		if (!m) return null;
		const cause = (m[1] as string).replace(REPORTED, '');
		if (/^(?:if|when|while|although|as)\b/i.test(cause)) return null;
		return clauseEffect(s, cause, trimTail(m[2] as string), 'result');
	}
];

/** The link a sentence states, if any; `previous` is the cause for an opening "As a result, …". */
export function linksIn(s: Sentence, previous: Sentence | undefined): Link[] {
	// A quotation opening the sentence is someone's words; one inside it may sit outside the link.
	if (/^[“"‘]/.test(s.text.trim()) || s.inQuote) return [];
	// "That is why …" leans on the sentence before by design: that one must stand alone.
	if (!showable(s) && !POINTS_BACK.test(s.text.trim())) return [];
	return statedLinks(s, previous);
}

/**
 * The link a sentence states, whether or not a question can rest on it (inside a quotation, a
 * sentence opening on "they"): its sides are still causes and effects the article states, the
 * wrong options another link's question needs.
 */
export function statedLinks(s: Sentence, previous: Sentence | undefined): Link[] {
	const text = s.text.trim().replace(/[.!]+$/, '');
	if (/\?/.test(text)) return [];
	// An imperative ("Try not to buy …") is advice, not an event with a cause.
	// A gerund opening ("Pouring money into …") is a subject, not a command.
	if (s.tokens[0]?.pos === 'VERB' && !/^\p{L}+ing\b/u.test(text)) return [];
	// "The move sparked protests": "the move" is the sentence before, never a cause of its own.
	if (SUBJECT_BACK.test(text)) return QUOTE.test(text) ? [] : acrossLinks(s, previous, text);
	for (const pattern of PATTERNS) {
		const link = pattern(s, text);
		// Neither side may carry a quotation mark ("… because it was “vital”" half-quotes a source).
		if (link && !QUOTE.test(`${link.cause} ${link.effect} ${link.prompt}`)) return [link];
	}
	return QUOTE.test(text) ? [] : acrossLinks(s, previous, text);
}
