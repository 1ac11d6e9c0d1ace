/**
 * The structural rules every draft must pass (issue 4). The generator drops any draft that
 * fails, and the tests assert them as properties over every fixture article.
 */
import { containsPhrase, fold, foldOption, overlap, words } from './text';
import { BLANK, type ArticleInput, type QuestionDraft } from './types';
import { RESTATING_WORDS } from './rules/restate';

const CHOICE_KINDS = new Set(['multiple_choice', 'quote_attribution', 'evidence_pair']);
/**
 * Skills whose key describes the text rather than quoting it ("To give an example that
 * illustrates a point", "Make reference to"): the key cannot be found in the evidence, which
 * the explanation quotes.
 */
// A central-idea key is its lede sentence trimmed of the day, a list and a price label.
const DESCRIBED_SKILLS = new Set([
	'text-structure',
	'word-meaning',
	'point-of-view',
	'inference',
	'central-idea',
	// A sequence option is the event with its date taken out ("the closure … in 1968 prompted").
	'sequence'
]);

function optionProblems(options: string[] | undefined, answer: string, label: string): string[] {
	if (!options) return [`${label}: options missing`];
	const folded = options.map(foldOption);
	const problems: string[] = [];
	if (options.length < 3 || options.length > 5)
		problems.push(`${label}: ${options.length} options`);
	if (new Set(folded).size !== folded.length) problems.push(`${label}: options repeat`);
	if (folded.filter((o) => o === foldOption(answer)).length !== 1) {
		problems.push(`${label}: answer not among the options exactly once`);
	}
	if (lengthTell(options, answer)) problems.push(`${label}: the answer is by far the longest`);
	return problems;
}

/** How much longer than every other option the key may be before its length gives it away. */
export const LENGTH_TELL_RATIO = 1.6;

/**
 * The key alone much longer than the rest (a full name and title among two short clauses): a
 * reader picks it unread. Word counts, so a long word does not count as a long option.
 */
function lengthTell(options: string[], answer: string): boolean {
	const size = (o: string) => words(o).length;
	const others = options.filter((o) => foldOption(o) !== foldOption(answer)).map(size);
	return (
		others.length > 0 && size(answer) >= 6 && size(answer) > LENGTH_TELL_RATIO * Math.max(...others)
	);
}

const NEGATION = new Set(['not', 'no', 'never', 'nor', "n't", 'without']);

/**
 * Every word of the statement is the evidence's own or a restating word ("according to", "is"),
 * it keeps every negation of the evidence (a dropped "not" turns a fact around), and it says a
 * whole fact (five words or more).
 */
function sameClaim(statement: string, span: string): boolean {
	const own = new Set(words(span));
	const said = words(statement);
	const kept = new Set(said);
	if (said.length < 5 || [...own].some((w) => NEGATION.has(w) && !kept.has(w))) return false;
	return said.every((w) => own.has(w) || RESTATING_WORDS.has(w));
}

function answerProblems(draft: QuestionDraft, span: string): string[] {
	if (draft.kind === 'true_false') {
		const statement = draft.prompt.replace(/^True or false\? /, '');
		const faithful = fold(span).includes(fold(statement));
		// Issue 11: a True item restates its evidence (rules/restate.ts), never copies it.
		if (draft.answer === 'True' && faithful) return ['true statement copies the evidence'];
		if (draft.answer === 'True' && !sameClaim(statement, span))
			return ['true statement is not the evidence'];
		if (draft.answer === 'False' && faithful) return ['false statement matches the evidence'];
		return draft.answer === 'True' || draft.answer === 'False' ? [] : ['answer not True/False'];
	}
	const problems: string[] = [];
	const described = DESCRIBED_SKILLS.has(draft.skill) && draft.kind === 'multiple_choice';
	if (!described && !containsPhrase(span, draft.answer)) problems.push('answer not in evidence');
	const bare = (text: string) => fold(text).replace(/['"]/g, '');
	if (described && !bare(draft.explanation).includes(bare(span).replace(/[.!]$/, '').slice(0, 40)))
		problems.push('explanation does not quote the evidence');
	if (containsPhrase(draft.prompt, draft.answer)) problems.push('answer in prompt');
	if (draft.kind === 'cloze') {
		const restored = draft.prompt.replace(BLANK, draft.answer);
		if (draft.prompt.split(BLANK).length !== 2) problems.push('cloze needs exactly one blank');
		if (!restored.includes(span.trim())) problems.push('cloze does not restore its sentence');
	}
	return problems;
}

const QUESTION_WORDS = new Set(
	'part a who what which when where why how did does do is was were the of to in on that this'.split(
		' '
	)
);

/** Most of Part A's own words (70%+) found again in the Part B key: a matching exercise. */
function restates(partB: string, partA: string): boolean {
	const asked = words(partA).filter((w) => !QUESTION_WORDS.has(w));
	if (asked.length === 0) return false;
	const key = new Set(words(partB));
	return (
		asked.filter((w) => key.has(w)).length / asked.length >= 0.7 || overlap(partB, partA) >= 0.5
	);
}

/** Every broken rule, as short readable strings; an empty list means the draft is sound. */
export function structuralProblems(draft: QuestionDraft, article: ArticleInput): string[] {
	const paragraph = article.paragraphs[draft.evidence.paragraph];
	const { start, end } = draft.evidence;
	if (paragraph === undefined) return ['evidence paragraph does not exist'];
	if (!(start >= 0 && start < end && end <= paragraph.length))
		return ['evidence span out of range'];
	const span = paragraph.slice(start, end);
	const problems = answerProblems(draft, span);
	if (CHOICE_KINDS.has(draft.kind))
		problems.push(...optionProblems(draft.options, draft.answer, 'A'));
	if (draft.kind === 'evidence_pair') {
		if (!draft.partB) return [...problems, 'part B missing'];
		problems.push(...optionProblems(draft.partB.options, draft.partB.answer, 'B'));
		if (!fold(span).includes(fold(draft.partB.answer)))
			problems.push('part B key is not the evidence');
		// A Part B key that repeats Part A's prompt is found by matching words, not by reading.
		if (restates(draft.partB.answer, draft.prompt)) problems.push('part B restates part A');
	}
	return problems;
}
