/**
 * Hand-written meanings for tier-2 words whose news sense WordNet words badly or cannot settle
 * from a sentence: its first sense of "threshold" is "the starting point for a new state", of
 * "derive" "reason by deduction"; "hypothesis" splits into a proposal and an insight that a
 * sentence never tells apart. Each meaning here is the one the word has in every ordinary use,
 * or only where `when` matches the sentence (and never where `unless` does), so the key needs
 * no guess. Wrong answers still come from other tier-2 words' usual meanings (`distractors.ts`),
 * kept away from every WordNet sense of the word and from this meaning. Left out after reading
 * their uses: words whose news senses differ by sentence and that no pattern separates
 * ("legitimate concerns" and "a legitimate government"; "pursue a goal" and "pursue a suspect").
 */
import { PLAIN } from './curated-plain';
import type { SenseChoice } from './sense';
import type { LexicalPos, WordSense } from './types';

export interface CuratedSense {
	/** The meaning as an answer option: a phrase of two to nine words. */
	key: string;
	/** The WordNet sense (0-based) this meaning is, for the near-meaning checks; default 0. */
	sense?: number;
	/** Asked only when the sentence matches: the context that fixes the meaning. */
	when?: RegExp;
	/** Never asked when the sentence matches: another meaning's context. */
	unless?: RegExp;
	/** The form the question names when the lemma alone means something else ("sanctions"). */
	shown?: string;
	/**
	 * Words of meanings a wrong answer must not have, beyond the key's own: "a disagreement or
	 * argument" would be a second right answer for "tensions between the two sides".
	 */
	avoid?: string;
}

type Table = Record<string, CuratedSense>;

const VERBS: Table = {
	accumulate: { key: 'gradually gather or build up' },
	acknowledge: {
		key: 'admit that something is true',
		unless:
			/acknowledg\w*\s+(?:the\s+)?(?:crowd|fans|applause|receipt|letter|greeting|cheers)|acknowledged\s+as\b/i
	},
	allay: { key: 'make a fear or doubt less strong' },
	alleviate: { key: 'make less severe' },
	commission: {
		key: 'formally ask for and pay for work',
		sense: 1,
		unless: /\b(?:officers?|army|navy|ship|vessel|commissioned into)\b/i
	},
	// "conceded two goals" is a score, not an admission.
	concede: {
		key: 'admit something, often unwillingly',
		unless:
			/conced\w*\s+(?:a|an|one|two|three|four|\d+)?\s*(?:late\s+)?(?:goals?|penalt\w+|runs?|points?|tries|wickets?)\b/i
	},
	compile: {
		key: 'collect and put together',
		unless: /\b(?:code|program|programs|compiler|software|source)\b/i
	},
	condemn: {
		key: 'express strong disapproval of',
		unless: /condemn\w*\s+to\b|\b(?:building|house|prisoner|death row)\b/i
	},
	conduct: {
		key: 'organize and carry out',
		unless:
			/\b(?:orchestra|electricity|heat|himself|herself|themselves|itself|ourselves|symphony|choir|band|current)\b/i
	},
	conform: { key: 'match or follow a rule or pattern' },
	convey: {
		key: 'make an idea or feeling known',
		unless: /\b(?:passengers?|goods|cargo|water|pipes?|belts?|transport|property|title)\b/i
	},
	deploy: { key: 'put to use or move into position' },
	desecrate: { key: 'treat something sacred or respected with disrespect' },
	devise: { key: 'work out or invent' },
	dominate: { key: 'have control or the greatest influence over', unless: /\bskyline\b/i },
	embark: { key: 'start something new or difficult', sense: 1, when: /embark\w*\s+(?:on|upon)\b/i },
	emulate: { key: 'try to equal by copying' },
	exacerbate: { key: 'make a problem worse' },
	fluctuate: { key: 'rise and fall irregularly' },
	implement: {
		key: 'put a plan or system into action',
		unless: /\b(?:code|program|software|compiler|function|library|language)\b/i
	},
	impose: {
		key: 'force others to accept something',
		unless: /impos\w*\s+(?:on|upon)\s+(?:me|you|him|her|us|them|people|others)\b/i
	},
	incorporate: {
		key: 'include as a part',
		unless: /\b(?:company|firm|corporation|business|incorporated in)\b/i
	},
	// "induced them to sign" is persuading, not causing.
	induce: { key: 'bring about or cause', unless: /induc\w*\s+\w+\s+to\b/i },
	inundate: {
		key: 'overwhelm with a great amount',
		unless: /\b(?:water|flood|floods|flooding|rain|river|sea|tide|storm)\b/i
	},
	navigate: { key: 'find one’s way through or around' },
	pledge: { key: 'promise solemnly to do or give' },
	precede: { key: 'come before in time or order' },
	refrain: { key: 'hold back from doing something' },
	reimburse: { key: 'pay back money spent' },
	reinstate: { key: 'bring back into use or a former position' },
	restore: { key: 'bring back to an earlier condition' },
	revile: { key: 'criticize with hatred and scorn' },
	revise: { key: 'change in order to improve or correct', unless: /\b(?:exams?|revision)\b/i },
	scramble: { key: 'hurry to get something done', when: /scrambl\w*\s+to\s+\w/i },
	seep: { key: 'flow slowly through small openings' },
	stymie: { key: 'prevent from making progress' },
	// Not "be greater or better than": a "be" definition cannot be put in the verb's form ("had surpassed").
	surpass: { key: 'go past or do better than', sense: 1 },
	tout: { key: 'publicly praise or promote' },
	wane: { key: 'become smaller or weaker' }
};

const NOUNS: Table = {
	adversity: { key: 'a state of great difficulty' },
	aftermath: { key: 'the period after a bad event' },
	clout: { key: 'power to influence people', sense: 1 },
	deficit: {
		key: 'an amount by which something falls short',
		unless: /attention deficit|deficit disorder|hyperactivity/i
	},
	destitution: { key: 'a state of extreme poverty' },
	emphasis: { key: 'special importance given to something' },
	enmity: { key: 'a feeling of deep hostility', avoid: 'dislike hatred anger conflict' },
	hypothesis: { key: 'a suggested explanation not yet proven' },
	infringement: { key: 'a breaking of a law, right or agreement' },
	insight: { key: 'a clear understanding of something' },
	leverage: {
		key: 'power to influence people or events',
		sense: 1,
		unless: /\b(?:debt|borrow\w*|loans?|financ\w*|ratio)\b/i
	},
	mayhem: {
		key: 'violent disorder and confusion',
		sense: 1,
		avoid: 'perplexity uncertainty commotion turmoil chaos disturbance'
	},
	mediation: { key: 'help from a neutral side in settling a dispute' },
	notion: { key: 'an idea or belief' },
	ordeal: { key: 'a very painful or difficult experience' },
	recession: {
		key: 'a period when economic activity shrinks',
		unless: /\b(?:water|flood|glacier|tide|hairline|gums?)\b/i
	},
	// The plural only: "sanction" alone is also approval, "tension" also strain in a rope or a mind.
	sanction: {
		key: 'penalties meant to force a change in behavior',
		sense: 1,
		when: /\bsanctions\b/i,
		shown: 'sanctions'
	},
	tension: {
		key: 'strained relations between people or groups',
		sense: 4,
		when: /\btensions\b/i,
		shown: 'tensions',
		avoid: 'conflict disagreement argument hostility dispute quarrel friction opposition strain'
	},
	revenue: { key: 'money that a business or government takes in' },
	rhetoric: { key: 'language used to persuade or impress' },
	speculation: {
		key: 'guessing about what might be true',
		unless: /\b(?:markets?|investors?|stocks?|property|shares|currency|financial|prices?)\b/i
	},
	testimony: { key: 'a formal statement given as evidence', unless: /testimony\s+to\b/i },
	threshold: {
		key: 'the level at which something starts to happen',
		unless: /\b(?:door|doorway|house|room|on the threshold)\b/i
	},
	upshot: { key: 'the final result or outcome' }
};

const ADJECTIVES: Table = {
	beleaguered: { key: 'troubled by many difficulties' },
	bloodless: { key: 'achieved without violence or killing', sense: 1 },
	// Chaos theory's "chaotic systems" are orderly, only hard to predict: no question there.
	chaotic: {
		key: 'completely confused and disordered',
		unless:
			/chaotic\s+(?:systems?|dynamics|behaviou?r|motion|attractors?|regimes?)|\b(?:chaos|attractors?)\b/i
	},
	compelling: { key: 'convincing or strongly interesting', sense: 1 },
	controversial: { key: 'causing much public disagreement' },
	durable: { key: 'able to last a long time' },
	elusive: { key: 'difficult to find, catch or achieve' },
	imperative: { key: 'extremely important and urgent' },
	indispensable: { key: 'too important to do without' },
	intuitive: {
		key: 'easy to understand without being taught',
		unless: /intuitive\s+(?:sense|grasp|feeling|understanding|judg\w*|leap)/i
	},
	meteoric: {
		key: 'very fast and dramatic',
		sense: 2,
		when: /meteoric\s+(?:rise|ascent|career|growth)/i
	},
	painstaking: { key: 'done with great care and effort' },
	poignant: { key: 'deeply moving and sad' },
	reluctant: { key: 'unwilling and hesitant' },
	sprawling: { key: 'spreading out over a wide area' },
	subjective: { key: 'based on personal feelings rather than facts' },
	surreal: { key: 'strange in a dreamlike way' },
	susceptible: { key: 'likely to be affected or harmed' },
	tremendous: { key: 'very great in amount or degree' }
};

export const CURATED: Record<LexicalPos, Table> = {
	verb: { ...PLAIN.verb, ...VERBS },
	noun: { ...PLAIN.noun, ...NOUNS },
	adj: { ...PLAIN.adj, ...ADJECTIVES },
	adv: {}
};

/**
 * The hand-written meaning of `lemma` in `sentence`, or null (not listed, or not this use).
 * `unless` is tried on the sentences around it too (`passage`): "chaotic laps around the
 * attractor" is chaos theory when the sentence before names it.
 */
export function curatedSense(
	lemma: string,
	pos: LexicalPos,
	sentence: string,
	passage = sentence
): CuratedSense | null {
	const entry = CURATED[pos][lemma];
	if (!entry) return null;
	if (entry.when && !entry.when.test(sentence)) return null;
	if (entry.unless?.test(passage)) return null;
	return entry;
}

/** Every listed lemma, for the tier-2 word list. */
export const CURATED_WORDS: string[] = Object.values(CURATED).flatMap((t) => Object.keys(t));

/**
 * A hand-written meaning (`lexicon/curated.ts`) stands in for the sense choice: every WordNet
 * sense of the word counts as its meaning, so no wrong answer comes near any of them, and the
 * sense it names (or a stand-in when WordNet lacks the word) anchors the near-meaning checks.
 */
export function curatedChoice(
	entry: CuratedSense,
	lemma: string,
	pos: LexicalPos,
	listed: WordSense[]
): { senses: WordSense[]; choice: SenseChoice } {
	const own: WordSense = {
		gloss: entry.key,
		examples: [],
		pos,
		synonyms: [],
		frequency: 0,
		category: -1,
		id: `curated:${pos}:${lemma}`
	};
	const senses = listed.length > 0 ? listed : [own];
	const first = Math.min(entry.sense ?? 0, senses.length - 1);
	const group = [first, ...senses.keys()].filter((i, k, all) => all.indexOf(i) === k);
	return { senses, choice: { group, by: 'curated', shared: [], overlaps: senses.map(() => 0) } };
}
