/**
 * Multi-word expressions a word-meaning question can ask about ("As it is used in this
 * sentence, what does “play down” most nearly mean?"): phrasal verbs and idioms whose meaning is
 * not the sum of their words, each with a hand-written meaning it has in every ordinary news
 * use, the inflections it is found in, and the meanings no wrong answer may come near (`avoid`).
 * Left out: phrases that are as often literal ("step down from the stage" is rarer than "step
 * down as chair", so only the latter is read), and prepositional ones no pool of same-kind
 * meanings can give wrong answers for ("in the wake of").
 */
import type { CuratedSense } from './curated';
import type { LexicalPos } from './types';

export interface Phrase extends CuratedSense {
	/** The phrase as the question names it: "play down". */
	phrase: string;
	/** Its wrong answers are meanings of this part of speech. */
	pos: LexicalPos;
	/** The phrase in the sentence, in any of its forms. */
	pattern: RegExp;
}

export const PHRASES: Phrase[] = [
	{
		phrase: 'play down',
		pos: 'verb',
		pattern: /\bplay(?:s|ed|ing)?\s+down\b/i,
		key: 'make seem less important',
		avoid: 'minimize understate dismiss ignore reduce lessen visible obscure hide conceal'
	},
	{
		phrase: 'back down',
		pos: 'verb',
		pattern: /\bback(?:s|ed|ing)?\s+down\b/i,
		key: 'give up a position or demand',
		avoid: 'yield surrender retreat withdraw concede abandon relinquish'
	},
	{
		phrase: 'step down',
		pos: 'verb',
		pattern: /\bstep(?:s|ped|ping)?\s+down\s+(?:as|from)\b/i,
		key: 'leave an important job or office',
		unless: /\b(?:stage|podium|ladder|stairs?|platform|train|bus)\b/i,
		avoid: 'resign quit retire remove depart'
	},
	{
		phrase: 'grapple with',
		pos: 'verb',
		pattern: /\bgrappl(?:e|es|ed|ing)\s+with\b/i,
		key: 'try hard to deal with a difficulty',
		unless: /\b(?:wrestl\w*|attacker|intruder|gunman|suspect)\b/i,
		avoid: 'struggle cope handle contend tackle'
	},
	{
		phrase: 'come under fire',
		pos: 'verb',
		pattern: /\b(?:come|comes|came|coming)\s+under\s+fire\b/i,
		key: 'face strong criticism',
		unless:
			/\b(?:troops|soldiers|gunfire|gunmen|shot|shots|shelling|artillery|convoy|patrol|rockets?)\b/i,
		avoid: 'criticize criticise attack condemn blame censure denounce rebuke'
	},
	{
		phrase: 'stave off',
		pos: 'verb',
		pattern: /\bstav(?:e|es|ed|ing)\s+off\b/i,
		key: 'hold off or keep away',
		avoid: 'prevent avert avoid forestall ward preclude deter'
	},
	{
		phrase: 'spell out',
		pos: 'verb',
		pattern: /\bspell(?:s|ed|ing)?\s+out\b/i,
		key: 'explain clearly and in detail',
		// "spell out the name in neon letters" is spelling.
		unless: /\b(?:letters?|names?|words?|cursive|alphabet|spelling)\b/i,
		avoid: 'clarify describe state specify elucidate'
	},
	{
		phrase: 'phase out',
		pos: 'verb',
		pattern: /\bphas(?:e|es|ed|ing)\s+out\b/i,
		key: 'end gradually, in stages',
		avoid: 'stop eliminate remove abolish discontinue terminate cease'
	},
	{
		phrase: 'fend off',
		pos: 'verb',
		pattern: /\bfend(?:s|ed|ing)?\s+off\b/i,
		key: 'defend oneself against',
		avoid: 'resist repel ward avert prevent withstand protect'
	},
	{
		phrase: 'rein in',
		pos: 'verb',
		pattern: /\brein(?:s|ed|ing)?\s+in\b/i,
		key: 'bring under control',
		unless: /\bhorses?\b/i,
		avoid: 'restrain curb limit check restrict constrain'
	}
];

/** A phrase the sentence uses: the entry and where it starts in the sentence text. */
export interface PhraseMatch {
	entry: Phrase;
	at: number;
}

/** The listed phrases `sentence` uses in their news sense (`unless` is tried on `passage`). */
export function phrasesIn(sentence: string, passage = sentence): PhraseMatch[] {
	const out: PhraseMatch[] = [];
	for (const entry of PHRASES) {
		const m = entry.pattern.exec(sentence);
		if (!m || entry.unless?.test(passage) || (entry.when && !entry.when.test(sentence))) continue;
		out.push({ entry, at: m.index });
	}
	return out;
}
