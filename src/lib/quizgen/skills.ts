/**
 * The reading skills a question can test: one vocabulary for the generator, the database column,
 * the editor and the reports. Plain data, so client components import it without the engine.
 */
export const SKILLS = [
	'central-idea',
	'word-meaning',
	'cause-effect',
	'claim-evidence',
	'point-of-view',
	'text-structure',
	'sequence',
	'inference',
	'key-details'
] as const;

export type Skill = (typeof SKILLS)[number];

/** What a teacher reads on a draft card, a filter or a report column. */
export const SKILL_LABELS: Record<Skill, string> = {
	'central-idea': 'Central idea',
	'word-meaning': 'Word meaning',
	'cause-effect': 'Cause and effect',
	'claim-evidence': 'Claim and evidence',
	'point-of-view': 'Point of view',
	'text-structure': 'Text structure',
	sequence: 'Sequence',
	inference: 'Inference',
	'key-details': 'Key details'
};

/** Plain recall: at most a third of a default quiz. Every other skill tests comprehension. */
export const RECALL_SKILL: Skill = 'key-details';

export function isSkill(value: unknown): value is Skill {
	return typeof value === 'string' && (SKILLS as readonly string[]).includes(value);
}
