/** The editor's small forms, parsed by `parseForm`; a question's own fields are `parseQuestionForm`'s. */
import { z } from 'zod';
import { LIMITS } from '$lib/quizzes/editor-form';
import { formIdField, formText } from '$lib/forms/fields';

export const titleForm = z.object({
	title: z
		.string({ error: 'Give the quiz a title.' })
		.trim()
		.min(1, 'Give the quiz a title.')
		.max(LIMITS.quizTitle, `A title has at most ${LIMITS.quizTitle} characters.`)
});

/** The question a button acts on. */
export const chosenQuestionForm = z.object({
	questionId: formIdField('Choose a question of this quiz.')
});

/** Up one place, or (anything else) down one. */
export const moveForm = chosenQuestionForm.extend({
	direction: formText.transform((value) => (value === 'up' ? -1 : 1))
});
