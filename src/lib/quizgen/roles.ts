/**
 * What the article says each person is ("chief inspector Jennifer Mattinson", "Marc Goldwein,
 * senior policy director at …") and who speaks in it. A true/false item that swaps a police
 * officer into a patient's sentence, or a "Who said" offering someone who never speaks, is
 * refuted by role alone; both rules ask here first. Built once per analysis.
 */
import type { Analysis } from './analyse';
import { namedSubject } from './sentences';
import { PERSON_ROLES, TITLES, genderOfName } from './gazetteer';

const surname = (name: string) => name.split(/\s+/).pop() ?? name;

/** Role words too loose to tell two people apart: everyone is a "man" or somebody's "son". */
const LOOSE_ROLES = new Set(
	'man woman boy girl head deputy chief mother father son daughter wife husband brother sister'.split(
		' '
	)
);

/** Same office, different words: "spokesman" and "spokeswoman" are one role. */
const ROLE_FAMILY: Record<string, string> = {
	spokesman: 'spokesperson',
	spokeswoman: 'spokesperson',
	chairman: 'chair',
	chairwoman: 'chair',
	advisor: 'adviser',
	lawmaker: 'legislator',
	senator: 'legislator',
	mp: 'legislator',
	attorney: 'lawyer',
	solicitor: 'lawyer',
	barrister: 'lawyer',
	physician: 'doctor',
	dr: 'doctor',
	prof: 'professor',
	researcher: 'scientist',
	mrs: '',
	mr: '',
	ms: '',
	miss: ''
};

const SPEECH =
	/^(?:said|says|say|told|tells|added|adds|warned|argued|insisted|stressed|noted|explained|wrote|writes|recalled|asked|according|spoke|speaks|testified|claimed|claims|stated|revealed|replied|responded|countered|agreed|disagreed)$/i;
/** Other names in a list after this one ("Ortiz, Cho and Diaz said"), and "all"/"both". */
const NAME_LIST =
	/^(?:\s*(?:,|and|,\s*and)\s*(?:\p{Lu}[\p{L}'’-]+\s*){1,3})*\s*,?\s*(?:each|all|both|also|later|then)?\s*/u;

export interface PeopleIndex {
	/** Surname → the role words the article gives that person ("inspector", "professor"). */
	roles: Map<string, Set<string>>;
	/** Surnames of people the article quotes or reports as speaking. */
	speakers: Set<string>;
	/** Surnames of people named at least once other than as a speaker ("Clinton ordered …"). */
	actors: Set<string>;
}

const indexes = new WeakMap<Analysis, PeopleIndex>();

function roleWord(word: string): string | null {
	const lower = word.toLowerCase().replace(/\.$/, '');
	const isRole = PERSON_ROLES.has(lower) || TITLES.has(word) || TITLES.has(word.replace(/\.$/, ''));
	if (!isRole || LOOSE_ROLES.has(lower)) return null;
	const family = ROLE_FAMILY[lower];
	return family === undefined ? lower : family || null;
}

/**
 * Role words in the few words before a name, or in its appositive (", a professor at …,"). A
 * vice president holds another office than a president: the think tank's "executive vice
 * president" was offered heads of state as rivals, which any reader rules out.
 */
function rolesAround(text: string, start: number, end: number): string[] {
	// A quotation or sentence that ends just before the name says nothing of its role: "… against
	// the president,” Indyk said" gave Indyk the office of the president he spoke of.
	const before = text
		.slice(Math.max(0, start - 60), start)
		.replace(/^.*[”";!?]/s, '')
		.split(/\s+/)
		.slice(-4);
	const appositive = /^\s*,\s*((?:[^,.;“"]+))/.exec(text.slice(end))?.[1] ?? '';
	const words = [...before, ...appositive.split(/\s+/).slice(0, 8)].map((w) =>
		w.replace(/[^\p{L}.'-]/gu, '')
	);
	return words.flatMap((word, i) => {
		const vice = /^vice-/i.test(word) || /^vice$/i.test(words[i - 1] ?? '');
		const role = roleWord(word.replace(/^vice-/i, ''));
		return role ? [vice ? `vice ${role}` : role] : [];
	});
}

/** Whether a speech verb touches the name ("Okafor said", "said Okafor", "according to Okafor"). */
function speaksAt(text: string, start: number, end: number): boolean {
	const rest = text.slice(end, end + 100).replace(/^[’']s\b/, '');
	const after = rest.replace(NAME_LIST, '').match(/^(\p{L}+)/u)?.[1] ?? '';
	const before = text
		.slice(Math.max(0, start - 60), start)
		.replace(/[^\p{L}\s]/gu, ' ')
		.trim()
		.split(/\s+/);
	const near = before.slice(-4);
	return (
		SPEECH.test(after) ||
		near.some((w) => SPEECH.test(w)) ||
		/[”"]\s*,?\s*$/.test(text.slice(0, start))
	);
}

export function peopleIndex(analysis: Analysis): PeopleIndex {
	let index = indexes.get(analysis);
	if (index) return index;
	const roles = new Map<string, Set<string>>();
	const speakers = new Set<string>();
	const actors = new Set<string>();
	for (const m of analysis.mentions) {
		if (m.type !== 'person') continue;
		const text = analysis.paragraphs[m.paragraph] ?? '';
		const key = surname(m.text);
		const set = roles.get(key) ?? new Set<string>();
		for (const role of rolesAround(text, m.start, m.end)) set.add(role);
		roles.set(key, set);
		if (speaksAt(text, m.start, m.end)) speakers.add(key);
		else actors.add(key);
	}
	index = { roles, speakers, actors };
	indexes.set(analysis, index);
	return index;
}

/**
 * Whether `swap` may stand in for `person` in a statement without its role giving it away: both
 * have a role the article states and they share one ("inspector" and "inspector"). With no
 * role known for either, nothing shows they are alike, so the answer is no.
 */
export function sameRole(analysis: Analysis, person: string, swap: string): boolean {
	const { roles } = peopleIndex(analysis);
	const a = roles.get(surname(person)) ?? new Set();
	const b = roles.get(surname(swap)) ?? new Set();
	for (const role of a) if (b.has(role)) return true;
	return false;
}

/** Whether the article quotes or reports this person speaking. */
export function speaks(analysis: Analysis, person: string): boolean {
	return peopleIndex(analysis).speakers.has(surname(person));
}

/** Whether the article names this person at least once other than as a speaker. */
export function acts(analysis: Analysis, person: string): boolean {
	return peopleIndex(analysis).actors.has(surname(person));
}

/**
 * Whether `text` speaks of this person by their role ("the prime minister has made clear that
 * he …"): a quote that says "the prime minister" in the third person is not the prime
 * minister's own line, so offering them as its speaker is refuted by the quote itself.
 */
export function namedByRole(analysis: Analysis, person: string, text: string): boolean {
	const roles = peopleIndex(analysis).roles.get(surname(person));
	if (!roles || roles.size === 0) return false;
	const said = text.toLowerCase();
	for (const role of roles) {
		if (role && new RegExp(`\\b(?:the|our|your|their)\\s+(?:[a-z]+\\s+)?${role}s?\\b`).test(said))
			return true;
	}
	return false;
}

/**
 * Whom a "he said" or "she said" means when the sentence before names nobody ("“…,” he
 * added." a paragraph after "…,” said Ian Mills."): the last person named before it, at most
 * `reach` paragraphs back, when the article shows them speaking and of the pronoun's gender.
 * Anyone named between who could be meant (the pronoun's gender, or a gender the article does
 * not show) makes it uncertain, and the answer is null: no speaker is guessed.
 */
export function lastSpeaker(
	analysis: Analysis,
	at: { paragraph: number; start: number },
	gender: 'female' | 'male',
	reach = 2
): Analysis['mentions'][number] | null {
	const { mentions } = analysis;
	// Mentions are in reading order: a binary search finds the first one at `at` or after it.
	const before = (m: Analysis['mentions'][number]) =>
		m.paragraph < at.paragraph || (m.paragraph === at.paragraph && m.start < at.start);
	let lo = 0;
	let hi = mentions.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (before(mentions[mid] as Analysis['mentions'][number])) lo = mid + 1;
		else hi = mid;
	}
	for (let i = lo - 1; i >= 0; i--) {
		const m = mentions[i] as Analysis['mentions'][number];
		if (m.paragraph < at.paragraph - reach) return null;
		if (m.type !== 'person') continue;
		const shown = personGender(analysis, m.text);
		if (shown && shown !== gender) continue;
		// The subject of the sentence just before ("Once Ada Roe arrived, Ben Cho gave her a
		// manual. “…,” she said.") is meant even if never named as speaking.
		const previous = sentenceBefore(analysis, at);
		const justBefore = !!previous && namedSubject(previous)?.text === m.text;
		if (shown !== gender || !(justBefore || speaks(analysis, m.text))) return null;
		// Two people in one sentence who could both be meant ("Ada Roe met Eva Lund"): uncertain.
		const home = analysis.byParagraph[m.paragraph]?.[m.sentence]?.mentions ?? [];
		const rival = home.some(
			(x) =>
				x.type === 'person' &&
				surname(x.text) !== surname(m.text) &&
				personGender(analysis, x.text) !== (gender === 'female' ? 'male' : 'female')
		);
		return rival ? null : m;
	}
	return null;
}

const genderIndexes = new WeakMap<Analysis, Map<string, 'female' | 'male' | null>>();

/**
 * A person's gender as the article shows it: the first name or title of their full name;
 * a bare surname shared by people of both genders ("John Gille", "Sarah Gille") shows none.
 */
export function personGender(analysis: Analysis, name: string): 'female' | 'male' | null {
	let index = genderIndexes.get(analysis);
	if (!index) {
		index = new Map();
		for (const m of analysis.mentions) {
			if (m.type !== 'person') continue;
			const text = analysis.paragraphs[m.paragraph] ?? '';
			const title = /(\p{Lu}[\p{L}]*\.?)\s+$/u.exec(
				text.slice(Math.max(0, m.start - 6), m.start)
			)?.[1];
			const gender = genderOfName(m.subtype === 'full' ? m.text : '', title);
			if (!gender) continue;
			for (const key of new Set([m.text, surname(m.text)])) {
				const known = index.get(key);
				index.set(key, known === undefined || known === gender ? gender : null);
			}
		}
		genderIndexes.set(analysis, index);
	}
	return index.get(name) ?? index.get(surname(name)) ?? null;
}

/** The sentence before the one starting at `at`, in its paragraph. */
function sentenceBefore(analysis: Analysis, at: { paragraph: number; start: number }) {
	const sentences = analysis.byParagraph[at.paragraph] ?? [];
	const home = sentences.findIndex((s) => s.start <= at.start && at.start < s.end + 1);
	return home > 0 ? sentences[home - 1] : undefined;
}
