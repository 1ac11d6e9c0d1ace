/**
 * Ranking and selection: each candidate's score blends how central its sentence is with how
 * confident its rule is; a greedy pass then picks the best one at a time, penalising paragraphs,
 * sentences and kinds already used, so the quiz spreads across the article and the kinds.
 */
import type { Analysis } from './analyse';
import { keyHead, sharesTopic } from './giveaways';
import type { Candidate } from './rules/candidate';
import { keyPrintedIn } from './rules/printed-key';
import { heldSentences, sharesEvidenceOrAnswer, skillTarget } from './rank-mix';
import { importance } from './sentences';
import { containsPhrase, fold, memo, words } from './text';
import { RECALL_SKILL, type Skill } from './skills';
import type { QuestionDraft } from './types';

/** At most this many drafts of each skill; a skill not named is not capped. */
export type SkillCaps = Partial<Record<Skill, number>>;

/**
 * Precision before volume: a candidate whose blended score falls below this is weak (a minor
 * sentence and a rule unsure of itself) and never comes back, even when the quiz is short.
 */
export const MIN_SCORE = 0.42;

/** Under this many words an article is short: too little for four skills. */
export const SHORT_WORDS = 400;

const PENALTY = { paragraph: 0.12, sentence: 0.3, kind: 0.04, imbalance: 0.15, skill: 0.04 };
/** A kind the quiz lacks so far gets this bonus, so every kind the article supports appears. */
const NEW_KIND_BONUS = 0.05;
/** A skill the quiz lacks so far gets more: a quiz should test several ways of reading. */
const NEW_SKILL_BONUS = 0.2;

interface CandidateView {
	/** The prompt and options as a student sees them, for "does this give that away". */
	shown: string;
	/** The prompt's words without its "Fill in the blank:" style lead, for near-duplicates. */
	stemWords: Set<string>;
	/** What two questions on one paragraph must not share ("Haigh", "Louise Haigh"). */
	key: string | undefined;
	blank: boolean;
	skill: Skill;
	/** A statement key without its closing stop, as another draft would print it. */
	statement: string;
	/** The answer folded, for "two drafts keyed on one answer". */
	folded: string;
	/** What another draft's prompt must not name (`keyNamed`): a true/false fact or a key's head. */
	named: string | undefined;
}

/**
 * The words of a comprehension template ("Why does the author include paragraph …?"): two
 * questions on one template are near-duplicates only when what fills it is alike.
 */
const TEMPLATE = new Set(
	'why does the author include paragraph which statement best expresses central idea of article person would most likely agree that according to what is reason happened as a result these events first most recently part a claim make in says'.split(
		' '
	)
);

function stemWords(prompt: string): Set<string> {
	const stem = prompt.replace(/^(?:Fill in the blank:|True or false\?|Part A:)/, '');
	return new Set(words(stem).filter((w) => !TEMPLATE.has(w)));
}

// `conflicts` runs for every pair the greedy pass considers (tens of thousands on a long text):
// what it compares is worked out once per candidate.
const views = new WeakMap<Candidate, CandidateView>();

function viewOf(c: Candidate): CandidateView {
	let view = views.get(c);
	if (!view) {
		view = {
			// Everything the student reads, Part B included.
			shown: [
				c.prompt,
				...(c.options ?? []),
				c.partB?.prompt ?? '',
				...(c.partB?.options ?? [])
			].join(' '),
			stemWords: stemWords(c.prompt),
			key: c.kind === 'true_false' ? c.prompt : c.answer.split(' ').pop(),
			// Two blanks or completions with one key ("FBI" twice) test one fact twice.
			blank: c.kind === 'cloze' || c.rule === 'fact-completion',
			skill: c.skill,
			statement: c.answer.replace(/[.!?]+$/, ''),
			folded: fold(c.answer),
			named: c.kind === 'true_false' ? c.factKey : keyHead(c.answer)
		};
		views.set(c, view);
	}
	return view;
}

function leaks(x: Candidate, y: Candidate): boolean {
	return x.kind !== 'true_false' && containsPhrase(viewOf(y).shown, x.answer);
}

/**
 * A statement key ("The ovens failed during the storm.") printed word for word anywhere in
 * another draft, as an option or inside its prompt: the other draft hands over the answer.
 */
function statementLeaks(x: Candidate, y: Candidate): boolean {
	if (x.kind === 'true_false' || words(x.answer).length < 4) return false;
	return containsPhrase(viewOf(y).shown, viewOf(x).statement);
}

function crossLeaks(x: Candidate, y: Candidate): boolean {
	if (x.kind === 'true_false' || !(viewOf(x).blank || /\d/.test(x.answer))) return false;
	return containsPhrase(viewOf(y).shown, x.answer);
}

/** The text of each cited sentence ("2:0"), for "does that draft print this one's sentence". */
export type SourceText = (sentenceKey: string) => string | undefined;

/** The words a draft prints, worked out once per draft (the greedy pass asks many times). */
const printedWords = new WeakMap<Candidate, Set<string>>();
function printedBy(c: Candidate): Set<string> {
	let set = printedWords.get(c);
	if (!set) {
		set = new Set(words(viewOf(c).shown));
		printedWords.set(c, set);
	}
	return set;
}

/** A sentence's words of three letters or more: asked for every open candidate after each pick. */
const ownWords = memo((sentence: string) => new Set(words(sentence).filter((w) => w.length >= 3)));

/** Share of a sentence's words (three letters or more) that a draft prints: 1 when all. */
function printedShare(sentence: string, printed: Set<string>): number {
	const own = ownWords(sentence);
	if (own.size === 0) return 0;
	let n = 0;
	for (const w of own) if (printed.has(w)) n++;
	return n / own.size;
}

/**
 * What a student must not read elsewhere: a true/false item's real fact (its factKey), any
 * other draft's key.
 */
const givenAway = (c: Candidate) => (c.kind === 'true_false' ? c.factKey : c.answer);

/**
 * Another draft prints this one's sentence (a word-meaning prompt quoting it whole, a sentence
 * offered as evidence) together with its answer: "True or false? … 9 percent …" is settled by
 * the 15 percent printed in the next question, a "Who said" by a Part B naming the speaker.
 */
function printsSource(x: Candidate, y: Candidate, source: SourceText | undefined): boolean {
	const sentence = source?.(x.sentenceKey);
	if (!sentence || x.sentenceKey === y.sentenceKey) return false;
	// Both tests must hold; the phrase test is the cheaper and fails more often, so it goes first.
	if (x.kind !== 'true_false' && !containsPhrase(viewOf(y).shown, givenAway(x))) return false;
	return printedShare(sentence, printedBy(y)) >= 0.6;
}

/**
 * A short key, or a true/false item's real value, printed in another draft beside a topic word
 * of this one: "Who premiered neon lights at the Paris show?" is answered by a word-meaning
 * prompt quoting "Claude … neon …", and "True or false? … neon … in New York" by that prompt's
 * "Paris". A blind judge rejected both; `leaks` only looked in the same paragraph.
 */
function keyNamed(x: Candidate, y: Candidate): boolean {
	const value = viewOf(x).named;
	if (!value || x.sentenceKey === y.sentenceKey) return false;
	// The other draft's prompt only: names among options are a menu, not a statement.
	return containsPhrase(y.prompt, value) && sharesTopic(x.prompt, y.prompt, value);
}

/** Two true/false items on one fact, or one swapped-in value twice: one test asked twice. */
function sameSwap(a: Candidate, b: Candidate): boolean {
	if (a.kind !== 'true_false' || b.kind !== 'true_false') return false;
	return a.factKey === b.factKey || (!!a.swapKey && a.swapKey === b.swapKey);
}

/**
 * "Who said …?" and "Which person would most likely agree …?" keyed on one person: the view is
 * the quotation restated, so each answers the other, wherever they sit; so do two recall items
 * ("Who said …?", "Who rejected …?"); on one paragraph, any two drafts keyed on one person.
 */
function samePerson(a: Candidate, b: Candidate): boolean {
	const [ka, kb] = [viewOf(a).key, viewOf(b).key];
	if (!ka || ka !== kb || !/^\p{Lu}\p{L}{2,}/u.test(ka)) return false;
	const skills = new Set([a.skill, b.skill]);
	const whoAndView = skills.has('point-of-view') && skills.has(RECALL_SKILL);
	// Two "who" items with one answer: the second is answered by habit, not by reading.
	const twoWho = a.skill === RECALL_SKILL && b.skill === RECALL_SKILL;
	return whoAndView || twoWho || a.evidence.paragraph === b.evidence.paragraph;
}

/** Jaccard overlap of two word sets, 0..1. */
function jaccard(a: Set<string>, b: Set<string>): number {
	if (a.size === 0 || b.size === 0) return 0;
	let shared = 0;
	for (const word of a) if (b.has(word)) shared++;
	return shared / (a.size + b.size - shared);
}

/** Rules whose options come from one fixed menu of roles ("To give an expert’s view …"). */
const ROLE_MENU = new Set([
	'text-structure-quotation',
	'text-structure-background',
	'text-structure-counterpoint'
]);

/** Rules whose wrong options are drawn from one pool: two of their drafts must not share one. */
const OWN_OPTIONS = new Set(['cause-effect-cause', 'cause-effect-effect', 'cause-effect-if']);

/** Two questions offering one option: a repeated wrong reason, or one question's key in the other. */
function sharesOption(a: Candidate, b: Candidate): boolean {
	const shown = new Set((a.options ?? []).map(fold));
	return (b.options ?? []).some((o) => shown.has(fold(o)));
}

/** Questions that give each other away or ask the same thing: never both in one quiz. */
export function conflicts(a: Candidate, b: Candidate, source?: SourceText): boolean {
	// One answer twice ("background" as two role keys) tests one idea twice.
	if (sharesEvidenceOrAnswer(a, b, viewOf(a).folded, viewOf(b).folded)) return true;
	if (sameSwap(a, b) || printsSource(a, b, source) || printsSource(b, a, source)) return true;
	// The same reason offered twice reads as a template, and one question's key in another is a tell.
	const pooled = OWN_OPTIONS.has(a.rule) && OWN_OPTIONS.has(b.rule) && a.skill === b.skill;
	if (pooled && sharesOption(a, b)) return true;
	// "More than half of households backed …" tells whether "43% of households backed …" is true.
	if (
		(a.rule === 'inference-share' || b.rule === 'inference-share') &&
		a.sentenceKey === b.sentenceKey
	)
		return true;
	const [va, vb] = [viewOf(a), viewOf(b)];
	if (samePerson(a, b)) return true;
	if (va.blank && vb.blank && a.factKey === b.factKey) return true;
	// Two role questions offer one menu of roles: a key among the other's options tells nothing.
	// Two of one rule offer the same menu twice, which reads as a template (a blind judge's finding).
	if (ROLE_MENU.has(a.rule) && ROLE_MENU.has(b.rule))
		return a.rule === b.rule || jaccard(va.stemWords, vb.stemWords) >= 0.6;
	// A blank's key or a figure printed anywhere else in the quiz gives the blank away.
	if (crossLeaks(a, b) || crossLeaks(b, a)) return true;
	if (statementLeaks(a, b) || statementLeaks(b, a)) return true;
	if (keyPrintedIn(a, vb.shown) || keyPrintedIn(b, va.shown)) return true;
	if (keyNamed(a, b) || keyNamed(b, a)) return true;
	if (a.evidence.paragraph === b.evidence.paragraph) {
		if (va.key === vb.key && va.skill === vb.skill) return true;
		if (leaks(a, b) || leaks(b, a)) return true;
	}
	return jaccard(va.stemWords, vb.stemWords) >= 0.6;
}

function baseScores(candidates: Candidate[], analysis: Analysis): number[] {
	const weights = new Map(
		analysis.sentences.map((s) => [`${s.paragraph}:${s.index}`, importance(s, analysis)])
	);
	return candidates.map((c) => 0.5 * (weights.get(c.sentenceKey) ?? 0.3) + 0.5 * c.quality);
}

/** How many chosen drafts share each paragraph, sentence, kind and true/false answer. */
class ChosenCounts {
	private counts = new Map<string, number>();
	// Asked for every open candidate at every pick: skills kept apart, so no key is built.
	private skills = new Map<Skill, number>();

	private get(key: string): number {
		return this.counts.get(key) ?? 0;
	}

	add(c: Candidate): void {
		const keys = [`p:${c.evidence.paragraph}`, `s:${c.sentenceKey}`, `k:${c.kind}`];
		for (const key of keys) {
			this.counts.set(key, this.get(key) + 1);
		}
		this.skills.set(c.skill, this.skillCount(c.skill) + 1);
		if (c.kind === 'true_false') this.counts.set(`tf:${c.answer}`, this.get(`tf:${c.answer}`) + 1);
	}

	skillCount(skill: Skill): number {
		return this.skills.get(skill) ?? 0;
	}

	/**
	 * Whether one more true/false item keeps the two answers within one of each other: a quiz
	 * whose true/false keys are all "False" teaches the student to answer "False".
	 */
	balanced(c: Candidate): boolean {
		if (c.kind !== 'true_false') return true;
		const same = this.get(`tf:${c.answer}`);
		return same + 1 - (this.get('k:true_false') - same) <= 1;
	}

	/** The candidate's score given what is already chosen. */
	adjusted(base: number, c: Candidate, fairShare: number): number {
		const sameKind = this.get(`k:${c.kind}`);
		// True/false answers should be mixed: each extra "False" over "True" (or back) costs a little.
		let imbalance = 0;
		if (c.kind === 'true_false') {
			const same = this.get(`tf:${c.answer}`);
			const other = this.get('k:true_false') - same;
			imbalance = Math.max(0, same - other);
		}
		return (
			base +
			(sameKind === 0 ? NEW_KIND_BONUS : 0) +
			(this.skillCount(c.skill) === 0 ? NEW_SKILL_BONUS : 0) -
			PENALTY.paragraph * this.get(`p:${c.evidence.paragraph}`) -
			PENALTY.sentence * this.get(`s:${c.sentenceKey}`) -
			PENALTY.kind * Math.max(0, sameKind - fairShare + 1) -
			// Each draft of a skill already chosen costs a little: the first ten stay varied.
			PENALTY.skill * this.skillCount(c.skill) -
			PENALTY.imbalance * imbalance
		);
	}
}

/**
 * Recall may be at most a third of the drafts chosen so far, counting the one being added: with
 * few comprehension drafts the quiz is short rather than mostly recall. The first `floor` recall
 * drafts are always allowed, so that a short text still gets a few questions.
 */
function recallAllowed(counts: ChosenCounts, chosen: number, floor: number): boolean {
	const recall = counts.skillCount(RECALL_SKILL);
	return recall + 1 <= Math.max(floor, Math.floor((chosen + 1) / 3));
}

/**
 * How recall is limited for one pick: `prefix` keeps it to a third of the drafts chosen so far
 * (while comprehension drafts remain to rank above it); `total` caps it at a third of the
 * default quiz, for when nothing else sound is left (a teacher then gets good recall, not nothing).
 */
export interface RecallLimit {
	floor: number;
	total: number;
}

/** The first drafts a teacher sees, over which skills must vary. */
export const FIRST_DRAFTS = 10;

/**
 * At most this many of a skill in every ten drafts (counting from the top): word meaning is
 * easy to make and would otherwise fill a quiz; a reading quiz is not a vocabulary list.
 */
export const PER_TEN: SkillCaps = { 'word-meaning': 3 };

/** Whether one more draft of `skill` keeps it within its share of each ten (`PER_TEN`). */
function withinShare(
	counts: ChosenCounts,
	skill: Skill,
	chosen: number,
	perTen: SkillCaps
): boolean {
	const cap = perTen[skill];
	if (cap === undefined) return true;
	return counts.skillCount(skill) + 1 <= cap * Math.ceil((chosen + 1) / FIRST_DRAFTS);
}

/** Picks up to `count` drafts, best first; ties go to the earlier candidate, so order is stable. */
export function selectDrafts(
	candidates: Candidate[],
	analysis: Analysis,
	count: number,
	penalties: readonly number[] = [],
	caps: SkillCaps = {},
	/**
	 * Recall is kept to a third of every prefix of the list, except for its first `floor` drafts,
	 * while anything else can still be chosen; then it may fill up to `total` (a teacher's mix
	 * passes Infinity for both: no limit beyond the mix).
	 */
	recall: RecallLimit = { floor: Infinity, total: Infinity },
	/** Skills the first ten drafts must show when the candidates have them (4 for a long text). */
	minSkills = 0,
	/** Per skill, at most this many in each ten (a default quiz passes `PER_TEN`). */
	perTen: SkillCaps = {}
): QuestionDraft[] {
	const texts = new Map(analysis.sentences.map((s) => [`${s.paragraph}:${s.index}`, s.text]));
	const source: SourceText = (key) => texts.get(key);
	const base = baseScores(candidates, analysis).map((score, i) => score - (penalties[i] ?? 0));
	const capOf = (skill: Skill) => caps[skill] ?? Infinity;
	const kinds = new Set(candidates.map((c) => c.kind)).size || 1;
	// A notional 20-draft quiz: a shorter quiz is then always the start of a longer one.
	const fairShare = Math.ceil(Math.max(count, 20) / kinds);
	const chosen: Candidate[] = [];
	const counts = new ChosenCounts();
	const scores: number[] = [];
	const open = new Set([...candidates.keys()].filter((i) => (base[i] ?? 0) >= MIN_SCORE));
	const targetSkills = skillTarget(
		[...open].map((i) => (candidates[i] as Candidate).skill),
		minSkills,
		FIRST_DRAFTS
	);
	const recallFits = (filling: boolean) =>
		filling
			? counts.skillCount(RECALL_SKILL) < recall.total
			: recallAllowed(counts, chosen.length, recall.floor);
	const pickable = (c: Candidate, filling: boolean) =>
		counts.skillCount(c.skill) < capOf(c.skill) &&
		(c.skill !== RECALL_SKILL || recallFits(filling)) &&
		withinShare(counts, c.skill, chosen.length, perTen) &&
		counts.balanced(c);
	const pick = (onlyNew: boolean, filling = false) => {
		let best = -1;
		let bestScore = -Infinity;
		const ready = [...open].filter((i) => pickable(candidates[i] as Candidate, filling));
		const held = heldSentences(candidates, ready);
		for (const i of ready) {
			const c = candidates[i] as Candidate;
			if (onlyNew && counts.skillCount(c.skill) > 0) continue;
			if (c.skill === RECALL_SKILL && held.has(c.sentenceKey)) continue;
			const score = counts.adjusted(base[i] ?? 0, c, fairShare);
			if (score > bestScore) [best, bestScore] = [i, score];
		}
		return { best, bestScore };
	};
	while (chosen.length < count && open.size) {
		// When the slots left in the first ten only just cover the skills still missing, a
		// missing skill goes first (if any candidate has one).
		const missing = targetSkills - new Set(chosen.map((c) => c.skill)).size;
		const onlyNew = missing > 0 && FIRST_DRAFTS - chosen.length <= missing;
		let { best, bestScore } = pick(onlyNew);
		if (best < 0 && onlyNew) ({ best, bestScore } = pick(false));
		// Nothing but recall is left: it fills the quiz up to its share of the default quiz.
		if (best < 0) ({ best, bestScore } = pick(false, true));
		if (best < 0) break;
		const picked = candidates[best] as Candidate;
		open.delete(best);
		for (const i of open) if (conflicts(picked, candidates[i] as Candidate, source)) open.delete(i);
		chosen.push(picked);
		counts.add(picked);
		// The balance penalty can fall again, so a later pick may adjust higher: keep scores ranked.
		const ranked = Math.min(bestScore, scores[scores.length - 1] ?? Infinity);
		scores.push(Math.round(ranked * 1000) / 1000);
	}
	return chosen.map((c, i) => toDraft(c, scores[i] ?? 0));
}

function toDraft(c: Candidate, score: number): QuestionDraft {
	const { quality, sentenceKey, factKey, swapKey, ...draft } = c;
	void swapKey;
	void quality;
	void sentenceKey;
	void factKey;
	return { ...draft, score };
}

/** A candidate that repeats (or nearly repeats) a prompt already in the quiz. */
export function isExcluded(c: Candidate, exclude: readonly string[]): boolean {
	if (exclude.length === 0) return false;
	const stem = viewOf(c).stemWords;
	const own = fold(c.prompt);
	return exclude.some((prompt) => fold(prompt) === own || jaccard(stem, stemWords(prompt)) >= 0.6);
}
