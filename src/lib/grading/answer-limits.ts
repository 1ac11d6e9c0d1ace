/**
 * How long an answer may be, apart from the schema that checks it (zod), so the quiz page can
 * show the same limit without sending a validation library to the browser.
 */

/** Long enough for any honest short answer; caps the work the number reader can be made to do. */
export const MAX_ANSWER_LENGTH = 500;
/** More options, blanks or items than any question has is a forged request. */
export const MAX_LIST_LENGTH = 100;
