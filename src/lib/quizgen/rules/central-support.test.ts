import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../analyse';
import { generateQuiz } from '../generate';
import type { ArticleInput } from '../types';
import { centralSupportQuestions } from './central-support';

// Our own article: a lede on sea-wall repairs, one paragraph of figures behind it, and later
// paragraphs on other town news that share no word with it.
const IDEA =
	'Coastal towns in Westmark are paying far more to repair their sea walls as storms grow stronger each winter.';
const KEY =
	'Repair bills for the sea walls rose to 4 million pounds last year, twice the sum paid in 2015.';
const OFF_TOPIC = [
	'The library in Eastford opened a reading room for children in March, with 200 books on its shelves.',
	'A local bakery won a national prize for its rye bread, beating 120 rival entries at the show.',
	'The football club signed 3 young players from its academy before the season began in August.',
	'Tickets for the summer music festival sold out within 6 hours of going on sale to the public.'
];
// The headline does not restate the lede: one that did would give the central idea away.
const article = (later: string[], key = KEY): ArticleInput => ({
	title: 'Repair bills climb in Westmark',
	paragraphs: [
		IDEA,
		'Engineers from the regional board have inspected every stretch of the coast since January.',
		key,
		'Residents of the harbour streets have been asked to report cracks as soon as they see them.',
		...later
	]
});
const drafts = (a: ArticleInput) =>
	centralSupportQuestions({ analysis: analyseArticle(a), seed: 0 });

describe('claim-evidence on the central idea', () => {
	it('asks for the figures behind the central idea, among sentences on other subjects', () => {
		const [d, ...rest] = drafts(article(OFF_TOPIC));
		expect(rest).toHaveLength(0);
		expect(d?.skill).toBe('claim-evidence');
		expect(d?.rule).toBe('claim-evidence-central');
		expect(d?.prompt).toBe('Which sentence from the article best supports its central idea?');
		expect(d?.answer).toBe(KEY);
		expect(d?.options).toHaveLength(4);
		for (const o of d?.options ?? []) if (o !== KEY) expect(OFF_TOPIC).toContain(o);
	});

	it('asks nothing when the later sentences are on the same subject (they would back it too)', () => {
		const same = OFF_TOPIC.map((s, i) =>
			i % 2 ? s : s.replace(/\.$/, ', while the storms kept the walls under repair.')
		);
		const sameSubject = same.map((s, i) => (i % 2 ? `${s} The sea walls held.` : s));
		expect(drafts(article(sameSubject))).toHaveLength(0);
	});

	it('asks nothing when the only candidate key restates the idea', () => {
		const restated =
			'Coastal towns in Westmark are paying 4 million pounds more to repair sea walls as storms grow.';
		expect(drafts(article(OFF_TOPIC, restated))).toHaveLength(0);
	});

	it('never prints the central-idea item’s key, so the two may stand in one quiz', () => {
		// Minor details without figures, as the central-idea item wants beside a key without any.
		const plain = [
			'The old lighthouse on the point is painted white and red, and its lamp is now electric.',
			'A ferry crosses from the harbour to the island twice a day in the summer months.',
			'Fishing boats land their catch at the quay early in the morning, before the market opens.'
		];
		const quiz = generateQuiz(article([...OFF_TOPIC, ...plain]), { seed: 0, count: 12 });
		const mine = quiz.drafts.find((d) => d.rule === 'claim-evidence-central');
		expect(mine).toBeDefined();
		expect(quiz.drafts.some((d) => d.rule === 'central-idea-lede')).toBe(true);
		expect(mine?.prompt).not.toContain('Westmark');
		for (const o of mine?.options ?? []) expect(o).not.toBe(IDEA);
	});
});
