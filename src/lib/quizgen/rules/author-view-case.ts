/**
 * The author's verdict on someone's argument: "Nonetheless, Ruiz makes a convincing case for the
 * tram as the city's best hope" judges the case, in the author's own voice, whether or not the
 * author ever says "I" (a book review seldom does). Read as a verdict of `author-view.ts`: what is
 * judged is "Ruiz’s case for the tram as the city's best hope", the attitude from the adjective.
 * Only someone named makes the case, and only in a sentence that reports no speech: "said Ruiz
 * makes a convincing case" is a source's verdict.
 */
import type { Sentence } from '../analyse';
import { words } from '../text';
import { hasLoosePronoun, speaksInPerson } from './reading';

export type CaseAttitude = 'for' | 'against';

const ADJECTIVE: Record<string, CaseAttitude> = {
	convincing: 'for',
	compelling: 'for',
	persuasive: 'for',
	strong: 'for',
	powerful: 'for',
	unconvincing: 'against',
	weak: 'against',
	flimsy: 'against',
	unpersuasive: 'against'
};
/** "(Nonetheless,) Ruiz makes a convincing case for …", the opening turn kept out of the name. */
const CASE = new RegExp(
	`^(?:(?:still|nonetheless|nevertheless|yet|but|ultimately|overall|in the end),?\\s+)?(.+?)\\s+(?:makes|made|has made)\\s+(?:an?\\s+)?(?:very\\s+|largely\\s+)?(${Object.keys(ADJECTIVE).join('|')})\\s+case\\s+(for|that)\\s+(.+)$`,
	'i'
);
/** A name: capitalised words, a lower-case particle before the surname allowed. */
const NAME =
	/^(?:\p{Lu}[\p{L}’'.-]*\s+)*(?:(?:de|van|von|da|del|della|di|du|le|la)\s+)?\p{Lu}[\p{L}’'-]+$/u;
const PARTICLE = /^(?:de|van|von|da|del|della|di|du|le|la)$/;
const SPEECH = /\b(?:said|says|told|argued|argues|according to|wrote|writes)\b/i;

/** What is judged and the attitude, or null: "de Miranda’s case for neon as a symbol of …". */
export function caseVerdict(s: Sentence): { about: string; attitude: CaseAttitude } | null {
	const text = s.text.trim().replace(/[.!]+$/, '');
	if (/[“”"?;:()]/.test(text) || SPEECH.test(text)) return null;
	const m = CASE.exec(text);
	if (!m) return null;
	const [, who, adjective, joint, what] = m as unknown as [string, string, string, string, string];
	// The one who makes the case is named: a person the finder knows, or proper nouns the tagger
	// marks ("de Miranda", which no name list holds), never "The book" or "This study".
	const at = s.start + text.indexOf(who);
	const person = s.mentions.some((x) => x.type === 'person' && x.end === at + who.length);
	const tokens = s.tokens.filter((t) => t.start >= at && t.end <= at + who.length);
	const proper =
		NAME.test(who) &&
		tokens.length > 0 &&
		tokens.every((t) => t.pos === 'PROPN' || PARTICLE.test(t.text));
	if ((!person && !proper) || words(who).length > 4) return null;
	const size = words(what).length;
	if (size < 2 || size > 16 || hasLoosePronoun(what) || speaksInPerson(what)) return null;
	const owner = `${who}${/s$/.test(who) ? '’' : '’s'}`;
	const attitude = ADJECTIVE[adjective.toLowerCase()] as CaseAttitude;
	return { about: `${owner} case ${joint} ${what}`, attitude };
}
