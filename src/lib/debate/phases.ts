/**
 * The phase machine of a debate: which phases run, in what order, what may be posted in each,
 * and which side a student argues in it. Pausing is not a phase: a paused debate stays in its
 * phase with its clock stopped (see `clock.ts`), so resuming never loses the place.
 */
import { otherSide, type Side } from './sides';

export type Phase = 'prepare' | 'opening' | 'rebuttal' | 'switch' | 'closing' | 'reflect';

export type PostKind = 'claim' | 'rebuttal' | 'question' | 'concession' | 'closing';

/** How students get a side, in the order the new-debate form offers them. */
export const SIDE_ASSIGNMENTS = ['balance', 'choose', 'assign'] as const;

export type SideAssignment = (typeof SIDE_ASSIGNMENTS)[number];

/** Every phase in the order it would run with all options on. */
export const PHASE_ORDER: readonly Phase[] = [
	'prepare',
	'opening',
	'rebuttal',
	'switch',
	'closing',
	'reflect'
];

export const POST_KINDS: readonly PostKind[] = [
	'claim',
	'rebuttal',
	'question',
	'concession',
	'closing'
];

export const PHASE_LABELS: Record<Phase, string> = {
	prepare: 'Prepare',
	opening: 'Opening',
	rebuttal: 'Rebuttal',
	switch: 'Switch',
	closing: 'Closing',
	reflect: 'Reflect'
};

export interface DebateSettings {
	/** Minutes per phase; null means no countdown (the teacher advances by hand). */
	durations: Record<Phase, number | null>;
	/** Whether the Switch phase (each student argues the other side) runs after Rebuttal. */
	switchPhase: boolean;
	sideAssignment: SideAssignment;
	/** Lowest quiz score (percent, 0–100) that unlocks posting; null means no quiz gate. */
	quizThreshold: number | null;
	/** Whether students see stable pseudonyms instead of one another's names. */
	anonymous: boolean;
	/** Whether a phase advances by itself when its countdown ends. */
	autoAdvance: boolean;
}

export const DEFAULT_SETTINGS: DebateSettings = {
	durations: { prepare: 10, opening: 10, rebuttal: 15, switch: 10, closing: 5, reflect: 5 },
	switchPhase: false,
	sideAssignment: 'balance',
	quizThreshold: null,
	anonymous: false,
	autoAdvance: false
};

/*
 * Openings in Opening, rebuttals in Rebuttal, closing statements in Closing (the rule).
 * Questions and concessions answer the other side, so they belong with rebuttals. In Switch the
 * students make the other side's case afresh and answer it, so every argument kind is open.
 * Prepare and Reflect are for reading and voting, not posting.
 */
const KINDS_BY_PHASE: Record<Phase, readonly PostKind[]> = {
	prepare: [],
	opening: ['claim'],
	rebuttal: ['rebuttal', 'question', 'concession'],
	switch: ['claim', 'rebuttal', 'question', 'concession'],
	closing: ['closing'],
	reflect: []
};

export function isPhase(value: unknown): value is Phase {
	return typeof value === 'string' && (PHASE_ORDER as readonly string[]).includes(value);
}

export function isPostKind(value: unknown): value is PostKind {
	return typeof value === 'string' && (POST_KINDS as readonly string[]).includes(value);
}

/** The phases this debate runs, in order. */
export function phaseSequence(settings: Pick<DebateSettings, 'switchPhase'>): Phase[] {
	return PHASE_ORDER.filter((phase) => phase !== 'switch' || settings.switchPhase);
}

/** The phase after `phase`, or null once Reflect (the last) is over. */
export function nextPhase(
	settings: Pick<DebateSettings, 'switchPhase'>,
	phase: Phase
): Phase | null {
	const sequence = phaseSequence(settings);
	const at = sequence.indexOf(phase);
	// A debate left in Switch after the teacher turned it off still moves on to Closing.
	if (at === -1) return phase === 'switch' ? 'closing' : null;
	return sequence[at + 1] ?? null;
}

export function allowedPostKinds(phase: Phase): readonly PostKind[] {
	return KINDS_BY_PHASE[phase];
}

/** The phases, in this debate's order, in which `kind` may be posted. */
export function phasesAllowing(
	kind: PostKind,
	settings: Pick<DebateSettings, 'switchPhase'> = { switchPhase: true }
): Phase[] {
	return phaseSequence(settings).filter((phase) => KINDS_BY_PHASE[phase].includes(kind));
}

/**
 * The side a student argues in `phase`: their own, except in Switch, where structured academic
 * controversy asks each student to make the other side's case.
 */
export function effectiveSide(memberSide: Side, phase: Phase): Side {
	return phase === 'switch' ? otherSide(memberSide) : memberSide;
}
