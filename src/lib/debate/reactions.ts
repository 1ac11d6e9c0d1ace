/**
 * What people do to a post, with the words the room shows for each: the vocabulary the schema,
 * the server's checks and the components all read, so a new kind is added in one place.
 */

export const REACTION_KINDS = ['strong-evidence', 'good-reasoning', 'changed-my-mind'] as const;
export type ReactionKind = (typeof REACTION_KINDS)[number];

export const REACTION_LABELS: Record<ReactionKind, string> = {
	'strong-evidence': 'Strong evidence',
	'good-reasoning': 'Good reasoning',
	'changed-my-mind': 'Changed my mind'
};

export const FLAG_REASONS = ['needs-evidence', 'off-topic', 'disrespectful'] as const;
export type FlagReason = (typeof FLAG_REASONS)[number];

export const FLAG_REASON_LABELS: Record<FlagReason, string> = {
	'needs-evidence': 'Needs evidence',
	'off-topic': 'Off topic',
	disrespectful: 'Disrespectful'
};

/** The note on "changed my mind". */
export const REACTION_NOTE_MAX = 200;
/** A teacher's reason for hiding a post, and an author's reply to a flag. */
export const MODERATION_TEXT_MAX = 300;

export const isReactionKind = (value: string): value is ReactionKind =>
	(REACTION_KINDS as readonly string[]).includes(value);

export const isFlagReason = (value: string): value is FlagReason =>
	(FLAG_REASONS as readonly string[]).includes(value);

/** A post nobody has reacted to: every kind at zero. */
export function noReactions(): Record<ReactionKind, number> {
	return Object.fromEntries(REACTION_KINDS.map((kind) => [kind, 0])) as Record<
		ReactionKind,
		number
	>;
}
