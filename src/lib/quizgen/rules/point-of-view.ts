/**
 * "Which person would most likely agree that …?" from the positions the article reports: a named
 * person who says, argues or warns that something should, must or cannot be. The options are
 * other people the article names, speakers first, so the reader must connect each view to the
 * person who holds it. Claims with "he", "she" or "we" are skipped: they give the speaker away
 * or cannot stand outside the quotation.
 */
import type { ArticleMention, Sentence } from '../analyse';
import { namedSubject } from '../sentences';
import { containsPhrase, words } from '../text';
import { sentenceKey, type Candidate, type RuleContext } from './candidate';
import { asClause, choice, leansOutside, showable } from './reading';

interface Position {
	s: Sentence;
	person: ArticleMention;
	claim: string;
}

const VERB =
	/^(?:,[^,]{3,80},)?\s+(?:said|says|argued|argues|believes|believe[sd]?|warned|warns|insisted|insists|contends|contended|maintained|maintains|stressed|claimed|claims|asserted|told [\p{L} ]{2,30}?)\s+(?:that\s+)?(.+)$/iu;
/** A position, not a report: it judges, prescribes or denies. */
const OPINION =
	/\b(?:should|must|need(?:s|ed)? to|ought|cannot|can't|won't|wrong|right to|better|worse|unfair|important|dangerous|necessary|mistake|too|only way|best|failed|would|will|could|effective|ineffective|improved|crucial|key|worth)\b/i;
const TRAILING =
	/^(.+?),\s+(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?([\p{Lu}][\p{L}’'-]+(?:\s+[\p{Lu}][\p{L}’'-]+)?)\s+(?:said|says|argued|argues|warned|warns|insisted|added)\b[^,]*(?:,.*)?$/u;
const PRONOUNS = /\b(?:he|she|his|her|him|hers|himself|herself|i|we|our|us|me|my|you|your)\b/i;

const surname = (name: string) => name.split(/\s+/).pop() ?? name;

/** "The claim, Forte said." and "The claim, said Tom Forte, who …": the speaker comes last. */
function trailingPosition(s: Sentence): { person: ArticleMention; claim: string } | null {
	const m = TRAILING.exec(s.text.trim().replace(/[.!]+$/, ''));
	const name = m?.[2];
	const person = name && s.mentions.find((x) => x.type === 'person' && x.text.endsWith(name));
	if (!person || !m?.[1]) return null;
	return { person, claim: m[1] };
}

function positionOf(s: Sentence): Position | null {
	if (!showable(s) || /[“”"?]/.test(s.text)) return null;
	const trailing = trailingPosition(s);
	const person = trailing?.person ?? namedSubject(s);
	if (!person) return null;
	const m = trailing ? null : VERB.exec(s.text.slice(person.end - s.start).replace(/[.!]+$/, ''));
	// "… and said the next phase would …" starts a second report: the claim ends before it.
	const claim = (trailing?.claim ?? m?.[1])?.split(/,? and (?:said|added|warned)\b/)[0]?.trim();
	if (claim && /^(?:said|says)\b/i.test(claim)) return null;
	if (!claim || !OPINION.test(claim) || PRONOUNS.test(claim) || leansOutside(claim)) return null;
	const count = words(claim).length;
	return count >= 5 && count <= 30 ? { s, person, claim: asClause(s, claim) } : null;
}

export function pointOfViewQuestions(ctx: RuleContext): Candidate[] {
	const { analysis } = ctx;
	const positions = analysis.sentences.flatMap((s) => positionOf(s) ?? []);
	if (positions.length === 0) return [];
	const speakers = new Set(positions.map((p) => surname(p.person.text)));
	const people = new Map<string, ArticleMention>();
	for (const m of analysis.mentions) if (m.type === 'person') people.set(surname(m.text), m);
	const byName = [...people.values()];
	return positions.flatMap((p): Candidate[] => {
		const full = p.person.subtype === 'full';
		const key = surname(p.person.text);
		// Other people named in the same form as the key, those with views of their own first.
		const others = byName
			.filter((m) => surname(m.text) !== key && !containsPhrase(p.claim, surname(m.text)))
			.sort((a, b) => Number(speakers.has(surname(b.text))) - Number(speakers.has(surname(a.text))))
			.map((m) => (full ? fullName(analysis.mentions, m) : surname(m.text)))
			.filter((name): name is string => !!name);
		const answer = full ? p.person.text : key;
		const made = choice({
			ctx,
			skill: 'point-of-view',
			rule: 'point-of-view-agree',
			prompt: `Which person would most likely agree that ${p.claim}?`,
			answer,
			decoys: [...new Set(others)],
			evidence: { paragraph: p.s.paragraph, start: p.s.start, end: p.s.end },
			because: `${answer} holds this view`,
			sentenceKey: sentenceKey(p.s),
			quality: speakers.size >= 2 ? 0.9 : 0.8
		});
		return made ? [made] : [];
	});
}

/** The full name the article gives a person, when it gives one. */
function fullName(mentions: ArticleMention[], m: ArticleMention): string | undefined {
	const last = surname(m.text);
	return mentions.find(
		(x) => x.type === 'person' && x.subtype === 'full' && surname(x.text) === last
	)?.text;
}
