/**
 * Which sentences can stand alone as a question's source, and how central each one is to the
 * article. A sentence whose "he" or "this" points outside it would leave the student guessing.
 */
import type { Analysis, ArticleMention, Sentence } from './analyse';
import { PERSON_ROLES } from './gazetteer';
import type { Token } from './nlp';
import { memoPer, wordCount, words } from './text';

const PERSONAL = new Set(['he', 'she', 'him', 'her', 'his', 'hers', 'they', 'them', 'their']);
const POINTING = new Set(['these', 'those', 'such']);
const BAD_STARTS = new Set(
	'this that these those such it its he she they his her their others several both instead'.split(
		' '
	)
);
const QUOTE_MARK = /^["“”]$/;
/**
 * Openings that point back to the sentence before ("Since then, relations soured", "Neither has
 * its status changed"): shown alone as an option, they refer to nothing the student can see.
 */
const LEANING_OPENING =
	/^(?:since then|by then|until then|after that|even so|in turn|nor\b|neither (?:has|have|had|is|are|was|were|did|does|do|will|would|could|can)\b)/i;

/** Tokens outside quotation marks: a quoted "we" is the speaker's, not a loose reference. */
export function tokensOutsideQuotes(tokens: Token[]): Token[] {
	let inside = false;
	return tokens.filter((token) => {
		if (QUOTE_MARK.test(token.text)) {
			inside = token.text === '”' ? false : token.text === '“' ? true : !inside;
			return false;
		}
		return !inside;
	});
}

/** A pronoun is resolved when a name or a noun comes before it in the same sentence. */
function hasLoosePronoun(sentence: Sentence): boolean {
	const outside = tokensOutsideQuotes(sentence.tokens);
	const firstNamed = sentence.mentions.find(
		(m) => m.type === 'person' || m.type === 'organisation'
	);
	return outside.some((token) => {
		const word = token.text.toLowerCase();
		if (POINTING.has(word)) return true;
		if (!PERSONAL.has(word)) return false;
		const plural = word.startsWith('th');
		const earlier = sentence.tokens.filter((t) => t.start < token.start && t.pos === 'NOUN');
		if (plural) return earlier.length === 0;
		if (firstNamed && firstNamed.start < token.start) return false;
		// "A photographer … after a photo she posted": a person named by role is the sentence's
		// subject, and "she" is that person, when the sentence names nobody.
		const subject = earlier[0];
		const byRole = !!subject && PERSON_ROLES.has(subject.text.toLowerCase()) && !firstNamed;
		return !byRole;
	});
}

/** Words by which a sentence after a question answers it ("…could not tell which came first"). */
const ANSWERING = /\b(?:which|whether|answer|yes|no)\b/i;
const QUOTED_FRAGMENT = /^[“"‘]\s*(?:because|and|but|or|so|then|yes|no)\b/i;

/**
 * Whether a sentence can be stated or asked about on its own. Never a question, an interviewer's
 * line, a fragment of a longer quotation, or an answer to the question before it.
 */
// Memoised per sentence: every rule asks it first.
export const isStandalone = memoPer((sentence: Sentence): boolean => {
	const count = wordCount(sentence.text);
	const first = words(sentence.text)[0] ?? '';
	if (count < 6 || count > 45 || sentence.question || sentence.interviewer) return false;
	if (sentence.inQuote || (sentence.afterQuestion && ANSWERING.test(sentence.text))) return false;
	// "“Because the river has risen…,” she said" answers an interviewer's question.
	if (QUOTED_FRAGMENT.test(sentence.text)) return false;
	// A sentence that opens or closes a quotation without the other half is a fragment of it.
	const opens = (sentence.text.match(/“/g) ?? []).length;
	const closes = (sentence.text.match(/”/g) ?? []).length;
	if (opens !== closes || (sentence.text.match(/"/g) ?? []).length % 2 === 1) return false;
	if (LEANING_OPENING.test(sentence.text.trim())) return false;
	return !BAD_STARTS.has(first) && !hasLoosePronoun(sentence);
});

const STOP = new Set(
	'the a an of to in on and or for why how what has have is are with'.split(' ')
);

/**
 * How central a sentence is: early position, quotations, figures, named actors and the
 * title's words all mark an article's main claims.
 */
export function importance(sentence: Sentence, analysis: Analysis): number {
	const paragraphs = Math.max(analysis.paragraphs.length, 1);
	const position = 1 - (0.6 * sentence.paragraph) / paragraphs - 0.05 * sentence.index;
	const titleWords = new Set(words(analysis.title).filter((w) => !STOP.has(w)));
	const sentenceWords = new Set(words(sentence.text));
	const titleShare = [...titleWords].filter((w) => sentenceWords.has(w)).length;
	const actors = new Set(
		sentence.mentions.filter((m) => m.type === 'person' || m.type === 'organisation')
	).size;
	const figures = sentence.mentions.filter(
		(m) => !['person', 'place', 'organisation'].includes(m.type)
	);
	const count = wordCount(sentence.text);
	return (
		0.4 * position +
		(/[“"]/.test(sentence.text) ? 0.1 : 0) +
		(figures.length ? 0.15 : 0) +
		0.1 * Math.min(actors, 2) +
		0.05 * Math.min(titleShare, 3) +
		(count >= 10 && count <= 35 ? 0.1 : 0)
	);
}

/** "Paragraph 2 says “…”, so …": the one sentence every draft's explanation is built on. */
export function explain(analysis: Analysis, paragraph: number, start: number, end: number): string {
	const text = (analysis.paragraphs[paragraph] ?? '').slice(start, end).trim().replace(/[.!]$/, '');
	return `Paragraph ${paragraph + 1} says: “${text.replace(/[“”]/g, (q) => (q === '“' ? '‘' : '’'))}”`;
}

/**
 * Who speaks a sentence that sits inside a longer quotation ("“In 2024 the water reached 5.3
 * metres…"): the paragraph must name exactly one person, and name them as a quote's speaker
 * ("“…,” Ferreira said."). Null otherwise: such a sentence is then never used.
 */
export function quotedSpeaker(sentence: Sentence, analysis: Analysis): ArticleMention | null {
	if (!sentence.inQuote || sentence.question || sentence.interviewer) return null;
	const paragraph = analysis.byParagraph[sentence.paragraph] ?? [];
	const people = paragraph.flatMap((s) => s.mentions.filter((m) => m.type === 'person'));
	const surnames = new Set(people.map((m) => m.text.split(/\s+/).pop()));
	if (surnames.size !== 1) return null;
	for (const s of paragraph) {
		const subject = namedSubject(s);
		if (subject && /[”"]/.test(s.text.slice(0, subject.start - s.start))) return subject;
	}
	return null;
}

const SPEECH_AFTER =
	/^\s*(?:said|says|told|added|argued|warned|insisted|stressed|noted|explained|wrote|asked)\b/;

/**
 * The named person a sentence is about: the first person named before its verb (after any role
 * words or an opening clause), or the speaker in "“…,” Desai said." Null when its subject is a
 * pronoun, a place or an organisation.
 */
export function namedSubject(sentence: Sentence): ArticleMention | null {
	const people = sentence.mentions.filter((m) => m.type === 'person');
	const first = sentence.tokens.find((t) => !/^[“”"‘’]$/.test(t.text));
	if (!first || PERSONAL.has(first.text.toLowerCase())) return null;
	for (const m of people) {
		const rest = sentence.text.slice(m.end - sentence.start);
		const before = sentence.tokens.filter((t) => t.end <= m.start);
		if (before.length === 0) return m;
		const closesQuote = before.some((t) => /^[”"]$/.test(t.text));
		if (closesQuote && SPEECH_AFTER.test(rest)) return m;
		const lead = before.slice(before.map((t) => t.text).lastIndexOf(',') + 1);
		const roles = lead.every((t) => /^\p{Lu}/u.test(t.text) || t.pos === 'NOUN' || t.pos === 'ADJ');
		if (roles && !lead.some((t) => /^[“”"]$/.test(t.text))) return m;
		return null;
	}
	return null;
}

/**
 * Whom a "He …" or "She …" (or a "she said") refers to: the person who is the subject of the
 * sentence just before, in the same paragraph, when that sentence names nobody else. Anything
 * less certain (an object, two people, a place, "they") gives null, and the draft is dropped.
 */
export function antecedent(sentence: Sentence, analysis: Analysis): ArticleMention | null {
	const previous = analysis.byParagraph[sentence.paragraph]?.[sentence.index - 1];
	if (!previous || previous.question || previous.interviewer) return null;
	const subject = namedSubject(previous);
	if (!subject) return null;
	const surname = (m: ArticleMention) => m.text.split(/\s+/).pop();
	const people = new Set(previous.mentions.filter((m) => m.type === 'person').map(surname));
	return people.size === 1 ? subject : null;
}

/**
 * A received version the article reports in order to challenge it ("It was long believed that
 * …", "The story is usually told like this: …", "Parents have been told for years to …"): a
 * recall item stating it as fact, or asking who did what it says, asks for what the article
 * goes on to dispute.
 */
const RECEIVED_VERSION = new RegExp(
	[
		String.raw`\b(?:is|was|were|are|been|be)\s+(?:long\s+|widely\s+|often\s+|usually\s+|commonly\s+|generally\s+|traditionally\s+|once\s+)?(?:believed|thought|assumed|told|credited|portrayed|presumed|supposed)\b`,
		String.raw`\b(?:usually|often|commonly|traditionally|typically|generally)\s+(?:told|credited|described|portrayed|cited|remembered)\b`,
		String.raw`\b(?:conventional wisdom|the story goes|legend has it|myth|the (?:standard|usual|popular|official|received|familiar) (?:story|account|version|narrative))\b`
	].join('|'),
	'i'
);

/** Whether `sentence`, or a sentence before it in its paragraph, reports a version to challenge. */
export function challengedVersion(sentence: Sentence, analysis: Analysis): boolean {
	const paragraph = analysis.byParagraph[sentence.paragraph] ?? [];
	return paragraph.slice(0, sentence.index + 1).some(reportsVersion);
}

// Asked by several rules of every sentence and of each sentence before it: tested once each.
const reportsVersion = memoPer((s: Sentence) =>
	RECEIVED_VERSION.test(s.text.replace(/[“"][^”"]*[”"]/g, ' '))
);
