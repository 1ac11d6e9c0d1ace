import { isSkill, SKILLS, type Skill } from '../quizgen/skills';

/**
 * The "which skills, how many" part of the generate form, and the optional skill on a
 * teacher's own question. Limits are written here once; the form and the server read them.
 */

export const MIX_MIN = 0;
export const MIX_MAX = 10;
/** A quiz of more than this is more than a class reads in one sitting (the engine's own cap). */
export const MIX_TOTAL_MAX = 30;

/** Form field for one skill's count: `mix-cause-effect`. */
export const mixField = (skill: Skill) => `mix-${skill}`;
const MIX_PREFIX = 'mix-';

export type Mix = Partial<Record<Skill, number>>;

export type MixCode = 'repeated' | 'unknown-skill' | 'out-of-range' | 'none-asked' | 'too-many';

export type MixResult =
	| { ok: true; mix: Mix | undefined; values: Record<string, string> }
	| {
			ok: false;
			code: MixCode;
			message: string;
			errors: Record<string, string>;
			values: Record<string, string>;
	  };

const RANGE = `Ask for a whole number from ${MIX_MIN} to ${MIX_MAX}.`;

function failure(
	code: MixCode,
	message: string,
	values: Record<string, string>,
	errors: Record<string, string> = {}
): MixResult {
	return { ok: false, code, message, errors, values };
}

/**
 * The counts a teacher typed. Every box empty: `mix` undefined (the engine's default mix).
 * A box sent twice, a skill the app does not know, or a count out of range is refused whole,
 * never guessed at; zeros count as "none of this skill".
 */
export function parseMixForm(form: FormData): MixResult {
	const values: Record<string, string> = {};
	const errors: Record<string, string> = {};
	const names = new Set([...form.keys()].filter((name) => name.startsWith(MIX_PREFIX)));
	for (const name of names) {
		const all = form.getAll(name);
		const skill = name.slice(MIX_PREFIX.length);
		if (!isSkill(skill)) {
			return failure('unknown-skill', 'Choose skills from the list.', values);
		}
		if (all.length !== 1 || typeof all[0] !== 'string') {
			return failure('repeated', 'Send each skill’s count once, as text.', values);
		}
		values[name] = all[0];
	}
	const mix: Mix = {};
	for (const skill of SKILLS) {
		const raw = (values[mixField(skill)] ?? '').trim();
		if (raw === '') continue;
		const n = Number(raw);
		if (!/^\d+$/.test(raw) || n < MIX_MIN || n > MIX_MAX) errors[mixField(skill)] = RANGE;
		else mix[skill] = n;
	}
	if (Object.keys(errors).length > 0) {
		return failure('out-of-range', 'Check the counts marked below.', values, errors);
	}
	const given = Object.values(mix);
	if (given.length === 0) return { ok: true, mix: undefined, values };
	const total = given.reduce((sum, n) => sum + n, 0);
	if (total === 0) {
		return failure(
			'none-asked',
			'Ask for at least one question, or leave every box empty for the usual mix.',
			values
		);
	}
	if (total > MIX_TOTAL_MAX) {
		return failure('too-many', `Ask for at most ${MIX_TOTAL_MAX} questions in all.`, values);
	}
	const asked = Object.fromEntries(Object.entries(mix).filter(([, n]) => n > 0)) as Mix;
	return { ok: true, mix: asked, values };
}

/** A teacher's question names a skill or none; anything else is refused. */
export function parseSkillField(
	value: string | undefined
): { ok: true; skill: Skill | null } | { ok: false; message: string } {
	const raw = (value ?? '').trim();
	if (raw === '') return { ok: true, skill: null };
	if (isSkill(raw)) return { ok: true, skill: raw };
	return { ok: false, message: 'Choose one of the listed skills, or none.' };
}
