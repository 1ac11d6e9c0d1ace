import { z } from 'zod';
import {
	DEFAULT_SETTINGS,
	MOTION_MAX,
	PHASE_MINUTES,
	PHASE_ORDER,
	QUIZ_THRESHOLD,
	SIDE_ASSIGNMENTS,
	SIDE_NAME_MAX,
	type DebateSettings
} from '$lib/debate';
import { DISGUISING_CHARACTERS } from '$lib/validation';

const plainText = (label: string, max: number) =>
	z
		.string({ error: `Enter ${label}.` })
		.trim()
		.min(1, `Enter ${label}.`)
		.max(max, `Keep ${label} under ${max} characters.`)
		// The shared rule: control and text-direction characters could disguise one side as the other.
		.refine(
			(value) => !DISGUISING_CHARACTERS.test(value),
			`Remove control or text-direction characters from ${label}.`
		);

const minutes = z
	.string()
	.trim()
	.optional()
	.transform((value) => (value ? Number(value) : null))
	.refine(
		(value) =>
			value === null ||
			(Number.isInteger(value) && value >= PHASE_MINUTES.min && value <= PHASE_MINUTES.max),
		`Use ${PHASE_MINUTES.min} to ${PHASE_MINUTES.max} minutes, or leave it empty for no countdown.`
	);

export const debateForm = z.object({
	articleId: z.coerce.number({ error: 'Choose an article.' }).int().positive('Choose an article.'),
	classId: z.coerce.number({ error: 'Choose a class.' }).int().positive('Choose a class.'),
	motion: plainText('the motion', MOTION_MAX),
	sideFor: plainText('a name for the side for the motion', SIDE_NAME_MAX),
	sideAgainst: plainText('a name for the side against the motion', SIDE_NAME_MAX),
	sideAssignment: z.enum(SIDE_ASSIGNMENTS, { error: 'Choose how sides are given.' }),
	quizThreshold: z
		.string()
		.trim()
		.optional()
		.transform((value) => (value ? Number(value) : null))
		.refine(
			(value) =>
				value === null ||
				(Number.isInteger(value) && value >= QUIZ_THRESHOLD.min && value <= QUIZ_THRESHOLD.max),
			`Use a score from ${QUIZ_THRESHOLD.min} to ${QUIZ_THRESHOLD.max}, or leave it empty for no quiz gate.`
		),
	anonymous: z.literal('on').optional(),
	switchPhase: z.literal('on').optional(),
	autoAdvance: z.literal('on').optional(),
	...Object.fromEntries(PHASE_ORDER.map((phase) => [`minutes-${phase}`, minutes]))
});

export type DebateForm = z.infer<typeof debateForm>;

export function settingsFrom(data: DebateForm): DebateSettings {
	const raw = data as Record<string, unknown>;
	const durations = Object.fromEntries(
		PHASE_ORDER.map((phase) => [phase, (raw[`minutes-${phase}`] as number | null) ?? null])
	) as DebateSettings['durations'];
	return {
		durations,
		switchPhase: data.switchPhase === 'on',
		sideAssignment: data.sideAssignment,
		quizThreshold: data.quizThreshold,
		anonymous: data.anonymous === 'on',
		autoAdvance: data.autoAdvance === 'on'
	};
}

/**
 * What a new debate starts with: no motion (the demo's would not fit another article) and
 * neutral side names the teacher can rename.
 */
export const DEFAULTS = {
	motion: '',
	sides: { for: 'Yes', against: 'No' },
	durations: DEFAULT_SETTINGS.durations
};
