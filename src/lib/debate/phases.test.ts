import { describe, it, expect } from 'vitest';
import {
	DEFAULT_SETTINGS,
	allowedPostKinds,
	effectiveSide,
	isPhase,
	nextPhase,
	phaseSequence,
	phasesAllowing,
	type Phase
} from './phases';

const withSwitch = { ...DEFAULT_SETTINGS, switchPhase: true };
const withoutSwitch = { ...DEFAULT_SETTINGS, switchPhase: false };

describe('phase sequence', () => {
	it('runs prepare → opening → rebuttal → closing → reflect without Switch', () => {
		expect(phaseSequence(withoutSwitch)).toEqual([
			'prepare',
			'opening',
			'rebuttal',
			'closing',
			'reflect'
		]);
	});

	it('puts Switch after Rebuttal when it is on', () => {
		expect(nextPhase(withSwitch, 'rebuttal')).toBe('switch');
		expect(nextPhase(withSwitch, 'switch')).toBe('closing');
		expect(nextPhase(withoutSwitch, 'rebuttal')).toBe('closing');
	});

	it('walks every phase once and ends after Reflect', () => {
		const visited: Phase[] = [];
		let phase: Phase | null = 'prepare';
		while (phase) {
			visited.push(phase);
			phase = nextPhase(withSwitch, phase);
		}
		expect(visited).toEqual(phaseSequence(withSwitch));
		expect(nextPhase(withSwitch, 'reflect')).toBeNull();
	});

	it('leaves Switch for Closing even if Switch was turned off meanwhile', () => {
		expect(nextPhase(withoutSwitch, 'switch')).toBe('closing');
	});

	it('recognises phase names', () => {
		expect(isPhase('rebuttal')).toBe(true);
		expect(isPhase('paused')).toBe(false);
	});
});

describe('post kinds by phase', () => {
	it('allows openings, rebuttals and closings each in their own phase', () => {
		expect(allowedPostKinds('opening')).toEqual(['claim']);
		expect(allowedPostKinds('rebuttal')).toEqual(['rebuttal', 'question', 'concession']);
		expect(allowedPostKinds('closing')).toEqual(['closing']);
	});

	it('allows no posts while students read or reflect', () => {
		expect(allowedPostKinds('prepare')).toEqual([]);
		expect(allowedPostKinds('reflect')).toEqual([]);
	});

	it('lists the phases a kind may be posted in, following the settings', () => {
		expect(phasesAllowing('rebuttal', withSwitch)).toEqual(['rebuttal', 'switch']);
		expect(phasesAllowing('rebuttal', withoutSwitch)).toEqual(['rebuttal']);
	});
});

describe('effectiveSide', () => {
	it('keeps the student’s side, except in Switch where they argue the other', () => {
		expect(effectiveSide('for', 'rebuttal')).toBe('for');
		expect(effectiveSide('for', 'switch')).toBe('against');
		expect(effectiveSide('against', 'switch')).toBe('for');
		expect(effectiveSide('against', 'closing')).toBe('against');
	});
});
