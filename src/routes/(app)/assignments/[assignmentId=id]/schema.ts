/** The teacher's accommodations for one student, parsed by `parseForm`. */
import { z } from 'zod';
import { formIdField, formText } from '$lib/forms/fields';
import { EXTRA_TIME } from '$lib/quizzes/labels';

export const excuseForm = z.object({
	studentId: formIdField('Choose a student from the list.'),
	excused: formText.transform((value) => value === '1')
});

const EXTRA_TIME_REFUSED = 'Choose a student and one of the listed amounts of time.';

export const extraTimeForm = z.object({
	studentId: formIdField(EXTRA_TIME_REFUSED),
	multiplier: formText
		.transform(Number)
		.refine((multiplier) => EXTRA_TIME.includes(multiplier), EXTRA_TIME_REFUSED)
});
