import { describe, expect, it } from 'vitest';
import { FLAG_REASONS, FLAG_REASON_LABELS, REACTION_KINDS, REACTION_LABELS } from './reactions';
import { isFlagReason, isReactionKind, noReactions } from './reactions';

describe('the reaction and flag vocabulary', () => {
	it('labels every kind and reason, and counts each kind from zero', () => {
		expect(Object.keys(REACTION_LABELS)).toEqual([...REACTION_KINDS]);
		expect(Object.keys(FLAG_REASON_LABELS)).toEqual([...FLAG_REASONS]);
		expect(noReactions()).toEqual({
			'strong-evidence': 0,
			'good-reasoning': 0,
			'changed-my-mind': 0
		});
	});

	it('knows its own words only', () => {
		expect(isReactionKind('good-reasoning')).toBe(true);
		expect(isReactionKind('toString')).toBe(false);
		expect(isFlagReason('off-topic')).toBe(true);
		expect(isFlagReason('spam')).toBe(false);
	});
});
