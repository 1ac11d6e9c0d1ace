/** What each rubric score means, shown beside the number so a score is never a bare digit. */
export const LEVELS = [
	{ score: 1, label: 'Beginning' },
	{ score: 2, label: 'Developing' },
	{ score: 3, label: 'Secure' },
	{ score: 4, label: 'Excellent' }
] as const;

export function levelLabel(score: number | null): string {
	if (score === null) return 'Not scored';
	return `${score} of 4: ${LEVELS.find((level) => level.score === score)?.label ?? ''}`;
}
