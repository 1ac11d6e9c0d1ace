/**
 * What a student may say is wrong with a question after submitting: one vocabulary for the
 * database column, the form, the server's check and the teacher's list.
 */
export const REPORT_REASONS = ['wrong-answer', 'two-answers', 'unclear'] as const;

export type ReportReason = (typeof REPORT_REASONS)[number];

export const REPORT_REASON_LABELS: Record<ReportReason, string> = {
	'wrong-answer': 'The answer is wrong',
	'two-answers': 'Two answers fit',
	unclear: 'The question is unclear'
};

export const REPORT_NOTE_MAX = 500;
