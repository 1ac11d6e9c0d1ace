import { z } from 'zod';
import { formText, optionalFormId } from '$lib/forms/fields';

/**
 * The save form's own fields, parsed by `parseForm`: `only` names the one question an autosave
 * carries (0 or absent: the whole form), `typedAt` when its answer was typed. The answers
 * themselves are read per question by `readAnswer`: their names follow the quiz, and a
 * multi-select sends one field per ticked option.
 */
export const saveForm = z.object({
	only: formText.transform(Number),
	typedAt: optionalFormId
});
