import type { ParamMatcher } from '@sveltejs/kit';

/** Row ids: a positive whole number, no leading zero, small enough for SQLite. */
export const match: ParamMatcher = (param) => /^[1-9]\d{0,14}$/.test(param);
