/**
 * The longest each debate text may be, and the range of each number a teacher sets: the server's
 * checks, the schemas and the forms' `maxlength`, `min` and `max` all read these (zod-free, so
 * components import them without the schema library).
 * The quote's limit lives with the evidence rules (`QUOTE_MAX_CHARS`), the moderation ones with
 * the reactions, the stance note's with the stance scale.
 */
export const MOTION_MAX = 300;
export const SIDE_NAME_MAX = 40;
export const CLAIM_MAX = 300;
export const REASONING_MAX = 1000;
/** The teacher's comment on a student's rubric. */
export const RUBRIC_COMMENT_MAX = 1000;
/** A phase's countdown, in whole minutes. */
export const PHASE_MINUTES = { min: 1, max: 120 } as const;
/** The quiz score (percent) a student needs before posting. */
export const QUIZ_THRESHOLD = { min: 1, max: 100 } as const;
