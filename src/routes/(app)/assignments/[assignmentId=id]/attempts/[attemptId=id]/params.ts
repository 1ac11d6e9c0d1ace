/** Query flag on the results page right after submitting: the one visit that says "Submitted.". */
export const SUBMITTED_PARAM = 'submitted';
