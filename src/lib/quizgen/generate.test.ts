import { describe, it, expect } from 'vitest';
import { analyseArticle, type Analysis } from './analyse';
import { articleWords, longArticle } from './bench';
import { structuralProblems } from './checks';
import { allFixtures, cartelCrackdown } from './fixtures';
import { clutteredReport, ferryVote } from './fixtures/comprehension';
import { placeKind } from './gazetteer';
import { generateQuestions } from './generate';
import { containsPhrase, overlap, wordCount, words } from './text';
import type { ArticleInput, QuestionDraft } from './types';

const CHOICE = new Set(['multiple_choice', 'quote_attribution', 'evidence_pair']);

/** A reader's classification of an option, independent of the rule that chose it. */
function typeOf(option: string, analysis: Analysis): string {
	if (/%$/.test(option)) return 'percent';
	if (/^[$£€]/.test(option)) return 'money';
	if (/^(1[89]|20)\d{2}$/.test(option)) return 'year';
	if (/^[\d,.]+$/.test(option)) return 'number';
	if (placeKind(option)) return `place:${placeKind(option)}`;
	const named = analysis.mentions.find((m) => m.text === option || m.text.endsWith(` ${option}`));
	return named ? named.type : 'unknown';
}

const fixtures = Object.entries({ ...allFixtures, ferryVote, clutteredReport }) as Array<
	[string, ArticleInput]
>;

/** Keys that describe the text ("To give an example …", two positions, a proportion) rather than quote it. */
// An inference key says what the span implies ("It more than doubled."), never its words.
const described = (d: QuestionDraft) =>
	d.skill === 'text-structure' ||
	d.skill === 'inference' ||
	/^(?:point-of-view-contrast|point-of-view-stance|point-of-view-author|inference-share)$/.test(
		d.rule
	);
/** Skills whose options are facts of one type (people, figures, places); the others are statements. */
const typed = (d: QuestionDraft) =>
	d.skill === 'key-details' || d.rule === 'point-of-view-agree' || d.rule.startsWith('who-');

describe.each(fixtures)('every draft for %s', (_name, article) => {
	const drafts = generateQuestions(article);
	const analysis = analyseArticle(article);

	it('passes the structural rules', () => {
		expect(drafts.length).toBeGreaterThan(0);
		for (const d of drafts) expect(structuralProblems(d, article), d.prompt).toEqual([]);
	});

	it('cites a span that contains its answer, inside a body paragraph', () => {
		for (const d of drafts) {
			const span = article.paragraphs[d.evidence.paragraph]?.slice(
				d.evidence.start,
				d.evidence.end
			);
			expect(span?.length).toBeGreaterThan(0);
			const key = d.kind === 'true_false' ? d.explanation : d.answer;
			const free = d.kind === 'true_false' || described(d);
			// A central-idea key is its lede sentence with the day, a list or a price label cut out.
			const trimmed =
				d.skill === 'central-idea' && words(key).every((w) => words(span ?? '').includes(w));
			expect(free || trimmed || containsPhrase(span ?? '', key), d.prompt).toBe(true);
		}
	});

	it('offers statements of similar length for a statement key', () => {
		expect(drafts.length).toBeGreaterThan(0);
		for (const d of drafts.filter((x) => CHOICE.has(x.kind) && !typed(x))) {
			const lengths = (d.options ?? []).map((o) => wordCount(o));
			for (const o of d.options ?? []) expect(o, d.prompt).toMatch(/^[\p{Lu}“‘"]/u);
			expect(Math.max(...lengths) / Math.min(...lengths), d.prompt).toBeLessThanOrEqual(4);
		}
	});

	it('offers options of the same type as the answer', () => {
		expect(drafts.length).toBeGreaterThan(0);
		for (const d of drafts.filter((x) => CHOICE.has(x.kind) && typed(x))) {
			const expected = typeOf(d.answer, analysis);
			expect(expected).not.toBe('unknown');
			for (const option of d.options ?? []) expect(typeOf(option, analysis), option).toBe(expected);
		}
	});

	it('never shows the answer in its own prompt', () => {
		expect(drafts.length).toBeGreaterThan(0);
		for (const d of drafts.filter((x) => x.kind !== 'true_false')) {
			expect(containsPhrase(d.prompt, d.answer), d.prompt).toBe(false);
		}
	});

	it('has no near-duplicates', () => {
		expect(drafts.length).toBeGreaterThan(0);
		const stem = (d: QuestionDraft) =>
			d.prompt.replace(/^(Fill in the blank:|True or false\?)/, '');
		drafts.forEach((a, i) =>
			drafts.slice(i + 1).forEach((b) => {
				// A template ("Why does the author include paragraph N?") asked of two paragraphs is two questions.
				const apart =
					a.skill === b.skill &&
					a.evidence.paragraph !== b.evidence.paragraph &&
					a.answer !== b.answer;
				if (!apart)
					expect(overlap(stem(a), stem(b)), `${a.prompt} / ${b.prompt}`).toBeLessThan(0.6);
				const sameFact = a.answer === b.answer && a.evidence.start === b.evidence.start;
				expect(sameFact && a.evidence.paragraph === b.evidence.paragraph).toBe(false);
			})
		);
	});

	it('explains each answer by quoting its paragraph', () => {
		for (const d of drafts) {
			expect(d.explanation.startsWith(`Paragraph ${d.evidence.paragraph + 1} says: “`)).toBe(true);
		}
	});

	it('ranks best first', () => {
		const scores = drafts.map((d) => d.score);
		expect(scores).toEqual([...scores].sort((a, b) => b - a));
	});
});

// The seed's headline ("Why Trump’s Cartel Crackdown Talk …") is restated by its lede, and the
// decoys share none of it: the central-idea item is answered from the title (giveaways.ts).
// Under a headline that does not restate the lede, the item is asked.
const retitled = { ...cartelCrackdown, title: 'What Mexico Hears When Washington Talks' };

describe('the seed article', () => {
	const drafts = generateQuestions(retitled);

	// Its share ("more than half of drugs") and "In the past" background questions were unsound
	// shapes, no longer made: precision before volume leaves it fewer skills, none of them weak.
	it('tests two skills or more, recall at most half', () => {
		expect(new Set(drafts.map((d) => d.skill)).size).toBeGreaterThanOrEqual(2);
		const recall = drafts.filter((d) => d.skill === 'key-details').length;
		expect(recall).toBeLessThanOrEqual(Math.ceil(drafts.length / 2));
		expect(drafts.length).toBeGreaterThanOrEqual(2);
	});

	it('asks no central idea that its own headline answers', () => {
		const central = generateQuestions(cartelCrackdown).filter((d) => d.skill === 'central-idea');
		expect(central).toEqual([]);
	});

	it('asks for the central idea with the lede as the key', () => {
		const central = drafts.find((d) => d.skill === 'central-idea');
		expect(central?.answer).toMatch(/^US President Donald Trump has signalled a sharp escalation/);
	});

	// False statements and figure blanks need facts the seed may not offer (facts and cloze tests).
	it('still makes the recall kinds when a teacher asks for recall', () => {
		const recall = generateQuestions(cartelCrackdown, { mix: { 'key-details': 20 } });
		const kinds = new Set(recall.map((d) => d.kind));
		// Sheinbaum's quote has one rival who also speaks (Trump): too few for options, so it is
		// typed; a captured Maduro, who says nothing, is no rival (issue 11). "Who …" questions
		// offer four names or none, and this story names too few people of one kind: typed too.
		for (const kind of ['true_false', 'short_answer']) {
			expect(kinds.has(kind as QuestionDraft['kind']), kind).toBe(true);
		}
	});

	it('asks the questions a teacher would expect', () => {
		const recall = generateQuestions(cartelCrackdown, { mix: { 'key-details': 20 } });
		const byAnswer = (answer: string) => recall.filter((d) => d.answer === answer);
		// Trump's 97% is stated once in passing (a 500-word story returns to it nowhere): no blank.
		expect(byAnswer('97%').filter((d) => d.kind === 'cloze')).toEqual([]);
		// Sheinbaum is asked about once ("who stressed …", "who rejected …" or "who said …"): two
		// "who" items with one answer are answered by habit.
		const who = recall.filter((d) => d.prompt.startsWith('Who'));
		expect(who.filter((d) => /Sheinbaum/.test(d.answer))).toHaveLength(1);
	});

	it('reads naturally: no dangling pronouns, fragments or trivial blanks', () => {
		for (const d of drafts) {
			const body = d.prompt.replace(/^(Fill in the blank:|True or false\?|Part A:)\s*/, '');
			expect(body, d.prompt).not.toMatch(/^(?:He|She|They|It|This|That|His|Her)\b/);
			expect(body, d.prompt).not.toMatch(/^Who,|\s,|,,/);
			expect(d.prompt, d.prompt).toMatch(/[?.”!]$/);
			if (d.kind === 'cloze') expect(d.answer).not.toMatch(/^(?:the|a|an|and|of|to|in)$/i);
			expect(wordCount(d.prompt)).toBeLessThan(60);
		}
	});
});

describe('determinism', () => {
	it('gives the same drafts for the same input and options', () => {
		for (const [, article] of fixtures) {
			const first = JSON.stringify(generateQuestions(article, { seed: 3 }));
			expect(JSON.stringify(generateQuestions(article, { seed: 3 }))).toBe(first);
		}
	});

	it('changes option order, not the facts, when only the seed changes', () => {
		const orders = new Set(
			[1, 2, 3, 4].map((seed) =>
				generateQuestions(retitled, { seed })
					.filter((d) => d.kind === 'multiple_choice')
					.map((d) => d.options?.join('|'))
					.join('\n')
			)
		);
		expect(orders.size).toBeGreaterThan(1);
	});

	it('keeps exactly `count` drafts when asked for fewer', () => {
		const five = generateQuestions(ferryVote, { count: 5 });
		expect(five).toHaveLength(5);
		expect(five).toEqual(generateQuestions(ferryVote).slice(0, 5));
	});
});

describe('a 20,000-word text built from every fixture', () => {
	const long = longArticle(Object.values(allFixtures), 20000);
	const drafts = generateQuestions(long);

	it('still gives sound drafts spread over the text', () => {
		expect(articleWords(long)).toBeGreaterThanOrEqual(20000);
		expect(drafts.length).toBeGreaterThanOrEqual(8);
		for (const d of drafts) expect(structuralProblems(d, long), d.prompt).toEqual([]);
	});
});
