import type { Credential } from '$lib/types';

/** What the class page's actions return, as the page components read it. */
export interface ClassActionResult {
	action?: string;
	message?: string;
	errors?: Record<string, string>;
	values?: Record<string, string>;
	reset?: Credential;
	credentials?: Credential[];
}
