import { z } from 'zod';

/** Deleting the account asks for the password; any refusal says it was not the password. */
export const deleteAccountForm = z.object({ password: z.string() });
