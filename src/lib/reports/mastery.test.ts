import { describe, expect, it } from 'vitest';
import { SKILLS } from '../quizgen/skills';
import { classMastery, plainWords, skillResult, skillResults, type SkillAnswer } from './mastery';

const answer = (
	studentId: number,
	skill: SkillAnswer['skill'],
	points: number,
	submittedAt = 0,
	maxPoints = 1,
	assignmentId = 1
): SkillAnswer => ({ studentId, assignmentId, skill, points, maxPoints, submittedAt });

const ana = { id: 1, displayName: 'Ana', username: 'ana' };
const ben = { id: 2, displayName: 'Ben', username: 'ben' };
const cleo = { id: 3, displayName: 'Cleo', username: 'cleo' };

describe('skillResult', () => {
	it('shares points earned over points possible', () => {
		const result = skillResult('central-idea', [
			answer(1, 'central-idea', 1),
			answer(1, 'central-idea', 0),
			answer(1, 'central-idea', 1, 0, 2)
		]);
		// 2 of 4 points.
		expect(result).toMatchObject({ answered: 3, share: 0.5, weak: true, trend: null });
	});

	it('is not weak on too few answers, however low', () => {
		const result = skillResult('inference', [answer(1, 'inference', 0), answer(1, 'inference', 0)]);
		expect(result).toMatchObject({ answered: 2, share: 0, weak: false });
	});

	it('trends the later assignments against the earlier ones', () => {
		const result = skillResult('word-meaning', [
			answer(1, 'word-meaning', 1, 40, 1, 8),
			answer(1, 'word-meaning', 0, 10, 1, 7),
			answer(1, 'word-meaning', 1, 30, 1, 8),
			answer(1, 'word-meaning', 0, 20, 1, 7),
			answer(2, 'word-meaning', 1, 50, 1, 9)
		]);
		// Earlier (assignment 7): 0 of 2; later (8 and 9): 3 of 3.
		expect(result.trend).toBe(1);
	});

	it('has no trend within one assignment, whatever the order of submission', () => {
		const result = skillResult('word-meaning', [
			answer(1, 'word-meaning', 1, 10),
			answer(2, 'word-meaning', 1, 20),
			answer(3, 'word-meaning', 0, 30),
			answer(4, 'word-meaning', 0, 40)
		]);
		expect(result.trend).toBeNull();
	});

	it('has no share without points possible', () => {
		expect(skillResult('sequence', []).share).toBeNull();
	});
});

describe('skillResults', () => {
	it('lists every skill once, in vocabulary order', () => {
		const results = skillResults([answer(1, 'sequence', 1)]);
		expect(results.map((r) => r.skill)).toEqual([...SKILLS]);
		expect(results.find((r) => r.skill === 'sequence')?.answered).toBe(1);
		expect(results.find((r) => r.skill === 'inference')?.answered).toBe(0);
	});
});

describe('classMastery', () => {
	const weakOn = (id: number, skill: SkillAnswer['skill']) =>
		[0, 0, 1].map((p) => answer(id, skill, p));

	it('groups students who are weak on the same skill, two at least', () => {
		const answers = [
			...weakOn(1, 'point-of-view'),
			...weakOn(2, 'point-of-view'),
			...weakOn(3, 'cause-effect'),
			answer(3, 'point-of-view', 1),
			answer(3, 'point-of-view', 1),
			answer(3, 'point-of-view', 1)
		];
		const mastery = classMastery([ana, ben, cleo], answers);
		expect(mastery.groups).toEqual([{ skill: 'point-of-view', students: [ana, ben] }]);
		// Class: 1 + 1 + 3 of 9 on point of view.
		expect(mastery.skills.find((r) => r.skill === 'point-of-view')?.share).toBeCloseTo(5 / 9);
	});

	it('keeps a student with no answers, with every skill empty', () => {
		const mastery = classMastery([ana], []);
		expect(mastery.students[0]?.skills.every((r) => r.answered === 0)).toBe(true);
		expect(mastery.groups).toEqual([]);
	});
});

describe('plainWords', () => {
	it('says what a result means without jargon', () => {
		expect(plainWords(skillResult('sequence', []))).toBe('No questions answered yet.');
		expect(plainWords(skillResult('sequence', [answer(1, 'sequence', 1)]))).toBe(
			'100% right over 1 question: too few to tell yet.'
		);
		const strong = [1, 1, 1].map(() => answer(1, 'sequence', 1));
		expect(plainWords(skillResult('sequence', strong))).toBe(
			'100% right over 3 questions: a strength.'
		);
		const weak = [0, 0, 1].map((p) => answer(1, 'sequence', p));
		expect(plainWords(skillResult('sequence', weak))).toBe(
			'33% right over 3 questions: one to practise.'
		);
	});
});
