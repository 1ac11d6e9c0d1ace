/**
 * The import's two steps, parsed by `parseForm`. The paste step's file is read from the form as
 * a file (`parseForm` refuses files); the review step's details are `articleDetailsForm`.
 */
import { z } from 'zod';
import type { ImportPath } from '$lib/server/articles/article-import';
import { MAX_CLASS_CHOICES, MAX_KEPT_LINES, numberListField } from '$lib/form-lists';
import { formText } from '$lib/forms/fields';

export const pasteForm = z.object({ text: formText, html: formText });

/** The text under review as the review step sent it back, and what the teacher ticked. */
export const reviewedForm = z.object({
	raw: formText,
	path: formText.transform((value): ImportPath => (value === 'html' ? 'html' : 'text')),
	keep: numberListField(MAX_KEPT_LINES, 'lines to keep'),
	classId: numberListField(MAX_CLASS_CHOICES, 'classes')
});
