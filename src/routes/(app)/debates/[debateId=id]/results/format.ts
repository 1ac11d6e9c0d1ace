/** Shares as whole percents: a class of thirty needs no decimals. */
export function percent(share: number | null): string {
	return share === null ? '–' : `${Math.round(share * 100)}%`;
}
