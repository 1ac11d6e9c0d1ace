/**
 * Cause and effect from explicit markers: "X because Y", "Because Y, X", "X due to Y", "X,
 * prompting Y", "As a result, Y" (the cause being the sentence before). Each becomes a well-formed
 * question ("According to the article, what is the reason that X?", "What prompted …?", "What
 * happened as a result?") whose options are all causes, or all effects, of similar length.
 */
import type { Sentence } from '../analyse';
import { words } from '../text';
import { sentenceKey, type Candidate, type RuleContext } from './candidate';
import {
	asClause,
	asOption,
	choice,
	hasLoosePronoun,
	leansOutside,
	near,
	selfContained,
	showable,
	similarLength,
	spanOf
} from './reading';

interface Link {
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
}

const PAST: Record<string, string> = {
	prompting: 'prompted',
	forcing: 'forced',
	leading: 'led',
	sparking: 'sparked',
	causing: 'caused',
	triggering: 'triggered'
};

/** A tail such as ", officials said" or ", according to the report" is attribution, not cause. */
const ATTRIBUTION =
	/,\s*(?:according to|(?:[\p{L}.’'-]+\s){0,4}(?:said|says|told|added|noted))\b.*$/iu;

/** A connective before the clause ("As a result, …", "Today, …") belongs to the sentence, not the clause. */
const LEAD = /^(?:as a result|however|still|today|now|instead|meanwhile|in turn),\s+/i;

/** A noun phrase shown as an option: capitalised, no full stop. */
const asPhrase = (text: string) => {
	const body = text.trim().replace(/[.,;:]+$/, '');
	return body.charAt(0).toUpperCase() + body.slice(1);
};

/** The first of a list of causes ("demand for drugs, the flow of weapons, and …"): one is enough. */
function firstItem(list: string): string {
	const parts = list.split(/,\s+/);
	return parts.length > 1 && /\band\b/.test(parts.at(-1) ?? '') ? (parts[0] as string) : list;
}

/** Advice ("Don't …", "make sure …") is no effect, and an opening "Unfortunately," no cause. */
const IMPERATIVE =
	/^(?:don[’']t|do not|make sure|try|keep|remember|be|let|take|get|avoid|consider)\b/i;
const ADVERB = /^\p{L}+ly,\s+/u;

/** "Organisers said (that) …" before a clause reports it: the clause is what counts. */
const REPORTED = /^(?:[\p{L}’'-]+\s){1,4}(?:said|says|reported|found)\s+(?:that\s+)?/iu;

const trimTail = (text: string) =>
	text
		.trim()
		.replace(/[.!]+$/, '')
		.replace(ATTRIBUTION, '')
		.replace(LEAD, '')
		.trim();

const enough = (text: string, min: number) => words(text).length >= min;

/** "The low ranking was (due to …)": a clause cut before its complement asks nothing. */
const DANGLING = /\b(?:is|are|was|were|be|been|being)$/i;

function linksIn(s: Sentence, previous: Sentence | undefined): Link[] {
	const text = s.text.trim().replace(/[.!]+$/, '');
	if (/[“”"?]/.test(text) || !showable(s)) return [];
	const n = s.paragraph + 1;
	// An imperative ("Try not to buy …") is advice, not an event with a cause.
	if (s.tokens[0]?.pos === 'VERB') return [];
	let m = /^(.+?),? because (?!of\b)(.+)$/i.exec(text);
	if (m && !/^because\b/i.test(text) && !/\bnot$/i.test(m[1] as string)) {
		const [effect, cause] = [trimTail(m[1] as string), trimTail(m[2] as string)];
		if (enough(effect, 5) && enough(cause, 4) && !leansOutside(effect))
			return [
				{
					from: s,
					to: s,
					cause,
					effect,
					ask: 'cause',
					prompt: causePrompt(s, effect, n)
				}
			];
	}
	m = /^Because (?!of\b)([^,]+), (.+)$/.exec(text);
	if (m) {
		const [cause, effect] = [m[1] as string, trimTail(m[2] as string)];
		if (enough(effect, 5) && enough(cause, 4) && !leansOutside(effect))
			return [
				{
					from: s,
					to: s,
					cause,
					effect,
					ask: 'cause',
					prompt: causePrompt(s, effect, n)
				}
			];
	}
	m = /^(.+?), (prompting|forcing|leading|sparking|causing|triggering) (.+)$/i.exec(text);
	if (m) {
		const [cause, verb, effect] = [
			m[1] as string,
			(m[2] as string).toLowerCase(),
			trimTail(m[3] as string)
		];
		if (enough(cause, 5) && enough(effect, 3) && !leansOutside(effect))
			return [
				{
					from: s,
					to: s,
					cause,
					effect: `${verb} ${effect}`,
					ask: 'cause',
					prompt: `According to the article, what ${PAST[verb]} ${effect}?`
				}
			];
	}
	m = /^(.+?),? and (?:as a result|so|therefore|consequently),? (.+)$/i.exec(text);
	if (m) {
		const [cause, effect] = [(m[1] as string).replace(REPORTED, ''), trimTail(m[2] as string)];
		if (enough(effect, 5) && enough(cause, 5) && !leansOutside(effect) && !leansOutside(cause))
			return [
				{
					from: s,
					to: s,
					cause,
					effect,
					ask: 'effect',
					prompt: `Paragraph ${n} says that ${asClause(s, cause)}. According to the article, what happened as a result?`
				}
			];
	}
	// "Because of Y, X" / "Due to Y, X": the reason is a noun phrase before the clause.
	m = /^(?:Because of|Due to|Thanks to|Owing to|As a result of) ([^,]+), (.+)$/.exec(text);
	if (m) {
		const [cause, effect] = [firstItem(m[1] as string), trimTail(m[2] as string)];
		const found = phraseCause(s, cause, effect, n);
		if (found) return found;
	}
	// "X because of Y" / "X due to Y": the reason is a noun phrase.
	m = /^(.+?),? (?:because of|due to|thanks to|owing to) (.+)$/i.exec(text);
	if (m) {
		const effect = trimTail(m[1] as string).replace(
			/\s+(?:in part|partly|largely|mainly|mostly)$/i,
			''
		);
		const cause = firstItem(trimTail(m[2] as string));
		const found = phraseCause(s, cause, effect, n);
		if (found) return found;
	}
	// "X led to Y": both noun phrases; asked as "what did X lead to?".
	m = /^(.+?) (?:has |have |had )?(led to|resulted in) (.+)$/i.exec(text);
	if (m) {
		const [cause, verb, effect] = [
			m[1] as string,
			m[2] as string,
			firstItem(trimTail(m[3] as string))
		];
		const [sizeC, sizeE] = [words(cause).length, words(effect).length];
		const base = {
			'led to': 'lead to',
			'resulted in': 'result in',
			'contributed to': 'contribute to'
		}[verb.toLowerCase()];
		if (
			base &&
			sizeC >= 2 &&
			sizeC <= 8 &&
			sizeE >= 2 &&
			sizeE <= 10 &&
			!hasLoosePronoun(cause) &&
			!leansOutside(cause)
		)
			return [
				{
					from: s,
					to: s,
					cause,
					effect,
					ask: 'effect',
					phrase: true,
					bothPhrases: true,
					prompt: `According to paragraph ${n}, what did ${asClause(s, cause)} ${base}?`
				}
			];
	}
	// "X is fuelled by Y": Y is a noun phrase, asked as "what is X said to be fuelled by?".
	m =
		/^(?:(.*?\b(?:argued|argues|said|says|believes?|claims?) that)\s+)?(.+?) (is|are|was|were|has been|have been) (fuelled|fueled|driven|caused|triggered) by (.+)$/i.exec(
			text
		);
	if (m) {
		const [reported, subject, aux, verb, cause] = [
			m[1],
			m[2] as string,
			m[3] as string,
			m[4] as string,
			firstItem(trimTail(m[5] as string))
		];
		const words_ = words(subject).length;
		if (
			words_ >= 2 &&
			words_ <= 10 &&
			enough(cause, 2) &&
			!leansOutside(subject) &&
			!hasLoosePronoun(subject)
		) {
			const be =
				aux.split(' ')[0] === 'has'
					? 'is'
					: aux.split(' ')[0] === 'have'
						? 'are'
						: aux.split(' ')[0];
			const said = reported ? ' said to be' : '';
			return [
				{
					from: s,
					to: s,
					cause,
					effect: subject,
					ask: 'cause',
					phrase: true,
					bothPhrases: true,
					prompt: `According to paragraph ${n}, what ${be} ${asClause(s, subject)}${said} ${verb} by?`
				}
			];
		}
	}
	// "X, so Y": what follows the marker is the effect. "X, meaning (that) Y" is no marker: it
	// introduces a restatement of X ("it sold out, meaning no seats were left"), not a result.
	m = /^(.+?), (?:so|resulting in) (?!far\b|much\b|many\b|that\b)(.+)$/i.exec(text);
	if (m) {
		const [cause, effect] = [(m[1] as string).replace(REPORTED, ''), trimTail(m[2] as string)];
		const plainCause = !/^(?:if|when|while|although|as)\b/i.test(cause) && !IMPERATIVE.test(effect);
		if (plainCause && enough(effect, 5) && enough(cause, 5) && !leansOutside(cause))
			return [
				{
					from: s,
					to: s,
					cause,
					effect,
					ask: 'effect',
					prompt: `Paragraph ${n} says that ${asClause(s, cause.replace(ADVERB, ''))}. According to the article, what is the result?`
				}
			];
	}
	m = /^(?:As a result|Consequently|As a consequence|Because of this),\s+(.+)$/i.exec(text);
	if (m && previous && showable(previous) && !/[“”"?]/.test(previous.text)) {
		const effect = trimTail(m[1] as string);
		const cause = previous.text;
		if (enough(effect, 5))
			return [
				{
					from: previous,
					to: s,
					cause,
					effect,
					ask: 'effect',
					prompt: `Paragraph ${n} says that ${asClause(previous, cause)}. According to the article, what happened as a result?`
				}
			];
	}
	return [];
}

/** A cause or effect another link states: the wrong options come from these first. */
interface Side {
	paragraph: number;
	text: string;
	phrase: boolean;
	/** Stated as a cause (true) or as an effect. */
	cause: boolean;
}

const AUX = /^(?:is|are|was|were|has|have|had|can|could|will|would|must|should)$/i;

/**
 * "Why are sewer lines less affected by cold?" when the clause is subject + auxiliary + rest
 * (the subject only names things: no verb before the auxiliary); null otherwise.
 */
function whyQuestion(s: Sentence, effect: string): string | null {
	const at = s.start + s.text.indexOf(effect);
	const inside = s.tokens.filter((t) => t.start >= at && t.end <= at + effect.length);
	const aux = inside.findIndex((t) => t.pos === 'AUX' && AUX.test(t.text));
	if (
		aux < 1 ||
		inside.slice(0, aux).some((t) => !/^(?:DET|ADJ|NOUN|PROPN|NUM|ADP|PART|PUNCT)$/.test(t.pos))
	)
		return null;
	const verb = inside[aux] as (typeof inside)[number];
	// "has been closed" keeps its participle chain; a negation after the auxiliary stays with it.
	const subject = asClause(s, effect.slice(0, verb.start - at).trim());
	const rest = effect.slice(verb.end - at).trim();
	if (/^not\b/i.test(rest) || words(rest).length < 2) return null;
	return `Why ${verb.text.toLowerCase()} ${subject} ${rest}?`;
}

/** The prompt for a cause: "Why …?" where the clause inverts cleanly, else "what is the reason". */
/** "In the extreme cold, officials will not …": the opening phrase moves to the question's end. */
const OPENING = /^((?:in|during|on|at|for|under|with|after|before|since)\s[^,]{3,40}),\s+(.+)$/i;

function causePrompt(s: Sentence, effect: string, n: number): string {
	const opening = OPENING.exec(effect);
	const core = opening ? (opening[2] as string) : effect;
	const tail = opening
		? ` ${(opening[1] as string).charAt(0).toLowerCase()}${(opening[1] as string).slice(1)}`
		: '';
	const why = whyQuestion(s, core);
	return why
		? `According to paragraph ${n}, ${why.charAt(0).toLowerCase()}${why.slice(1, -1)}${tail}?`
		: `According to paragraph ${n}, what is the reason that ${asClause(s, core)}${tail}?`;
}

const shown = (phrase: boolean, text: string) => (phrase ? asPhrase(text) : asOption(text));

/**
 * The one option builder: the key and up to three decoys of the same form (all noun phrases or
 * all clauses). Decoys are other causes (or effects) the article states in other paragraphs, in
 * the role asked, never plain statements; none an earlier question offered. Too few: no question.
 */
function optionsFor(link: Link, sides: Side[], used: Set<string>) {
	const phrase = !!link.phrase;
	const key = shown(phrase, link.ask === 'cause' ? link.cause : link.effect);
	// "It is a sale of a subsidiary": which "it"? ("They are buried deeper" names the prompt's subject.)
	if (/^(?:it|this|that|these|those)\b/i.test(key)) return null;
	const wanted = link.ask === 'cause';
	// Every wrong option is a cause (or an effect) the article states elsewhere, in the role asked:
	// a plain statement or an effect offered as a reason is ruled out at a glance.
	const candidates = (pool: Side[]) =>
		near(pool, link.from.paragraph)
			.filter((o) => o.paragraph !== link.from.paragraph && o.phrase === phrase)
			.filter((o) => o.cause === wanted && (phrase || selfContained(o.text)))
			.map((o) => o.text);
	const unused = (pool: string[]) => pool.filter((o) => !used.has(o));
	const pool = candidates(sides);
	// Wrong options no earlier question offered: one quiz never shows the same decoy twice.
	// Few stated causes go round more questions with two wrong options each than with three.
	const fresh = unused(pool);
	const stated = similarLength(key, fresh, fresh.length >= 6 ? 3 : 2);
	const decoys = stated;
	if (decoys.length < 2) return null;
	for (const d of decoys) used.add(d);
	return { key, decoys, stated: stated.length };
}

export function causeEffectQuestions(ctx: RuleContext): Candidate[] {
	const { analysis } = ctx;
	const links = analysis.byParagraph.flatMap((sentences) =>
		sentences.flatMap((s, i) => linksIn(s, sentences[i - 1]))
	);
	if (links.length === 0) return [];
	const sides: Side[] = links
		.flatMap((l) => {
			const phraseOf = (cause: boolean) =>
				!!l.phrase && (l.bothPhrases || (l.ask === 'cause') === cause);
			return [true, false].map((cause) => {
				const phrase = phraseOf(cause);
				return {
					paragraph: l.from.paragraph,
					text: shown(phrase, cause ? l.cause : l.effect),
					phrase,
					cause
				};
			});
			// "Prompting the council to …" is no clause: it cannot stand beside one.
		})
		.filter((side) => side.phrase || !/^\p{L}+ing\b/u.test(side.text));
	const used = new Set<string>();
	return links.flatMap((link): Candidate[] => {
		// The side the prompt shows must name what it is about.
		const shownSide = link.ask === 'cause' ? link.effect : link.cause;
		// "… that you think one product is a deal?" addresses the reader: advice, not an event.
		if (hasLoosePronoun(shownSide) || /\b(?:you|your)\b/i.test(shownSide)) return [];
		const options = optionsFor(link, sides, used);
		// Decoys are never in "you" (page teasers are): a "you" key would stand out.
		if (!options || /\byou(?:[’']re)?\b/i.test(options.key)) return [];
		const that = link.phrase ? '' : 'that ';
		const because =
			link.ask === 'cause'
				? `the reason it gives is ${that}${asClause(link.from, link.cause)}`
				: `what followed is ${that}${asClause(link.to, link.effect)}`;
		const made = choice({
			ctx,
			skill: 'cause-effect',
			rule: `cause-effect-${link.ask}`,
			prompt: link.prompt,
			answer: options.key,
			decoys: options.decoys,
			evidence: spanOf(link.from, link.to),
			because,
			sentenceKey: sentenceKey(link.to),
			quality: options.stated >= 2 ? 0.9 : 0.84
		});
		return made ? [made] : [];
	});
}

/** A noun-phrase reason for a clause ("Because of Y, X", "X due to Y"), when both are askable. */
function phraseCause(s: Sentence, cause: string, effect: string, n: number): Link[] | null {
	const size = words(cause).length;
	if (!enough(effect, 5) || size < 2 || size > 10 || leansOutside(effect) || DANGLING.test(effect))
		return null;
	return [
		{ from: s, to: s, cause, effect, ask: 'cause', phrase: true, prompt: causePrompt(s, effect, n) }
	];
}
