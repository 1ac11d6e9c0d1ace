/**
 * Field schemas many forms share, for `parseForm`: the hidden ids a page sends, a confirmation
 * box, text taken as sent. A refusal's sentence is the form's own, so each id takes its message.
 */
import { z } from 'zod';

/** A record's id as a page writes it: a positive whole number a database id can be. */
export const FORM_ID_PATTERN = /^[1-9]\d{0,14}$/;

/** Any text, '' when absent. */
export const formText = z
	.string()
	.optional()
	.transform((value) => value ?? '');

/** An id the form must carry; `message` when it is missing or not an id. */
export const formIdField = (message: string) =>
	z.string({ error: message }).regex(FORM_ID_PATTERN, message).transform(Number);

/** An id that may be left out: null when absent or not an id. */
export const optionalFormId = formText.transform((value) =>
	FORM_ID_PATTERN.test(value) ? Number(value) : null
);

/** A confirmation box (`value="yes"`): true only when ticked. */
export const confirmed = formText.transform((value) => value === 'yes');

/** A form whose only field is its confirmation box. */
export const confirmForm = z.object({ confirm: confirmed });
