import { describe, expect, it } from 'vitest';
import { skillSummary } from './skill-summary';

describe('skillSummary', () => {
	it('groups items by skill in the vocabulary order, unnamed last, with mean p', () => {
		const rows = skillSummary([
			{ skill: 'key-details', stats: { difficulty: 0.9 } },
			{ skill: null, stats: { difficulty: 0.4 } },
			{ skill: 'central-idea', stats: { difficulty: 0.5 } },
			{ skill: 'key-details', stats: { difficulty: 0.6 } },
			{ skill: 'central-idea', stats: { difficulty: null } }
		]);
		expect(rows.map((r) => [r.label, r.items])).toEqual([
			['Central idea', 2],
			['Key details', 2],
			['No skill named', 1]
		]);
		expect(rows[0]!.meanDifficulty).toBe(0.5);
		expect(rows[1]!.meanDifficulty).toBeCloseTo(0.75);
	});

	it('has no mean before anyone has answered', () => {
		expect(skillSummary([{ skill: 'inference', stats: { difficulty: null } }])).toEqual([
			{ skill: 'inference', label: 'Inference', items: 1, meanDifficulty: null }
		]);
	});
});
