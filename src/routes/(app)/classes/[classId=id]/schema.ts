import { z } from 'zod';
import { formIdField } from '$lib/forms/fields';

/** The roster's buttons for one student (reset a password, remove, …), parsed by `parseForm`. */
export const rosterStudentForm = z.object({
	studentId: formIdField('Choose a student from the roster.')
});
