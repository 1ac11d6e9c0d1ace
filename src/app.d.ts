import type { Session } from '$lib/server/db/schema';
import type { PublicUser } from '$lib/server/auth/public-user';

declare global {
	namespace App {
		interface Locals {
			/** Quoted on error pages and in the access log (hooks.server.ts). */
			requestId: string;
			user: PublicUser | null;
			session: Session | null;
		}
		interface PageData {
			user?: PublicUser | null;
			/** The school's IANA time zone; every date on a page is shown in it ($lib/dates). */
			timeZone: string;
			uploadLimit: string;
		}
		interface Error {
			message: string;
			/** The request id of an unexpected error, for the person to quote. */
			id?: string;
		}
	}
}

export {};
