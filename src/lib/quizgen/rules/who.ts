/**
 * "Who …?" from sentences whose subject is a named person or organisation: "Sheinbaum rejected
 * any suggestion of foreign intervention" gives "Who rejected any suggestion of foreign
 * intervention?". Made as short answer and, when enough names exist, as multiple choice.
 */
import type { ArticleMention, Sentence } from '../analyse';
import { sameName, sameOrganisationKind } from '../distractors';
import { SINGLE_WORD_ORGANISATIONS } from '../gazetteer';
import type { Token } from '../nlp';
import { antecedent, challengedVersion, explain } from '../sentences';
import { containsPhrase, hash, wordCount, words } from '../text';
import { acts, speaks } from '../roles';
import {
	fitForRecall,
	genderOf,
	genderShown,
	inCaption,
	inTitle,
	isCommon,
	plainText,
	sentenceKey,
	type Candidate,
	type RuleContext
} from './candidate';
import { peopleOptions } from './people-options';

/** A prompt about what someone said or thought, not about a deed. */
const SAYING =
	/^Who (?:said|says|told|added|argued|warned|wrote|noted|insisted|believes|thinks|called|urged|claimed|contended|maintained)\b/;

/** Words allowed before the subject: titles and roles ("US President", "Council leader"). */
const isRoleWord = (t: Token) =>
	/^\p{Lu}/u.test(t.text) || (t.pos === 'NOUN' && !/^(?:the|a|an)$/i.test(t.text));

/** The subject: a name at the start, after a role, or after an opening clause and comma. */
function subjectOf(s: Sentence): ArticleMention | null {
	const named = s.mentions.filter((m) => m.type === 'person' || m.type === 'organisation');
	for (const m of named) {
		const before = s.tokens.filter((t) => t.end <= m.start);
		const lastComma = before.map((t) => t.text).lastIndexOf(',');
		const lead = before.slice(lastComma + 1);
		if (lead.every(isRoleWord) && !lead.some((t) => t.text === '“')) return m;
	}
	return null;
}

/**
 * Where the predicate ends: at the first comma after four words, unless what follows is a short
 * list item ("share intelligence, coordinate enforcement, and …"), so the question keeps one clause.
 */
function predicateEnd(tokens: Token[]): number {
	for (let i = 4; i < tokens.length - 1; i++) {
		if (tokens[i]?.text !== ',') continue;
		const nextComma = tokens.findIndex((t, j) => j > i && t.text === ',');
		const segment = (nextComma < 0 ? tokens.length - 1 : nextComma) - i - 1;
		const listItem = segment <= 3 && /^(?:and|or)$/i.test(tokens[i + 1]?.text ?? '');
		if (!listItem && segment > 0) return i;
	}
	return tokens.length;
}

/** What may follow a comma where the question stops: a clause the question can leave out. */
const CAN_GO =
	/^(?:\p{L}+ing|which|who|whose|but|while|whereas|although|though|as|after|before|because|according|despite|including|and)$/iu;

/**
 * Words that leave a "who" question leaning on text it does not show: "still", "also", "it",
 * "they", "this"; a parenthetical "he said"; a colon or dash that joins a second thought.
 */
const LEANING =
	/\b(?:still|also|too|again|then|either|however|this|these|those|it|they|them|there|here|latter|former|same|such|about to|another|other|different|next)\b|[:;—–()]|\b(?:he|she|they|it) (?:said|says|added|argued)\b/i;
/** A predicate that stops on a word needing more ("…said that", "…in the") is a cut clause. */
const DANGLING =
	/^(?:the|a|an|that|to|of|and|or|but|in|on|for|with|by|at|from|as|than|which|who|his|her|its|their)$/i;

function cleanPredicate(predicate: string, last: Token): boolean {
	return !LEANING.test(predicate) && !DANGLING.test(last.text) && wordCount(predicate) <= 22;
}

/** "Who rejected …?" built from the words after the subject, or null if they do not fit. */
export function whoPrompt(s: Sentence, subject: Subject): string | null {
	let rest = s.tokens.filter((t) => t.start >= subject.endsAt);
	if (rest[0]?.text === ',') return null; // an appositive or relative clause: too risky to cut
	if (rest[0]?.pos === 'ADV' && /^(?:also|then|later|now)$/i.test(rest[0].text))
		rest = rest.slice(1);
	if (rest[0]?.pos !== 'VERB' && rest[0]?.pos !== 'AUX') return null;
	const end = predicateEnd(rest);
	// A cut must fall before a clause that can go ("…, saying", "…, which", "…, but"), never
	// inside one ("Who said that the plan, if approved?").
	if (end < rest.length && !CAN_GO.test(rest[end + 1]?.text ?? '')) return null;
	const kept = rest.slice(0, end).filter((t, i, all) => i < all.length - 1 || t.pos !== 'PUNCT');
	const first = kept[0];
	const last = kept[kept.length - 1];
	if (!first || !last || kept.length < 4) return null;
	// "Who went to get coffee?": a deed with one thing named is an anecdote's step, not a detail
	// worth recalling; two things named ("a class about scientific programming") carry matter.
	const named = kept.filter((t) => ['NOUN', 'PROPN', 'ADJ', 'NUM'].includes(t.pos));
	const says = SAYING.test(`Who ${first.text}`);
	if (named.length < 2 && !says) return null;
	const predicate = s.text.slice(first.start - s.start, last.end - s.start);
	if ((predicate.match(/[“”"]/g) ?? []).length % 2 === 1) return null;
	if (!cleanPredicate(predicate, last)) return null;
	const { type, subtype } = subject.mention;
	const team = subtype === 'team' || subtype === 'team-short';
	const who = type === 'person' ? 'Who' : team ? 'Which team' : 'Which organisation';
	return `${who} ${predicate}?`;
}

/** Typed answers to accept: a person by full name or surname, an organisation by its name. */
export function acceptedNames(ctx: RuleContext, m: ArticleMention): string[] {
	if (m.type === 'organisation') {
		// "SEC" also as "Securities and Exchange Commission", and the other way round.
		const pool = ctx.analysis.facts.get(`organisation/${m.subtype}`) ?? [];
		return [m.text, ...pool.filter((name) => name !== m.text && sameName(name, m.text))];
	}
	if (m.type !== 'person') return [m.text];
	const surname = m.text.split(' ').pop() ?? m.text;
	const full = ctx.analysis.facts.get('person/full')?.find((x) => x.endsWith(` ${surname}`));
	return [...new Set([m.text, full ?? m.text, surname])];
}

/** Who the sentence is about, where the predicate starts, and the first sentence to cite. */
export interface Subject {
	mention: ArticleMention;
	endsAt: number;
	from: Sentence;
}

function namedSubject(s: Sentence, ctx: RuleContext): Subject | null {
	// "“…?” Rothman recalls thinking": the sentence after a quote only attributes it.
	const previous = ctx.analysis.byParagraph[s.paragraph]?.[s.index - 1];
	if (previous && /[”"]\s*$/.test(previous.text)) return null;
	// "“…?” Rothman recalls thinking": with the quote gone, what is left says nothing.
	const mention = fitForRecall(s) ? subjectOf(s) : null;
	if (mention && /[“”"]/.test(s.text.slice(0, mention.start - s.start))) return null;
	return mention && { mention, endsAt: mention.end, from: s };
}

/**
 * "He argued that …" after a sentence naming exactly one person: the question asks who, and
 * the evidence spans both sentences so that it contains the name.
 */
function pronounSubject(s: Sentence, ctx: RuleContext): Subject | null {
	const pronoun = s.tokens[0];
	if (!pronoun || !/^(?:He|She)$/.test(pronoun.text) || /[“”"]/.test(s.text)) return null;
	if (!plainText(s.text)) return null;
	if (s.question || s.interviewer || s.inQuote || s.afterQuestion) return null;
	const mention = antecedent(s, ctx.analysis);
	const previous = ctx.analysis.byParagraph[s.paragraph]?.[s.index - 1];
	if (!mention || !previous || s.mentions.some((m) => m.type === 'person')) return null;
	// "“…,” Lorenz said. He then started to explain the unexpected result": after a quotation the
	// "He" sentence goes on with the scene the quote sets, and its "the result" leans on it.
	if (QUOTE_SAID.test(previous.text)) return null;
	return { mention, endsAt: pronoun.end, from: previous };
}

/** A quotation with its speaker ("…,” Lorenz said."), not a term in quotation marks. */
const QUOTE_SAID =
	/[”"]\s*(?:(?:\p{Lu}[\p{L}.’'-]*\s+){1,3})?(?:said|says|added|told|recalled|wrote|asked|explained)\b/u;

/** Words that would point outside a question built from a "He …" sentence. */
const LOOSE = /\b(?:they|them|their|these|those|such|it|its|this)\b/i;
/** An object pronoun in a "Who …?" names someone the question never introduces. */
const OBJECT_PRONOUN = /\b(?:him|them|us|me)\b/;
/** "her" as an object ("appointed her to lead"), not a possessive ("her office"). */
const OBJECT_HER =
	/\bher\b(?=\s+(?:to|that|and|as|in|on|for|with|from|by|at|about)\b|\s*[.,;:?]|$)/;

/**
 * The other names of the answer's kind the article gives, matched in gender when the prompt
 * shows it ("…her resignation" counts only women): a "who" question needs two at least, or the
 * only woman (the only organisation) named gives the answer away.
 */
export function rivals(ctx: RuleContext, answer: ArticleMention, prompt: string): string[] | null {
	const surname = (name: string) => name.split(/\s+/).pop() ?? name;
	if (answer.type === 'person') {
		const shown = genderShown(prompt);
		if (shown && genderOf(ctx, answer.text) !== shown) return null;
		const people = [...new Set((ctx.analysis.facts.get('person/full') ?? []).map(surname))];
		return people.filter(
			(name) => name !== surname(answer.text) && (!shown || genderOf(ctx, name) === shown)
		);
	}
	// "Hamilton" both a person's surname and an "organisation": a typing error, never asked.
	const people = ctx.analysis.facts.get('person/full') ?? [];
	if (people.some((name) => surname(name) === answer.text)) return null;
	// A one-word "organisation" not known as one ("Hamilton") is as likely a misread name.
	const single = !/\s/.test(answer.text) && !/^[A-Z]{2,6}$/.test(answer.text);
	if (single && !SINGLE_WORD_ORGANISATIONS.has(answer.text) && answer.subtype !== 'team-short')
		return null;
	const pool = ctx.analysis.facts.get(`organisation/${answer.subtype}`) ?? [];
	return pool.filter(
		(name) => !sameName(name, answer.text) && sameOrganisationKind(name, answer.text)
	);
}

/** The nouns a "who" prompt asks about ("neon", "lights", "strike", "factory"). */
function promptNouns(s: Sentence, prompt: string): Set<string> {
	const asked = new Set(words(prompt));
	return new Set(
		s.tokens
			.filter((t) => (t.pos === 'NOUN' || t.pos === 'PROPN') && t.text.length >= 4)
			.map((t) => t.text.toLowerCase())
			.filter((w) => asked.has(w))
	);
}

/** Each person's surname → the sentences naming them; built once per article. */
const naming = new WeakMap<RuleContext['analysis'], Map<string, Sentence[]>>();
function sentencesNaming(ctx: RuleContext): Map<string, Sentence[]> {
	let index = naming.get(ctx.analysis);
	if (!index) {
		index = new Map();
		for (const o of ctx.analysis.sentences) {
			for (const m of o.mentions) {
				if (m.type !== 'person') continue;
				const key = m.text.split(/\s+/).pop() ?? m.text;
				const list = index.get(key) ?? [];
				if (list[list.length - 1] !== o) list.push(o);
				index.set(key, list);
			}
		}
		naming.set(ctx.analysis, index);
	}
	return index;
}

/** In how many sentences other than `s` the person's surname stands beside one of `nouns`. */
function tiesTo(ctx: RuleContext, s: Sentence, name: string, nouns: Set<string>): number {
	const surname = name.split(/\s+/).pop() ?? name;
	const naming = sentencesNaming(ctx).get(surname) ?? [];
	return naming.filter((o) => o !== s && words(o.text).some((w) => nouns.has(w))).length;
}

/**
 * Options a student can sort by word matching: elsewhere the article names the key beside the
 * prompt's own nouns ("Claude … neon" throughout), and none of the decoys. Or a decoy the
 * article only ever quotes (an analyst) offered for a deed: only the key ever does anything.
 */
export function matchedByWords(
	ctx: RuleContext,
	s: Sentence,
	prompt: string,
	key: string,
	decoys: string[]
): boolean {
	const nouns = promptNouns(s, prompt);
	if (nouns.size === 0) return false;
	return tiesTo(ctx, s, key, nouns) > 0 && decoys.every((d) => tiesTo(ctx, s, d, nouns) === 0);
}

/** Someone the article only quotes or reports speaking: no rival for who did something. */
function onlySpeaks(ctx: RuleContext, name: string): boolean {
	return speaks(ctx.analysis, name) && !acts(ctx.analysis, name);
}

export function whoQuestions(s: Sentence, ctx: RuleContext): Candidate[] {
	if (inCaption(ctx.analysis, s.paragraph) || challengedVersion(s, ctx.analysis)) return [];
	const subject = namedSubject(s, ctx) ?? pronounSubject(s, ctx);
	const prompt = subject && whoPrompt(s, subject);
	if (!subject || !prompt) return [];
	const answer = subject.mention;
	const surname = answer.text.split(' ').pop() ?? answer.text;
	if (containsPhrase(prompt, surname) || (subject.from !== s && LOOSE.test(prompt))) return [];
	if (OBJECT_PRONOUN.test(prompt) || OBJECT_HER.test(prompt)) return [];
	const others = rivals(ctx, answer, prompt);
	if (!others || others.length < 2) return [];
	const inPool = new Set(others);
	const deed = answer.type === 'person' && !SAYING.test(prompt);
	const keep = (value: string) =>
		(inPool.has(value.split(/\s+/).pop() ?? value) || inPool.has(value)) &&
		!(deed && onlySpeaks(ctx, value));
	// A long prompt is harder to read, and one holding a figure spends that figure on a "who".
	// …and one whose answer the headline names can be guessed without reading.
	const fit =
		1 -
		(wordCount(prompt) > 16 ? 0.1 : 0) -
		(/\d/.test(prompt) ? 0.1 : 0) -
		(inTitle(ctx, answer.text) ? 0.2 : 0) -
		(isCommon(ctx, answer.text) ? 0.15 : 0);
	const evidence = { paragraph: s.paragraph, start: subject.from.start, end: s.end };
	const cited = explain(ctx.analysis, s.paragraph, evidence.start, evidence.end);
	const base = {
		prompt,
		answer: answer.text,
		explanation: `${cited}, so the answer is ${answer.text}.`,
		evidence,
		skill: 'key-details' as const,
		rule: subject.from === s ? 'who-did' : 'who-did-pronoun',
		sentenceKey: sentenceKey(s),
		factKey: answer.text.toLowerCase()
	};
	const acceptedAnswers = acceptedNames(ctx, answer);
	// Typed, "Which organisation …?" in a review of its product ("Microsoft") answers itself.
	const obvious =
		answer.type === 'organisation' && (isCommon(ctx, answer.text) || inTitle(ctx, answer.text));
	const drafts: Candidate[] = obvious
		? []
		: [{ ...base, kind: 'short_answer', acceptedAnswers, quality: 0.8 * fit }];
	const seed = hash(prompt, ctx.seed);
	const request = { answer, analysis: ctx.analysis, avoid: prompt, count: 3, seed, keep };
	const choice = peopleOptions(ctx, request);
	// Three names is a near guess: multiple choice only with four, else the name is typed.
	const decoys = choice?.options.filter((o) => o !== answer.text) ?? [];
	if (
		choice &&
		choice.options.length >= 4 &&
		!matchedByWords(ctx, s, prompt, answer.text, decoys)
	) {
		const quality = 0.85 * fit * choice.quality;
		drafts.push({ ...base, kind: 'multiple_choice', options: choice.options, quality });
	}
	return drafts;
}
