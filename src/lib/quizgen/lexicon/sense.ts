/**
 * Which sense of a word a sentence uses: simplified Lesk (the words a sense's definition and
 * examples share with the sentence and its neighbours) checked against the dictionary's sense
 * frequencies. It answers only when the two agree or one clearly wins; otherwise null, and the
 * word is not asked about: a dictionary lookup replaces no judgement.
 */
import { STOPWORDS } from '../../reader/commonWords';
import { isAskable } from './askable';
import type { WordSense } from './types';

/** A crude stem (first six letters) so "regulators" meets "regulation" in a definition. */
export const stemOf = (word: string) => word.toLowerCase().slice(0, 6);

const CONTEXT_STOP = new Set([
	...STOPWORDS,
	...'someone something person thing act state being make made cause become having used'.split(' ')
]);

/** Two stems of one word family: one starts the other ("refer", "refere"), four letters at least. */
export function related(a: string, b: string): boolean {
	return a.length >= 4 && b.length >= 4 && (a.startsWith(b) || b.startsWith(a));
}

/** Whether any stem of `a` belongs to the family of a stem of `b`. */
export function sharesFamily(a: Set<string>, b: Set<string>): boolean {
	for (const x of a) {
		if (b.has(x)) return true;
		for (const y of b) if (related(x, y)) return true;
	}
	return false;
}

/** Content-word stems of a text, without function words and very short words. */
export function contentStems(text: string): Set<string> {
	const out = new Set<string>();
	for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
		if (word.length >= 4 && !CONTEXT_STOP.has(word)) out.add(stemOf(word));
	}
	return out;
}

export interface SenseChoice {
	/** The senses taken as the meaning used: one broad category, most frequent first. */
	group: number[];
	/**
	 * How the meaning was chosen: context and frequency agree, or one of them clearly wins, or
	 * a hand-written meaning for this use (`curated.ts`).
	 */
	by: 'both' | 'context' | 'frequency' | 'curated';
	/** Context stems the chosen meaning's definitions share with the passage. */
	shared: string[];
	/** Per sense: how many context stems its definition, examples and synonyms share. */
	overlaps: number[];
}

function senseStems(sense: WordSense, self: string): Set<string> {
	const stems = contentStems([sense.gloss, ...sense.examples, ...sense.synonyms].join(' '));
	stems.delete(stemOf(self));
	return stems;
}

interface Group {
	members: number[];
	tags: number;
	overlap: number;
	inSentence: boolean;
	shared: string[];
}

/**
 * A noun's physical-world readings: the mechanics of "friction" ("one body is moved in contact
 * with another"), "backlash" ("a movement back from an impact"), "stance" ("standing posture").
 */
const PHYSICAL =
	/^\((?:physics|mechanics)\)|\b(?:one (?:body|object)|physical (?:body|condition|force)|electromagnetic|radiation|impact|posture|chess|lever)\b/i;

/**
 * A noun sense that cannot be the one a passage means when nothing in it points there: a
 * concrete thing or a physical process the dictionary barely saw in use, sharing no word
 * with the passage. "Play down the friction between them" is a state of conflict, not rubbing;
 * left in, such a sense only made the word look undecidable. It stays a possible wrong answer.
 */
function isIdleLiteral(sense: WordSense, shared: string[]): boolean {
	if (sense.pos !== 'noun' || shared.length > 0) return false;
	// One tag is noise ("standing posture" for _stance_, tagged once in the whole corpus).
	if (PHYSICAL.test(sense.gloss)) return sense.frequency <= 1;
	return sense.frequency === 0 && !isAskable(sense);
}

/**
 * WordNet splits senses finely ("get or gather together", "collect or gather"); choosing among
 * such near-twins is guesswork even for people. Senses are grouped by broad category (the
 * lexicographer file), and the choice is between groups: coarse senses are told apart reliably.
 */
function groupsOf(senses: WordSense[], shared: string[][], near: Set<string>): Group[] {
	const byCategory = new Map<number, Group>();
	senses.forEach((sense, i) => {
		if (isIdleLiteral(sense, shared[i]!)) return;
		const group = byCategory.get(sense.category) ?? {
			members: [],
			tags: 0,
			overlap: 0,
			inSentence: false,
			shared: []
		};
		const list = shared[i]!;
		const overlap = list.reduce((n, s) => n + (near.has(s) ? 2 : 1), 0);
		group.members.push(i);
		group.tags += sense.frequency;
		if (overlap > group.overlap) {
			group.overlap = overlap;
			group.shared = list;
			group.inSentence = list.some((s) => near.has(s));
		}
		byCategory.set(sense.category, group);
	});
	return [...byCategory.values()];
}

/**
 * The meaning of a word (its senses, most frequent first) that a passage uses. `near` holds
 * the stems of the sentence itself (they count double), `around` those of its neighbours.
 */
export function chooseSense(
	senses: WordSense[],
	lemma: string,
	near: Set<string>,
	around: Set<string>
): SenseChoice | null {
	if (senses.length === 0) return null;
	const shared = senses.map((sense) =>
		[...senseStems(sense, lemma)].filter((s) => near.has(s) || around.has(s))
	);
	const overlaps = shared.map((list) => list.reduce((n, s) => n + (near.has(s) ? 2 : 1), 0));
	const groups = groupsOf(senses, shared, near);
	if (groups.length === 0) return null;
	// Inside the chosen meaning, its first sense (the key's wording) must be the clear usual one.
	const result = (g: Group, by: SenseChoice['by']): SenseChoice | null => {
		const [first, second] = g.members.map((i) => senses[i]!.frequency);
		if (second !== undefined && second > 0 && first! < 2 * second) return null;
		// A broad meaning holding several senses ("tension": mental strain, but also latent
		// hostility between sides; "discourse": speech, but also a discussion of a topic) is
		// told apart only by the passage: its usual sense is no answer without that evidence,
		// nor when the dictionary has barely seen it (under three tags).
		const siblings = g.members.length;
		if (by !== 'context' && siblings >= 2 && first! < 3) return null;
		if (by === 'frequency' && siblings >= 3) return null;
		return { group: g.members, by, shared: g.shared, overlaps };
	};
	const usual = groups[0]!;
	// One broad meaning: nothing to choose between.
	if (groups.length === 1) return result(usual, 'both');
	const byContext = [...groups].sort((a, b) => b.overlap - a.overlap);
	const best = byContext[0]!;
	const margin = best.overlap - byContext[1]!.overlap;
	const rest = groups.slice(1).reduce((n, g) => n + g.tags, 0);
	const runnerUp = Math.max(...groups.slice(1).map((g) => g.tags));
	// The usual meaning dominates: at least three tags and twice the runner-up's.
	const dominant = usual.tags >= 3 && usual.tags >= 2 * runnerUp;
	// A context match counts only with a word of the sentence itself.
	if (best === usual && best.inSentence && margin >= 2 && dominant) return result(usual, 'both');
	if (best.inSentence && margin >= 4 && best.tags >= 2) return result(best, 'context');
	// Frequency alone: the usual meaning must dwarf all others, and nothing contradicts it.
	// …and the word has few other meanings: "better compensated in industry" is pay, one of the
	// four senses outside "adjust for", the usual one.
	// A concrete sense the dictionary never saw in use ("oscilloscope" for _scope_) is no rival
	// reading of a word a news sentence uses abstractly: only tagged or abstract senses count.
	const others = groups
		.slice(1)
		.flatMap((g) => g.members)
		.filter((i) => senses[i]!.frequency > 0 || isAskable(senses[i]!)).length;
	if (best.overlap === 0 && dominant && usual.tags >= 3 * Math.max(rest, 1) && others < 3) {
		return result(usual, 'frequency');
	}
	return null;
}
