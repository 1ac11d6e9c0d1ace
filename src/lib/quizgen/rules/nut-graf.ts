/**
 * Feature stories often open on an anecdote ("Ana Ortiz unlocked the clinic before dawn …") and
 * state their point only in the "nut graf", two to five paragraphs on ("Clinics like hers are
 * part of a growing shortage …"). A central-idea key taken from the anecdote is a detail of one
 * person's day, so the key must come from the nut graf or after it; when the nut graf leans on
 * the anecdote ("Her story is one of many …") and cannot stand as an option, nothing before it
 * may be the key either.
 */
import type { Analysis, Sentence } from '../analyse';
import { containsPhrase, words } from '../text';

/** Words that turn one person's story into the article's subject: a trend, a wider pattern. */
export const NUT =
	/\b(?:(?:is|are|was|were)\s+(?:just\s+)?(?:one of (?:many|a growing number|thousands|hundreds|dozens|the many)|part of an? (?:broader|larger|wider|growing|national|nationwide|global|statewide|new)|among (?:a growing number|many|thousands|hundreds|dozens))|(?:is|are) not alone\b|the latest (?:sign|example|in a)\b|(?:it|this|that|hers|his|theirs) is (?:a|the) (?:story|pattern|scene|problem) (?:playing out|repeated|familiar))/i;

/** A speech or news verb right after the opening name: a news lede ("Obama has admitted …"). */
const NEWS_VERB =
	/^\s*(?:,[^,]{3,80},\s*)?(?:has|have|had|will|would|is|was)?\s*(?:said|says|told|announced|admitted|warned|urged|called|pledged|denied|confirmed|resigned|won|lost|signed|vetoed|ruled)\b/i;
/** A name after an office or title ("President Barack Obama"): news about an office-holder. */
const OFFICE_BEFORE =
	/\b(?:President|Prime Minister|Minister|Senator|Sen\.|Rep\.|Governor|Gov\.|Mayor|Chancellor|King|Queen|Pope|CEO|chief executive|Secretary)\s+$/;
/** Past-tense narration of one moment: the story's scene, not its news. */
const NARRATED =
	/\b(?:\w+ed|was|were|had|went|came|sat|stood|found|took|got|woke|ran|saw|heard|felt|began|knew|thought|left|made)\b/i;

const surname = (name: string) => name.split(/\s+/).pop() ?? name;

/** The named person an anecdote opens on, or '' when the first sentence is no anecdote. */
function anecdotePerson(analysis: Analysis, first: Sentence): string {
	const person = first.mentions.find((m) => m.type === 'person');
	if (!person) return '';
	const text = analysis.paragraphs[first.paragraph] ?? '';
	const before = text.slice(first.start, person.start);
	// The sentence opens on the person (a few words at most before the name).
	if (words(before).length > 3 || OFFICE_BEFORE.test(before)) return '';
	if (containsPhrase(analysis.title, surname(person.text))) return '';
	const after = text.slice(person.end, first.end);
	if (NEWS_VERB.test(after) || !NARRATED.test(after)) return '';
	return surname(person.text);
}

/** Whether a paragraph carries on the anecdote: the person again, or "She"/"He" opening it. */
function continuesStory(analysis: Analysis, paragraph: number, name: string): boolean {
	const sentences = analysis.byParagraph[paragraph] ?? [];
	if (sentences.some((s) => NUT.test(s.text))) return false;
	const text = analysis.paragraphs[paragraph] ?? '';
	return new RegExp(`\\b${name}\\b`).test(text) || /^(?:she|he|they|her|his)\b/i.test(text);
}

export interface Opening {
	/** The first paragraph past the anecdote: the key sits here or later. 0 when no anecdote. */
	from: number;
	/** The nut graf's sentence, when the article has one early. */
	nut?: Sentence;
}

/**
 * Where the point may be stated: past an anecdote lede, and at its nut graf when the article
 * has one within its first seven paragraphs (then the nut graf is the key or nothing is).
 */
export function openingOf(analysis: Analysis, hook: (text: string) => boolean): Opening {
	const first = analysis.byParagraph[0]?.[0];
	if (!first) return { from: 0 };
	const name = anecdotePerson(analysis, first);
	if (!name && !hook(first.text)) return { from: 0 };
	const nut = analysis.sentences.find(
		(s) => s.paragraph >= 1 && s.paragraph <= 6 && NUT.test(s.text)
	);
	if (nut) return { from: nut.paragraph, nut };
	let from = 1;
	while (from < 5 && name && continuesStory(analysis, from, name)) from++;
	return { from };
}
