/**
 * Cause and effect from explicit markers (`cause-links.ts` finds them): each link becomes a
 * well-formed question ("According to paragraph 2, why will the market stay shut?", "…, what is
 * the reason that the ferry stopped?", "What happened as a result?") whose options are all
 * causes, or all effects, of one form (clauses or noun phrases) and similar length.
 */
import { fold, overlap, words } from '../text';
import { sentenceKey, type Candidate, type RuleContext } from './candidate';
import { fairDecoy, markedReason, type Side } from './cause-decoys';
import { phraseSized, resultPhrase } from './cause-clause';
import { linksIn, statedLinks, type Link } from './cause-links';
import {
	asClause,
	asOption,
	choice,
	hasLoosePronoun,
	near,
	selfContained,
	similarLength,
	spanOf
} from './reading';

/** A noun phrase shown as an option: capitalised, no full stop. */
const asPhrase = (text: string) => {
	const body = text.trim().replace(/[.,;:]+$/, '');
	return body.charAt(0).toUpperCase() + body.slice(1);
};

/**
 * A year at the end of a noun-phrase key ("the killing of two politicians in 2013") is trimmed:
 * it adds nothing to the reason and would hand a sequence question in the same quiz its order.
 */
const undated = (text: string) =>
	text.replace(/\s+in (?:early |late |mid-)?(?:1[6-9]|20)\d{2}$/, '');
const shown = (phrase: boolean, text: string) =>
	phrase ? asPhrase(undated(text)) : asOption(text);

/**
 * The one option builder: the key and up to three decoys of the same form (all noun phrases or
 * all clauses). Decoys are other causes (or effects) the article states in other paragraphs, in
 * the role asked, never plain statements; none an earlier question offered. Too few: no question.
 */
/** First or second person: a reason in "we" or "you" is the speaker's, no decoy for a fact. */
const PERSON = /\b(?:I|me|my|we|us|our|you|your)\b/i;

/**
 * Reasons the article states that no question can be built on (inside a quotation, or beside a
 * clause that cannot stand in a prompt): "… because the ice had cracked" still names a stated
 * cause, the best wrong option for another "why". Clauses and noun phrases both.
 */
const REASON = /\b(because of|due to|owing to|because)\s+([^;:—–“”"()[\]?!]+)/gi;
const ATTRIBUTED =
	/,\s*(?:according to|(?:[\p{L}.’'-]+\s){0,4}(?:said|says|told|added|noted))\b.*$/iu;
/** A reason that opens its clause ("Because of the noise, …", "…, but because of the noise, …"). */
const OPENS_CLAUSE = /(?:^[“"‘]?|,\s*(?:but|and|yet|so)?|^(?:but|and|yet|so))$/i;
const phrase = (marker: string | undefined) => marker?.toLowerCase() !== 'because';

/**
 * A wrong reason comes from two paragraphs away at least: the next paragraph often explains the
 * same point ("the dollar is the world's reserve currency" beside "Treasury bonds are the favored
 * port" for why borrowing is cheap), and its reason may answer the question too.
 */
const apart = (o: Side, link: Link) => Math.abs(o.paragraph - link.from.paragraph) >= 2;

/**
 * Wrong options a cause-effect item needs. A link inside one sentence is asked with its other
 * half copied into the prompt: with two wrong options it was matched at a glance (blind judges
 * rejected both such items, "3 options"), so it needs three; a link across two sentences, two.
 */
export const CAUSE_DECOYS = { sentence: 3, apart: 2 };
const decoysWanted = (link: Link) =>
	link.from === link.to ? CAUSE_DECOYS.sentence : CAUSE_DECOYS.apart;

export function statedReasons(analysis: RuleContext['analysis']): Side[] {
	return analysis.sentences.flatMap((s): Side[] => {
		if (s.question || s.interviewer || !/\b(?:because|due to|owing to)\b/i.test(s.text)) return [];
		const found: Side[] = [];
		// "… in the Polish capital [of Warsaw]": an editor's insertion is no part of the reason.
		const sentence = s.text.replace(/\s*\[[^\]]*\]/g, '');
		for (const m of sentence.matchAll(REASON)) {
			// "… because the ice cracked, officials said": the attribution tail is no part of it;
			// "Because the ice cracked, the ferry …" ends at its comma.
			const opening = OPENS_CLAUSE.test(sentence.slice(0, m.index).trim());
			const body = (m[2] as string)
				.replace(opening ? /,.*$/ : ATTRIBUTED, '')
				.replace(ATTRIBUTED, '')
				.replace(/[,.]+$/, '')
				.trim();
			const isPhrase = phrase(m[1]);
			// A reason cut inside a list or aside ("because of the cold, the wind and …") or before a
			// quotation ("… where the assets are “vital”") is not whole; "thanks are due to Ms Ortiz"
			// gives credit, not a cause.
			const next = sentence.charAt((m.index ?? 0) + m[0].length);
			if ((isPhrase && /,/.test(body) && !opening) || /[“"([]/.test(next)) continue;
			if (/\b(?:thanks|credit|tribute)\s+(?:is|are|was|were)\s+$/i.test(sentence.slice(0, m.index)))
				continue;
			if (isPhrase && /\b(?:that|this|how|what|why|which)\b/i.test(body)) continue;
			const size = words(body).length;
			if (PERSON.test(body) || hasLoosePronoun(body)) continue;
			if (isPhrase ? !phraseSized(body) : size < 5 || size > 22) continue;
			const text = shown(isPhrase, body);
			if (!isPhrase && !selfContained(text)) continue;
			const marked = markedReason(sentence, body);
			found.push({ paragraph: s.paragraph, text, phrase: isPhrase, cause: true, marked });
		}
		return found;
	});
}

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
			.filter((o) => apart(o, link) && o.phrase === phrase)
			.filter((o) => o.cause === wanted && (phrase || selfContained(o.text)) && fairDecoy(o.text))
			.map((o) => o.text);
	const unused = (pool: string[]) => pool.filter((o) => !used.has(o));
	// "Not because the pay is low": the reason the sentence rules out is the first wrong option.
	const denied = link.denied && !hasLoosePronoun(link.denied) ? [shown(phrase, link.denied)] : [];
	const pool = candidates(sides);
	// Wrong options no earlier question offered: one quiz never shows the same decoy twice.
	const fresh = unused(pool);
	const count = Math.max(decoysWanted(link), fresh.length >= 6 ? 3 : 2);
	const stated = [...denied, ...similarLength(key, fresh, count - denied.length)];
	// Only stated causes (or effects) are wrong options: true events of other paragraphs were
	// tried as a top-up, and a blind reader found them no reasons at all ("Lorenz went to get
	// coffee" for why programmers leave science), so a link with fewer than it needs is not asked.
	const decoys = stated.filter((d, i, all) => all.findIndex((o) => overlap(o, d) >= 0.35) === i);
	if (decoys.length < decoysWanted(link))
		return link.ask === 'cause' ? markedOptions(link, sides, used) : null;
	for (const d of decoys) used.add(d);
	return { key, decoys, stated: stated.length };
}

/**
 * Too few reasons of the key's own form: every reason written as the article writes it, marker
 * and all ("Because the stage cracked.", "Due to the price of diesel."), answers "why" alike, so
 * clauses and noun phrases go round together. Still only stated reasons; still two at least.
 */
function markedOptions(link: Link, sides: Side[], used: Set<string>) {
	const key = markedReason(link.from.text, link.cause);
	if (!key || /^\p{L}+ (?:of |to )?(?:it|this|that|these|those)\b/iu.test(key)) return null;
	const fresh = near(sides, link.from.paragraph)
		.filter((o) => o.cause && o.marked && apart(o, link))
		.map((o) => o.marked as string)
		.filter((o) => !used.has(o) && !hasLoosePronoun(o));
	const picked = similarLength(key, fresh, Math.max(decoysWanted(link), fresh.length >= 6 ? 3 : 2));
	const decoys = picked.filter((d, i, all) => all.findIndex((o) => overlap(o, d) >= 0.35) === i);
	if (decoys.length < decoysWanted(link)) return null;
	for (const d of decoys) used.add(d);
	return { key, decoys, stated: decoys.length };
}

/** Both sides of a link as wrong options for other links: each a cause or an effect, in its form. */
function sidesOf(l: Link): Side[] {
	const phraseOf = (cause: boolean) =>
		!!l.phrase && (l.bothPhrases || (l.ask === 'cause') === cause);
	return (
		[true, false]
			.map((cause): Side => {
				const phrase = phraseOf(cause);
				return {
					paragraph: l.from.paragraph,
					// "But the town has grown since …", "Even the task …": the connective ties it to a
					// sentence not shown.
					text: shown(
						phrase,
						(cause ? l.cause : l.effect).replace(/^(?:but|and|yet|even)\s+/i, '')
					),
					phrase,
					cause,
					marked: cause ? markedReason(l.from.text, l.cause) : undefined
				};
			})
			// "Prompting the council to …" is no clause: it cannot stand beside one; "prompting swift
			// action" names a result all the same, a noun phrase.
			.flatMap((side): Side[] => {
				if (side.phrase || !/^\p{L}+ing\b/u.test(side.text)) return [side];
				const result = side.cause ? null : resultPhrase(l.effect);
				return result ? [{ ...side, text: shown(true, result), phrase: true }] : [];
			})
	);
}

/** A side of a link no question rests on (quoted, or in a sentence on "they") must name its own. */
const standsAlone = (side: Side) => !hasLoosePronoun(side.text) && fairDecoy(side.text);

/** Every link a question may rest on, in paragraph order. */
export function askableLinks(analysis: RuleContext['analysis']): Link[] {
	return eachLink(analysis, linksIn).filter((l) => !l.unasked);
}

const eachLink = (analysis: RuleContext['analysis'], find: typeof linksIn) =>
	analysis.byParagraph.flatMap((sentences) =>
		sentences.flatMap((s, i) => find(s, sentences[i - 1]))
	);

/**
 * Every cause and effect the article states, the wrong options' pool: the sides of every link
 * (those no question rests on as well) and the reasons `statedReasons` finds, in paragraph order.
 */
export function causeSides(analysis: RuleContext['analysis'], links: Link[]): Side[] {
	const asked = new Set(links.map((l) => l.from));
	const sides: Side[] = [
		...links.flatMap(sidesOf),
		...eachLink(analysis, statedLinks)
			.filter((l) => !asked.has(l.from))
			.flatMap(sidesOf)
			.filter(standsAlone)
	];
	const known = new Set(sides.map((side) => fold(side.text)));
	for (const side of statedReasons(analysis)) {
		const twin = sides.find((o) => o.cause && fold(o.text) === fold(side.text));
		if (!known.has(fold(side.text))) sides.push(side);
		else if (twin && !twin.marked) twin.marked = side.marked;
	}
	return sides.sort((a, b) => a.paragraph - b.paragraph);
}

export function causeEffectQuestions(ctx: RuleContext): Candidate[] {
	const { analysis } = ctx;
	const links = askableLinks(analysis);
	if (links.length === 0) return [];
	const sides = causeSides(analysis, links);
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
