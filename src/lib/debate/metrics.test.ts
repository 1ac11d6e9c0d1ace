import { describe, it, expect } from 'vitest';
import { citationHeat, engagementByStudent, type MetricPost } from './metrics';

const post = (fields: Partial<MetricPost> & Pick<MetricPost, 'id' | 'authorId'>): MetricPost => ({
	side: 'for',
	kind: 'claim',
	parentId: null,
	evidenceParagraph: null,
	hidden: false,
	...fields
});

/*
 * Ana (1) and Ben (2) argue Intervention, Caro (3) Cooperation. Ben's second rebuttal answers
 * his own side (canPost refuses that, but a student moved between sides leaves such posts
 * behind). Caro's hidden claim must not count; Ana's rebuttal to it still does.
 */
const POSTS: MetricPost[] = [
	post({ id: 1, authorId: 1, evidenceParagraph: 0 }),
	post({ id: 2, authorId: 3, side: 'against', evidenceParagraph: 2 }),
	post({ id: 3, authorId: 2, kind: 'rebuttal', parentId: 2, evidenceParagraph: 2 }),
	post({ id: 4, authorId: 2, kind: 'rebuttal', parentId: 1 }),
	post({ id: 5, authorId: 3, side: 'against', kind: 'question', parentId: 1 }),
	post({ id: 6, authorId: 3, side: 'against', hidden: true, evidenceParagraph: 4 }),
	post({ id: 7, authorId: 1, kind: 'rebuttal', parentId: 6, evidenceParagraph: 2 })
];

describe('engagementByStudent', () => {
	const [ana, ben, caro] = engagementByStudent(POSTS);

	it('counts visible posts and rebuttals per student', () => {
		expect(ana).toMatchObject({ authorId: 1, posts: 2, rebuttals: 1 });
		expect(ben).toMatchObject({ authorId: 2, posts: 2, rebuttals: 2 });
		expect(caro).toMatchObject({ authorId: 3, posts: 2, rebuttals: 0 });
		expect(caro?.byKind).toEqual({ claim: 1, rebuttal: 0, question: 1, concession: 0, closing: 0 });
	});

	it('gives the share of rebuttals aimed at the other side', () => {
		expect(ben?.rebuttalsToOtherSide).toBe(1);
		expect(ben?.rebuttalShareToOtherSide).toBe(0.5);
		// Ana's rebuttal answers a hidden post of the other side: it still counts as crossing.
		expect(ana?.rebuttalShareToOtherSide).toBe(1);
		expect(caro?.rebuttalShareToOtherSide).toBeNull();
	});

	it('counts replies of every kind, and those crossing sides', () => {
		expect(caro).toMatchObject({ replies: 1, repliesToOtherSide: 1 });
		expect(ben).toMatchObject({ replies: 2, repliesToOtherSide: 1 });
	});

	it('leaves out a student whose only post is hidden', () => {
		const result = engagementByStudent([post({ id: 9, authorId: 9, hidden: true })]);
		expect(result).toEqual([]);
	});
});

describe('citationHeat', () => {
	const strip = citationHeat(POSTS, 5);

	it('counts citations per paragraph and side, without hidden posts', () => {
		expect(strip.map((cell) => [cell.for, cell.against])).toEqual([
			[1, 0],
			[0, 0],
			[2, 1],
			[0, 0],
			[0, 0]
		]);
	});

	it('scales intensity to the busiest paragraph', () => {
		expect(strip[2]?.intensity).toBe(1);
		expect(strip[0]?.intensity).toBeCloseTo(1 / 3);
		expect(strip[1]?.intensity).toBe(0);
	});

	it('ignores citations of paragraphs the article does not have', () => {
		const result = citationHeat([post({ id: 1, authorId: 1, evidenceParagraph: 12 })], 2);
		expect(result.every((cell) => cell.total === 0)).toBe(true);
	});
});
