import { z } from 'zod';

/**
 * The import form's text field, parsed by `parseForm`; the file beside it is read from the form
 * as a file, which `parseForm` refuses. `format` is kept as sent (null when absent), to choose
 * again on a refused import; only a known format is used.
 */
export const importForm = z.object({
	format: z
		.string()
		.optional()
		.transform((value) => value ?? null)
});
