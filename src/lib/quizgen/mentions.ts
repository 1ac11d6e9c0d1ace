/**
 * Finds the facts a question can ask about: names (people, places, organisations) from runs of
 * capitalised proper nouns, and figures (numbers, percentages, money, dates) from wink-nlp.
 */
import {
	CITY_PREFIXES,
	FIRST_NAMES,
	LEADING_WORDS,
	NOT_NAME_WORDS,
	ORGANISATION_ROLES,
	ORGANISATION_WORDS,
	PERSON_ROLES,
	PLACE_SUFFIXES,
	SINGLE_WORD_ORGANISATIONS,
	TEAM_WORDS,
	TITLES,
	VENUE_WORDS,
	WEAK_PLACE_PREFIXES,
	WEEKDAYS,
	placeKind
} from './gazetteer';
import type { ParsedParagraph, Token } from './nlp';

export type NameType = 'person' | 'place' | 'organisation';
export type MentionType = NameType | 'number' | 'percent' | 'money' | 'date';

export interface Mention {
	type: MentionType;
	text: string;
	start: number;
	end: number;
	/** Index of the sentence within its paragraph. */
	sentence: number;
	/** Finer type that distractors must share: 'full'/'short' name, 'country', 'year', ... */
	subtype: string;
}

/**
 * A run of capitalised words that may be a name, before people are linked across the article.
 * A name is typed as a person only with evidence: a title or role before it ("Judge", "fund
 * manager"), a common first name, or what follows it (", who", ", 58,", "said"). A name-shaped
 * run without evidence stays `unknown` until `analyse.ts` finds evidence elsewhere in the article.
 */
export interface NameRun extends Omit<Mention, 'type'> {
	type: NameType | 'unknown';
	afterTitle: boolean;
	/** Looks like a person's name (two or three plain capitalised words, or one after a title). */
	nameLike: boolean;
	/** The run's own sentence shows it is a person. */
	personEvidence: boolean;
}

const isCapitalised = (token: Token) => /^\p{Lu}/u.test(token.text);
const CONNECTORS = new Set(['of', 'de', 'del', 'da', 'do', 'dos', 'van', 'von', 'and', '&']);
const SPEECH =
	/^(?:said|says|told|added|argued|warned|insisted|stressed|noted|explained|wrote|admitted|asked|believes|thinks|recalled|laughed|replied)$/;
/** Words before a name that put it on a map: "in Rosario", "near Santa Fe", "city of …". */
const PLACE_CONTEXT = /^(?:in|near|across|outside|throughout|around|inside|towards?)$/i;
const PLACE_NOUNS = /^(?:city|town|village|capital|port|province|state|region|district|suburb)$/i;

function isNameToken(token: Token, index: number, sentenceStart: number): boolean {
	if (!isCapitalised(token) || token.pos === 'PUNCT' || token.text === 'I') return false;
	// Mid-sentence, a capital letter marks a name whatever wink's tag ("James Cook University");
	// at the start of a sentence only a proper-noun tag does.
	return token.pos === 'PROPN' || index > sentenceStart;
}

/**
 * "of" and "and" join a name only inside organisations ("Bureau of Meteorology", "Securities and
 * Exchange Commission"); "de" and "da" also inside places ("Rio de Janeiro").
 */
function joinsName(run: Token[], token: Token, next: Token | undefined): boolean {
	if (!CONNECTORS.has(token.text) || !run.length || !next || !isCapitalised(next)) return false;
	if (token.text === 'and' || token.text === '&') {
		return !run.some((t) => CONNECTORS.has(t.text)) && run.length <= 2;
	}
	return token.text !== 'of' || run.some((t) => ORGANISATION_WORDS.has(t.text));
}

/** What sits around a run in its sentence: the words before and after it. */
interface Context {
	before: Token[];
	after: Token[];
}

const lower = (t: Token | undefined) => t?.text.toLowerCase() ?? '';

/** A role noun right before the name, or before a comma ("Its chair, Sofia Lindqvist"). */
function roleBefore(context: Context, roles: Set<string>): boolean {
	const [b1, b2] = [
		context.before[context.before.length - 1],
		context.before[context.before.length - 2]
	];
	if (b1 && roles.has(b1.text)) return true;
	return b1?.text === ',' && !!b2 && roles.has(b2.text);
}

/**
 * "firm Andes Cargo", or an appositive set off on both sides ("the firm, Andes Cargo, said"):
 * an organisation's kind before its name. "After leaving Lorenz’s group, Hamilton embarked"
 * ends a clause at the comma, and the name after it is that sentence's subject, not the group.
 */
function orgRoleBefore(context: Context): boolean {
	const b1 = context.before[context.before.length - 1];
	if (b1 && ORGANISATION_ROLES.has(b1.text)) return true;
	return roleBefore(context, ORGANISATION_ROLES) && context.after[0]?.text === ',';
}

/** A degree written after a name: "Katie Allen, MD, PhD". */
const CREDENTIAL = /^(?:MD|M\.D\.|PhD|Ph\.D\.|DO|RN|DDS|MPH|MBA|FRCP)$/;

/** ", who …", ", 58,", ", a retired teacher", ", MD", "said": what follows a person's name. */
function personAfter(context: Context): boolean {
	const [a1, a2, a3, a4] = context.after;
	if (a1 && SPEECH.test(a1.text)) return true;
	if (a1?.text !== ',') return false;
	if (/^(?:who|whose|aged)$/i.test(a2?.text ?? '') || CREDENTIAL.test(a2?.text ?? '')) return true;
	if (/^\d{1,3}$/.test(a2?.text ?? '') && a3?.text === ',') return true;
	if (!/^(?:a|an|the)$/i.test(a2?.text ?? '')) return false;
	return [a3, a4].some((t) => !!t && PERSON_ROLES.has(t.text));
}

/** "“…,” says Katie Allen": a speech verb right after a closing quotation mark names its speaker. */
function speakerAfterQuote(context: Context): boolean {
	const [b2, b1] = context.before.slice(-2);
	return !!b1 && SPEECH.test(b1.text) && /^[”"]$/.test(b2?.text ?? '');
}

/**
 * "Omar Hassan al-Bashir", "Osama bin Laden": a lowercase particle after the run means the
 * surname comes later, so the run's last word ("Hassan") is a given name, not a surname.
 */
function beforeParticle(context: Context): boolean {
	const [a1, a2] = context.after;
	if (!a1 || !/^(?:al|el|ad|bin|ibn|bint|abu|van|von|der|du)$/.test(a1.text)) return false;
	return (
		a2?.text === '-' || /^\p{Lu}/u.test(a2?.text ?? '') || /^(?:der|den)$/.test(a2?.text ?? '')
	);
}

function placeContext(context: Context): boolean {
	const b1 = context.before[context.before.length - 1];
	const b2 = context.before[context.before.length - 2];
	if (b1 && PLACE_CONTEXT.test(b1.text)) return true;
	if (lower(b1) === 'of' && b2 && PLACE_NOUNS.test(b2.text)) return true;
	return b1?.text === ',' && !!b2 && PLACE_NOUNS.test(b2.text);
}

/** "Kingsport Rovers" or "Ashby City 3-1": a club, named beside a score. */
function isTeam(tokens: Token[], context: Context): boolean {
	const last = tokens[tokens.length - 1]?.text ?? '';
	return TEAM_WORDS.has(last) || /^\d{1,2}[-–]\d{1,2}$/.test(context.after[0]?.text ?? '');
}

interface Typed {
	type: NameRun['type'];
	subtype: string;
	nameLike: boolean;
	personEvidence: boolean;
}

/** A plain name word, with the inner capital of "McHugh", "MacLeod", "O’Brien", "DeJesus". */
const SURNAME_WORD = /^(?:Mc|Mac|O['’]|D['’]|De|Di|La|Le)?\p{Lu}[\p{Ll}'’-]+$/u;

function classify(tokens: Token[], context: Context, afterTitle: boolean): Typed {
	const text = tokens.map((t) => t.text).join(' ');
	const first = tokens[0]?.text ?? '';
	const last = tokens[tokens.length - 1]?.text ?? '';
	const typed = (type: NameRun['type'], subtype: string = type): Typed => ({
		type,
		subtype,
		nameLike: false,
		personEvidence: false
	});
	const known = placeKind(text);
	if (known) return typed('place', known);
	const several = tokens.length > 1;
	if (several && CITY_PREFIXES.has(first)) return typed('place', 'city');
	if (several && WEAK_PLACE_PREFIXES.has(first) && placeContext(context))
		return typed('place', 'city');
	if (several && PLACE_SUFFIXES.has(last)) return typed('place', 'place');
	if (several && VENUE_WORDS.has(last)) return typed('place', 'venue');
	if (isTeam(tokens, context) && !afterTitle) return typed('organisation', 'team');
	if (several && tokens.some((t) => ORGANISATION_WORDS.has(t.text))) return typed('organisation');
	// An acronym is an organisation after "the" ("the BBC", "the FBI") or when known; a bare
	// acronym is as often a technical term ("HDR", "PC", "NBT"), never a same-type distractor.
	const acronymOrg =
		/^[A-Z]{2,5}$/.test(text) && lower(context.before[context.before.length - 1]) === 'the';
	if (!several && (acronymOrg || SINGLE_WORD_ORGANISATIONS.has(text))) return typed('organisation');
	// "developer Ammar Askar wrote": a speech verb after the name outweighs the kind word before it.
	if (orgRoleBefore(context) && !afterTitle && !personAfter(context)) return typed('organisation');
	// "Islamists", "Jacobites", "Australians": a plural group, never a person's name.
	// "Robert M. Danin", "C. Eugene Steuerle": an initial is part of a name, never its last word.
	const initial = (t: Token, i: number) =>
		/^(?:\p{Lu}\.){1,2}$/u.test(t.text) && i < tokens.length - 1 && tokens.length >= 3;
	const plainName = tokens.every(
		(t, i) => initial(t, i) || (SURNAME_WORD.test(t.text) && !/(?:ists|ites|ians)$/.test(t.text))
	);
	const nameLike =
		plainName &&
		!tokens.some((t) => NOT_NAME_WORDS.has(t.text) || CONNECTORS.has(t.text)) &&
		// "the Hamilton", "a Margaret Hamilton Lego minifigure": a name after an article names a thing.
		!/^(?:the|a|an)$/.test(lower(context.before[context.before.length - 1])) &&
		tokens.length <= 3;
	if (!nameLike || beforeParticle(context)) return typed('unknown');
	// Only now can a bare name be a place: "in Rosario", "near Kingsport".
	if (!afterTitle && placeContext(context) && !FIRST_NAMES.has(first)) {
		return typed('place', 'place');
	}
	const personEvidence =
		afterTitle ||
		roleBefore(context, PERSON_ROLES) ||
		personAfter(context) ||
		speakerAfterQuote(context) ||
		(several && FIRST_NAMES.has(first));
	const subtype = several ? 'full' : 'short';
	// One word is a person only after a title; otherwise it waits for a full name to link to.
	const type = personEvidence && (several || afterTitle) ? 'person' : 'unknown';
	return { type, subtype, nameLike, personEvidence };
}

/** Splits a capitalised run at titles: "US President Donald Trump" gives "US" and "Donald Trump". */
function splitAtTitles(run: Token[]): Array<{ tokens: Token[]; afterTitle: boolean }> {
	const parts: Array<{ tokens: Token[]; afterTitle: boolean }> = [];
	let current: Token[] = [];
	let afterTitle = false;
	for (const token of run) {
		// "Mr. Reeves", "Mrs. Hale": American style puts a full stop after the title.
		if (TITLES.has(token.text) || TITLES.has(token.text.replace(/\.$/, ''))) {
			if (current.length) parts.push({ tokens: current, afterTitle });
			current = [];
			afterTitle = true;
		} else current.push(token);
	}
	if (current.length) parts.push({ tokens: current, afterTitle });
	return parts;
}

/** A run joined by "and" without an organisation word is two names: "Paraguay and Brazil". */
function splitAtAnd(run: Token[]): Token[][] {
	const and = run.findIndex((t) => t.text === 'and' || t.text === '&');
	if (and < 0) return [run];
	const isOrganisation = (part: Token[]) => part.some((t) => ORGANISATION_WORDS.has(t.text));
	if (!isOrganisation(run.slice(0, and)) && isOrganisation(run.slice(and))) return [run];
	const parts: Token[][] = [[]];
	for (const token of run) {
		if (token.text === 'and' || token.text === '&') parts.push([]);
		else parts[parts.length - 1]?.push(token);
	}
	return parts.filter((p) => p.length);
}

/**
 * "Secretary of State Marco Rubio": after a title and "of", the first capitalised words name a
 * department, not the person. How many leading tokens of `run` to drop: those before a known
 * first name, else all but the last two (a full name), else all but the surname.
 */
function afterTitleOf(tokens: Token[], run: Token[]): number {
	const first = run[0];
	const at = first ? tokens.indexOf(first) : -1;
	if (at < 2 || tokens[at - 1]?.text !== 'of' || !TITLES.has(tokens[at - 2]?.text ?? '')) return 0;
	const named = run.findIndex((t) => FIRST_NAMES.has(t.text));
	if (named > 0) return named;
	if (named === 0) return 0;
	return Math.max(0, run.length - (run.length > 2 ? 2 : 1));
}

export function findNameRuns(parsed: ParsedParagraph): NameRun[] {
	const runs: NameRun[] = [];
	parsed.sentences.forEach((sentence, sentenceIndex) => {
		let run: Token[] = [];
		const flush = (nextIndex: number) => {
			while (run.length && CONNECTORS.has(run[run.length - 1]?.text ?? '')) run.pop();
			// "Librarian Joan Pyle" opening a sentence: the capitalised role is no part of the name.
			if (run.length >= 3 && PERSON_ROLES.has(run[0]?.text.toLowerCase() ?? '')) run.shift();
			const department = afterTitleOf(parsed.tokens, run);
			for (const words of splitAtAnd(run.slice(department))) {
				const parts = splitAtTitles(words);
				if (department > 0 && parts[0]) parts[0].afterTitle = true;
				for (const part of parts) {
					const first = part.tokens[0] as Token;
					const last = part.tokens[part.tokens.length - 1] as Token;
					const from = parsed.tokens.indexOf(first, sentence.from);
					const to = parsed.tokens.indexOf(last, from) + 1;
					const context = {
						// The role taken off the front still counts as evidence before the name.
						before: parsed.tokens.slice(Math.max(sentence.from, from - 3), from),
						after: parsed.tokens.slice(to, Math.min(sentence.to, to + 4))
					};
					const text = parsed.text.slice(first.start, last.end);
					const typed = classify(part.tokens, context, part.afterTitle);
					const span = { start: first.start, end: last.end, sentence: sentenceIndex };
					runs.push({ text, afterTitle: part.afterTitle, ...typed, ...span });
				}
			}
			void nextIndex;
			run = [];
		};
		for (let i = sentence.from; i < sentence.to; i++) {
			const token = parsed.tokens[i] as Token;
			if (isNameToken(token, i, sentence.from) || joinsName(run, token, parsed.tokens[i + 1]))
				run.push(token);
			else if (run.length) flush(i);
		}
		if (run.length) flush(sentence.to);
	});
	return runs;
}

const CURRENCY = /^[$£€¥]$/;
const MAGNITUDE = /^(?:m|bn|k|million|billion|trillion)$/i;
const SPELLED_SMALL = /^(?:zero|one|two|a|an)$/i;
/** "thousands", "dozens of": no figure to ask about. */
const VAGUE = /^(?:hundreds|thousands|millions|billions|dozens|tens|scores)\b/i;

/** Figures from wink-nlp, tidied: "About 40%" gives "40%", "£ 1.5 m" gives "£1.5m". */
export function findFigures(parsed: ParsedParagraph): Mention[] {
	const figures: Mention[] = [];
	for (const entity of parsed.numbers) {
		let { start, end } = entity;
		let type: Mention['type'] = entity.type;
		const first = parsed.tokens.findIndex((t) => t.start === start);
		const lastIndex = parsed.tokens.findIndex((t) => t.end === end);
		const before = parsed.tokens[first - 1];
		const after = parsed.tokens[lastIndex + 1];
		if (before && CURRENCY.test(before.text) && type === 'number') {
			start = before.start;
			type = 'money';
		}
		if (after && type === 'money' && MAGNITUDE.test(after.text) && after.start === end) {
			end = after.end;
		}
		const lead = LEADING_WORDS.exec(parsed.text.slice(start, end));
		if (lead) start += lead[0].length;
		const text = parsed.text.slice(start, end);
		if (!/\d/.test(text) && (SPELLED_SMALL.test(text) || type === 'date')) continue;
		if (VAGUE.test(text)) continue;
		if (WEEKDAYS.test(text) || /^\d{1,2}(?:am|pm)$/i.test(text)) continue;
		const sentence = parsed.sentences.findIndex((s) => s.start <= start && end <= s.end);
		const subtype = type === 'date' && /^\d{4}$/.test(text) ? 'year' : type;
		figures.push({ type, text, start, end, sentence: Math.max(sentence, 0), subtype });
	}
	return figures;
}
