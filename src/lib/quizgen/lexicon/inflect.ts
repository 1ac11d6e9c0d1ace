/**
 * A verb's definition in the form the sentence uses the verb: for "stymied" in "has been most
 * stymied", "prevented from making progress", not "prevent from making progress". Blind judges
 * kept base-form definitions but marked them as an edit a fussy teacher would make, so every
 * option of a question is put in the word's form, or none is (a lone inflected key would stand
 * out by its form).
 */
import { irregularVerbs } from '../wordnet/morphy';

export type VerbForm = 'past' | 'participle' | 'third' | 'gerund';

/** Words before a verb that make it a participle ("has been stymied", "was ousted"). */
const HELPER = /^(?:has|have|had|having|is|are|was|were|be|been|being|get|gets|got)$/i;

/** Two-syllable verbs stressed on the end, which double their last consonant ("occurred"). */
const DOUBLING = new Set(
	'occur prefer refer admit commit omit permit submit transmit control compel propel expel rebel regret equip incur deter transfer patrol'.split(
		' '
	)
);

/** Prefixes an irregular verb keeps its forms under: "undergo" → "underwent", "reset" → "reset". */
const PREFIX = /^(under|over|out|mis|with|fore|for|up|re|un|be|off)(.+)$/;

const VOWELS = /[aeiou]+/g;

/** "stop" → "stopp-", "plan" → "plann-": one vowel, then one consonant that doubles. */
function doubles(base: string): boolean {
	const oneSyllable = (base.match(VOWELS) ?? []).length === 1;
	return (oneSyllable || DOUBLING.has(base)) && /[^aeiou][aeiou][bdgklmnprt]$/.test(base);
}

function irregular(base: string): { past: string; participle: string } | undefined {
	const own = irregularVerbs.get(base);
	if (own) return own;
	const [, prefix, rest] = PREFIX.exec(base) ?? [];
	const forms = rest ? irregularVerbs.get(rest) : undefined;
	return forms && { past: prefix + forms.past, participle: prefix + forms.participle };
}

/** A base form put in `form`: "flow" → "flows", "prevent" → "prevented", "treat" → "treating". */
export function inflect(base: string, form: VerbForm): string {
	if (form === 'third') {
		if (base === 'have') return 'has';
		if (/(?:s|x|z|ch|sh|^go|^do)$/.test(base)) return `${base}es`;
		return /[^aeiou]y$/.test(base) ? `${base.slice(0, -1)}ies` : `${base}s`;
	}
	if (form === 'gerund') {
		if (base.endsWith('ie')) return `${base.slice(0, -2)}ying`;
		if (/[^eoy]e$/.test(base) && base !== 'be') return `${base.slice(0, -1)}ing`;
		return doubles(base) ? `${base}${base.at(-1)}ing` : `${base}ing`;
	}
	if (base === 'have') return 'had';
	const own = irregular(base);
	if (own) return form === 'past' ? own.past : own.participle;
	if (base.endsWith('e')) return `${base}d`;
	if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ied`;
	return doubles(base) ? `${base}${base.at(-1)}ed` : `${base}ed`;
}

/** The form of a verb as the sentence has it (`before`: the words before it), or null for its base. */
export function verbFormOf(word: string, lemma: string, before: string[]): VerbForm | null {
	const w = word.toLowerCase();
	if (w === lemma) return null;
	if (w.endsWith('ing') && !lemma.endsWith('ing')) return 'gerund';
	if (inflect(lemma, 'third') === w) return 'third';
	return before.slice(-3).some((b) => HELPER.test(b)) ? 'participle' : 'past';
}

/** A word of a definition and where it stands. */
export interface Word {
	text: string;
	start: number;
	end: number;
}

export const wordsOf = (text: string): Word[] =>
	[...text.matchAll(/[\p{L}’'-]+|,/gu)].map((m) => ({
		text: m[0],
		start: m.index,
		end: m.index + m[0].length
	}));

const LINK = /^(?:or|and|,)$/i;
/** Words that may stand between a verb and the "or" that joins the next ("hold off or keep away"). */
const PARTICLE =
	/^(?:up|off|out|away|down|in|over|back|on|past|through|around|upon|with|into|about|for|from|to)$/i;
const BE = /^(?:be|am|is|are)$/i;

/**
 * A verb's definition with its verbs in `form`: the first (after any "-ly" adverb: "gradually
 * gather") and each joined straight to a verb already put in form by "or", "and" or commas
 * ("gather or build up", "speak, pronounce, or utter"), when `isVerb` knows it as a verb's base.
 * Nothing after "to" ("promise to do or give") or after a noun ("in size, extent, or range").
 * Null when a verb is "be" (its agreement needs a subject the option has not got).
 */
export function inflectDefinition(
	text: string,
	form: VerbForm,
	isVerb: (word: string) => boolean
): string | null {
	const all = wordsOf(text);
	let i = 0;
	while (all[i] && /ly$/i.test(all[i]!.text)) i++;
	const first = all[i];
	if (!first || BE.test(first.text)) return null;
	const verbs = [first];
	for (let j = i + 1; j < all.length; j++) {
		let k = j;
		if (PARTICLE.test(all[k]!.text) && all[k - 1] === verbs.at(-1)) k++;
		const joined = (all[k - 1] === verbs.at(-1) || k > j) && LINK.test(all[k]?.text ?? '');
		if (!joined) continue;
		while (all[k] && LINK.test(all[k]!.text)) k++;
		const next = all[k];
		if (!next || !isVerb(next.text.toLowerCase())) continue;
		if (BE.test(next.text)) return null;
		verbs.push(next);
		j = k;
	}
	let out = text;
	for (const v of verbs.reverse()) {
		const word = inflect(v.text.toLowerCase(), form);
		const shown = /^\p{Lu}/u.test(v.text) ? word.charAt(0).toUpperCase() + word.slice(1) : word;
		out = out.slice(0, v.start) + shown + out.slice(v.end);
	}
	return out;
}
