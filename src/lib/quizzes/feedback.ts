import type { FeedbackPolicy } from './types';

/**
 * Whether a submitted attempt's correctness may reach its student yet: the one rule every
 * student-facing view of scores obeys (results, mastery, exports).
 */
export function feedbackOpen(policy: FeedbackPolicy, dueAt: number | null, now: number): boolean {
	if (policy === 'after_submit') return true;
	if (policy === 'never') return false;
	return dueAt === null || now >= dueAt;
}
