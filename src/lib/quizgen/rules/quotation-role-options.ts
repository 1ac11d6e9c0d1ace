/**
 * The options of a quotation-role question, worded with the roles the article itself gives its
 * speakers ("To give a historian’s view on the subject", "To give a mayor’s position on the
 * subject"), not one fixed menu repeated across articles (a blind judge found four drafts of one
 * sample with the same four options). Every voice option names a role, the key's and the wrong
 * ones alike, so no option stands out as the only specific one.
 */
import type { Analysis } from '../analyse';
import { peopleIndex } from '../roles';
import { opensOnVowel } from './indefinite';

export type Voice = 'expert' | 'official' | 'affected';

/** Role words fit to print in an option, by the kind of voice they make. */
const PRINTED: Record<Voice, Set<string>> = {
	expert: new Set(
		'economist scientist professor doctor analyst historian psychologist ecologist nutritionist surgeon epidemiologist virologist meteorologist climatologist oceanographer geologist biologist chemist physicist strategist curator archivist scholar lecturer'.split(
			' '
		)
	),
	official: new Set(
		'minister governor mayor prosecutor councillor spokesperson sheriff ambassador'.split(' ')
	),
	affected: new Set(
		'resident survivor victim patient commuter passenger homeowner tenant evacuee refugee widow widower'.split(
			' '
		)
	)
};
/** Roles printed in plainer words: "legislator" reads as "lawmaker", "press secretary" as is. */
const REWORDED: Record<string, string> = {
	legislator: 'lawmaker',
	'press secretary': 'press secretary',
	'police chief': 'police chief'
};
/** A role of the kind when the article names none fit to print ("a senior fellow at …"). */
const PLAIN: Record<Voice, string> = {
	expert: 'expert',
	official: 'official',
	affected: 'affected person'
};

const withArticle = (noun: string) => `${opensOnVowel(noun) ? 'an' : 'a'} ${noun}`;

/** The option for one voice, with a role noun ("To show how a tenant reacted"). */
export function voiceOption(voice: Voice, noun = PLAIN[voice]): string {
	const who = withArticle(noun);
	if (voice === 'affected') return `To show how ${who} reacted`;
	return `To give ${who}’s ${voice === 'expert' ? 'view' : 'position'} on the subject`;
}

/** The role as an option prints it, or the plain noun of its kind. */
function printedRole(voice: Voice, role: string): string {
	const word = role.toLowerCase().replace(/s$/, '');
	if (PRINTED[voice].has(word)) return word;
	return REWORDED[role.toLowerCase()] ?? PLAIN[voice];
}

/**
 * The role the article gives someone other than the speaker whose roles make `voice`, for a
 * wrong option that fits the article ("a mayor" in a story that quotes one). `voiceOf` reads a
 * person's roles as one kind of voice (from quotation-role.ts, passed in: no import cycle).
 */
function otherRoleOf(
	analysis: Analysis,
	voice: Voice,
	speaker: string,
	voiceOf: (roles: Set<string>) => Voice | null
): string {
	for (const [surname, roles] of peopleIndex(analysis).roles) {
		if (surname === speaker || voiceOf(roles) !== voice) continue;
		const fit = [...roles].map((r) => printedRole(voice, r)).find((r) => r !== PLAIN[voice]);
		if (fit) return fit;
	}
	return PLAIN[voice];
}

/**
 * The key and the wrong voices for a speaker of `key.voice` with `key.role`. The key names the
 * role ("a doctor’s view") only when every wrong voice offered names one the article gives
 * someone else ("a mayor’s position"); a wrong voice the article gives no one is then left out,
 * as long as one remains and `room` other roles can fill its place. Otherwise every option is
 * plain ("an expert’s view"): one specific option among plain ones would stand out. Plain too
 * when the cited sentence (`key.cited`) prints the role word: a key copying it is found by
 * matching ("a research professor" → "a professor’s view", as a blind judge found).
 */
export function voiceOptions(
	analysis: Analysis,
	key: { voice: Voice; role: string; speaker: string; cited: string },
	wrong: Voice[],
	fit: { voiceOf: (roles: Set<string>) => Voice | null; room: number }
): { answer: string; others: string[] } {
	const plain = { answer: voiceOption(key.voice), others: wrong.map((v) => voiceOption(v)) };
	const noun = printedRole(key.voice, key.role);
	if (noun === PLAIN[key.voice] || new RegExp(`\\b${noun}`, 'i').test(key.cited)) return plain;
	const named = wrong
		.map((v) => [v, otherRoleOf(analysis, v, key.speaker, fit.voiceOf)] as const)
		.filter(([v, role]) => role !== PLAIN[v]);
	const dropped = wrong.length - named.length;
	if (named.length === 0 || dropped > fit.room - 1) return plain;
	return {
		answer: voiceOption(key.voice, noun),
		others: named.map(([v, role]) => voiceOption(v, role))
	};
}

/** The voice an option names, read back from its wording (for tests and checks). */
export function voiceIn(option: string | undefined): Voice | null {
	if (!option) return null;
	if (/’s view on the subject$/.test(option)) return 'expert';
	if (/’s position on the subject$/.test(option)) return 'official';
	return /^To show how .* reacted$/.test(option) ? 'affected' : null;
}
