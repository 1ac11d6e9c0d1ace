import { z } from 'zod';
import { MAX_ATTEMPTS, TIME_LIMIT_MAX_MINUTES } from '../limits';
import { wallTimeToUtc } from '../dates';
import { ATTEMPT_COUNTS, FEEDBACK_POLICIES, type AssignmentSettings } from './types';

/** The "assign to a class" form: local times with the browser's offset, and the settings. */
export interface AssignInput {
	classId: number;
	opensAt: number;
	dueAt: number | null;
	settings: AssignmentSettings;
}

export type AssignFormResult =
	| { ok: true; assignment: AssignInput; values: Record<string, string> }
	| { ok: false; errors: Record<string, string>; values: Record<string, string> };

const LOCAL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?$/;
/** The longest time limit a teacher may set, in minutes. */
export { TIME_LIMIT_MAX_MINUTES };

/**
 * A `datetime-local` value in UTC ms, read on the school's clock (STANDPOINT_TIME_ZONE), the
 * same clock every page shows dates in, with or without JavaScript.
 */
export function localToUtc(value: string, timeZone: string): number | null {
	const m = LOCAL_TIME.exec(value.trim());
	if (!m) return null;
	const [year, month, day, hour, minute] = m.slice(1, 6).map(Number);
	const utc = Date.UTC(year!, month! - 1, day, hour, minute);
	const check = new Date(utc);
	if (check.getUTCMonth() !== month! - 1 || check.getUTCDate() !== day! || hour! > 23) return null;
	return wallTimeToUtc(utc, timeZone);
}

const assignSchema = z.object({
	classId: z.coerce
		.number({ error: 'Choose a class.' })
		.int('Choose a class.')
		.positive('Choose a class.'),
	opensAt: z.string().trim().optional(),
	dueAt: z.string().trim().optional(),
	attemptsAllowed: z
		.string({ error: 'Choose how many attempts are allowed.' })
		.refine(
			(value) =>
				value === 'unlimited' || (/^[1-9]\d*$/.test(value) && Number(value) <= MAX_ATTEMPTS),
			`Choose 1 to ${MAX_ATTEMPTS} attempts, or unlimited.`
		),
	counts: z.enum(ATTEMPT_COUNTS, { error: 'Choose which attempt counts.' }),
	timeLimit: z
		.string()
		.trim()
		.regex(
			/^(?:\d{1,3})?$/,
			`A time limit is a whole number of minutes from 1 to ${TIME_LIMIT_MAX_MINUTES}.`
		)
		.refine(
			(v) => v === '' || (Number(v) >= 1 && Number(v) <= TIME_LIMIT_MAX_MINUTES),
			`A time limit is a whole number of minutes from 1 to ${TIME_LIMIT_MAX_MINUTES}.`
		)
		.optional(),
	feedback: z.enum(FEEDBACK_POLICIES, { error: 'Choose when students see feedback.' })
});

/** The "assign to a class" form; `now` stands in for an empty opening time. */
export function parseAssignForm(form: FormData, now: number, timeZone: string): AssignFormResult {
	const raw: Record<string, string> = {};
	for (const field of Object.keys(assignSchema.shape)) {
		const value = form.get(field);
		if (typeof value === 'string') raw[field] = value;
	}
	const flags = ['shuffleQuestions', 'shuffleOptions', 'acceptLate', 'guidedReading'] as const;
	const values = { ...raw, ...Object.fromEntries(flags.map((f) => [f, form.has(f) ? 'on' : ''])) };
	const errors: Record<string, string> = {};
	const parsed = assignSchema.safeParse(raw);
	if (!parsed.success) {
		for (const issue of parsed.error.issues) errors[String(issue.path[0])] ??= issue.message;
	}
	const opensAt = raw.opensAt?.trim() ? localToUtc(raw.opensAt, timeZone) : now;
	if (opensAt === null) errors.opensAt ??= 'Give the opening date and time, like 2026-03-14 09:00.';
	const dueAt = raw.dueAt?.trim() ? localToUtc(raw.dueAt, timeZone) : null;
	if (raw.dueAt?.trim() && dueAt === null) {
		errors.dueAt ??= 'Give the due date and time, like 2026-03-21 15:00.';
	} else if (dueAt !== null && opensAt !== null && dueAt <= opensAt) {
		errors.dueAt ??= 'The due date is before the opening date.';
	}
	if (!parsed.success || Object.keys(errors).length > 0 || opensAt === null) {
		return { ok: false, errors, values };
	}
	const d = parsed.data;
	return {
		ok: true,
		values,
		assignment: {
			classId: d.classId,
			opensAt,
			dueAt,
			settings: {
				attemptsAllowed: d.attemptsAllowed === 'unlimited' ? null : Number(d.attemptsAllowed),
				counts: d.counts,
				timeLimitMinutes: d.timeLimit ? Number(d.timeLimit) : null,
				shuffleQuestions: form.has('shuffleQuestions'),
				shuffleOptions: form.has('shuffleOptions'),
				feedback: d.feedback,
				acceptLate: form.has('acceptLate'),
				guidedReading: form.has('guidedReading')
			}
		}
	};
}
