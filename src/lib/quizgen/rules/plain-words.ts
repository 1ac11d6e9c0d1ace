/**
 * A tier-2 verb said in a plainer word of the same meaning ("curtailed" → "restricted"), for a
 * True statement restated in other words. The pairs are chosen by hand so the plain word reads
 * naturally in the verb's place; the dictionary still decides, sentence by sentence, that the
 * verb is used in the sense the plain word shares with it (`plainFor`), else nothing changes.
 */
import type { Sentence } from '../analyse';
import { chooseSense, contentStems, stemOf } from '../lexicon/sense';
import type { Lexicon } from '../lexicon/types';
import type { Token } from '../nlp';

/** verb → plain verb (regular, or with its forms: base/past/participle/-ing/-s). */
const PAIRS =
	'alter>change anticipate>expect attain>achieve ' +
	'cite>mention compel>oblige concur>agree curtail>restrict deter>discourage diminish>lessen ' +
	'retrieve>recover squander>waste presume>assume utilize>use utilise>use alleviate>relieve ' +
	'amplify>magnify ascertain>determine devise>invent endure>tolerate escalate>intensify ' +
	'exaggerate>overstate rebuke>scold rescind>repeal waver>hesitate ' +
	'cease>stop/stopped/stopped/stopping/stops ' +
	'assess>evaluate terminate>end endorse>back postpone>delay defer>delay tolerate>endure accelerate>quicken ' +
	'prohibit>forbid/forbade/forbidden/forbidding/forbids ' +
	'commence>begin/began/begun/beginning/begins conceal>hide/hid/hidden/hiding/hides ' +
	'implore>beg/begged/begged/begging/begs acknowledge>admit/admitted/admitted/admitting/admits';

interface Forms {
	base: string;
	past: string;
	participle: string;
	ing: string;
	s: string;
}

/** Regular forms: "change" → changed, changing, changes; "magnify" → magnified… */
function regular(base: string): Forms {
	const y = /[^aeiou]y$/.test(base);
	const e = base.endsWith('e');
	const stem = y ? base.slice(0, -1) : base;
	const past = y ? `${stem}ied` : e ? `${base}d` : `${base}ed`;
	return {
		base,
		past,
		participle: past,
		ing: e ? `${base.slice(0, -1)}ing` : `${base}ing`,
		s: y ? `${stem}ies` : /(?:s|x|z|ch|sh)$/.test(base) ? `${base}es` : `${base}s`
	};
}

const PLAIN = new Map<string, Forms>(
	PAIRS.split(/\s+/).map((pair) => {
		const [verb = '', forms = ''] = pair.split('>');
		const [base = '', past, participle, ing, s] = forms.split('/');
		const listed = past && participle && ing && s;
		return [verb, listed ? { base, past, participle, ing, s } : regular(base)];
	})
);

/** Every form of every plain word: the words a restatement may bring in (for the checks). */
export const PLAIN_FORMS: string[] = [...PLAIN.values()].flatMap((f) => [
	f.base,
	f.past,
	f.participle,
	f.ing,
	f.s
]);

/** Words before a participle: "will be prohibited", "has prohibited". */
const AUXILIARY = /^(?:be|been|being|is|are|was|were|am|has|have|had|having|get|gets|got)$/i;

/**
 * The plain word in the form the text's verb has ("curtailed" → "restricted"), or null. An
 * "-ed" form is a participle after an auxiliary ("will be prohibited" → "forbidden"); elsewhere
 * it may be either ("the goods prohibited by law"), so a plain word whose past and participle
 * differ is not used there.
 */
function inflect(token: string, lemma: string, forms: Forms, before?: Token): string | null {
	if (token === lemma) return forms.base;
	if (token.endsWith('ing')) return forms.ing;
	if (token.endsWith('ed')) {
		if (before && AUXILIARY.test(before.text)) return forms.participle;
		return forms.past === forms.participle ? forms.past : null;
	}
	if (token.endsWith('s')) return forms.s;
	return null;
}

export interface PlainWord {
	token: Token;
	/** The verb as written and the plain word that replaces it. */
	from: string;
	to: string;
}

/**
 * A verb of `s` to say plainly: a listed verb (never inside `keep`, the fact a swap needs) whose
 * sense in the sentence is clear and is one the plain word shares (its synset holds it).
 */
export function plainFor(
	lexicon: Lexicon,
	s: Sentence,
	keep: string,
	context: string
): PlainWord | null {
	for (const token of s.tokens) {
		if (token.pos !== 'VERB' || !/^[a-z]+$/.test(token.text) || keep.includes(token.text)) continue;
		const lemma = lexicon.lemma(token.text, 'verb');
		const forms = lemma ? PLAIN.get(lemma) : undefined;
		if (!lemma || !forms) continue;
		const senses = lexicon.senses(lemma, 'verb');
		const near = contentStems(s.text);
		near.delete(stemOf(lemma));
		near.delete(stemOf(token.text));
		const choice = chooseSense(senses, lemma, near, contentStems(context));
		const first = choice && senses[choice.group[0]!];
		if (!first?.synonyms.includes(forms.base)) continue;
		const to = inflect(token.text, lemma, forms, s.tokens[s.tokens.indexOf(token) - 1]);
		if (to && s.text.split(token.text).length === 2) return { token, from: token.text, to };
	}
	return null;
}
