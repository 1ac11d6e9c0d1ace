import { z } from 'zod';
import { formIdField } from '$lib/forms/fields';

/** Retiring a question, parsed by `parseForm`. */
export const retireForm = z.object({ questionId: formIdField('Choose a question to retire.') });
