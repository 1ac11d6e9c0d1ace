/**
 * Lists a form may carry (ticked classes, kept lines). Each has a cap: a body of repeated fields
 * is cheap to send and was once turned into one query per item, freezing the server for every
 * class at once. Over the cap, the form is refused with a sentence before any query runs.
 */
import { z } from 'zod';
import { listField } from './validation';

/** More classes than any teacher keeps at once. */
export const MAX_CLASS_CHOICES = 100;
/** More lines than the longest article the importer accepts can have paragraphs. */
export const MAX_KEPT_LINES = 5_000;

export type ListResult = { ok: true; values: number[] } | { ok: false; message: string };

/**
 * The distinct whole numbers sent under `field`, at most `max` of them (counted as sent, so
 * 99,000 copies of one id are refused too); anything not a whole number is left out.
 */
export function readNumberList(
	form: FormData,
	field: string,
	max: number,
	what: string
): ListResult {
	return numberList(form.getAll(field), max, what);
}

/** `readNumberList` as a `parseForm` field: over the cap, the form is refused with its sentence. */
export function numberListField(max: number, what: string) {
	return listField(
		z.array(z.unknown()).transform((sent, ctx) => {
			const list = numberList(sent, max, what);
			if (list.ok) return list.values;
			ctx.addIssue({ code: 'custom', message: list.message });
			return z.NEVER;
		})
	);
}

function numberList(sent: readonly unknown[], max: number, what: string): ListResult {
	if (sent.length > max) {
		return {
			ok: false,
			message: `A form may choose at most ${max} ${what}; this one sent ${sent.length}. Reload the page and try again.`
		};
	}
	const values = new Set<number>();
	for (const value of sent) {
		if (typeof value === 'string' && /^\d{1,15}$/.test(value)) values.add(Number(value));
	}
	return { ok: true, values: [...values] };
}
