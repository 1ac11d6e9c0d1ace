export interface Bar {
	label: string;
	value: number | null;
	/** Shown instead of the number, e.g. "0.80" or "3 of 5". */
	text: string;
	/** Marked in words (and a different fill), never by colour alone. */
	highlight?: string;
}
