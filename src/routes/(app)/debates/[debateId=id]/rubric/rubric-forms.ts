/** The rubric page's forms, parsed by `parseForm`; the domain (server/debates/rubric) checks the scores. */
import { z } from 'zod';
import { RUBRIC_CRITERIA, type RubricCriterion } from '$lib/debate';
import { formIdField as id, formText as text } from '$lib/forms/fields';

const criteria = Object.fromEntries(
	RUBRIC_CRITERIA.map((criterion) => [criterion, text])
) as Record<RubricCriterion, typeof text>;

export const rubricForm = z.object({
	studentId: id('Choose a student.'),
	...criteria,
	comment: text
});

export const releaseForm = z.object({ released: text.transform((value) => value === 'true') });
