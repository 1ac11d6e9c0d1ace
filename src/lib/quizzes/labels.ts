/** Words for states and times, shared by the student's home and assignment pages. */
export type AssignmentStateName =
	'not-started' | 'in-progress' | 'submitted' | 'late' | 'missing' | 'excused';

const STATE_LABELS: Record<AssignmentStateName, string> = {
	'not-started': 'Not started',
	'in-progress': 'In progress',
	submitted: 'Submitted',
	late: 'Submitted late',
	missing: 'Missing',
	excused: 'Excused'
};

export function stateLabel(state: AssignmentStateName): string {
	return STATE_LABELS[state];
}

/** "12 min 5 s" for a countdown; "0 s" once time is up. */
export function formatDuration(ms: number): string {
	const total = Math.max(0, Math.round(ms / 1000));
	const minutes = Math.floor(total / 60);
	const seconds = total % 60;
	return minutes > 0 ? `${minutes} min ${seconds} s` : `${seconds} s`;
}

/** Time-limit multipliers a teacher can grant one student (an accommodation). */
export const EXTRA_TIME = [1, 1.25, 1.5, 2];
