import { z } from 'zod';
import { REPORT_NOTE_MAX, REPORT_REASONS } from './question-reports';

/** The student's report form; kept apart from the vocabulary so components do not pull in zod. */
export const reportForm = z.object({
	questionId: z.coerce
		.number({ error: 'Choose the question.' })
		.int('Choose the question.')
		.positive('Choose the question.'),
	reason: z.enum(REPORT_REASONS, { error: 'Choose what is wrong with it.' }),
	note: z
		.string()
		.trim()
		.max(REPORT_NOTE_MAX, `A note has at most ${REPORT_NOTE_MAX} characters.`)
		// eslint-disable-next-line no-control-regex
		.refine((value) => !/\u0000/.test(value), 'A note cannot contain NUL characters.')
		.optional()
		.default('')
});
