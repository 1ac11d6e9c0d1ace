/** The reader page's small forms, parsed by `parseForm`; the glossary and the mix have their own. */
import { z } from 'zod';
import { MAX_CLASS_CHOICES, numberListField } from '$lib/form-lists';
import { formIdField } from '$lib/forms/fields';
import { TEXT_SIZES } from './text-size';

export const textSizeForm = z.object({
	size: z.enum(TEXT_SIZES, { error: 'Choose one of the text sizes.' })
});

export const shareForm = z.object({ classId: numberListField(MAX_CLASS_CHOICES, 'classes') });

export const removeTermForm = z.object({
	termId: formIdField('Choose a glossary term to remove.')
});
