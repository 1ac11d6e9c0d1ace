import type { Session } from '$lib/server/db/schema';
import type { PublicUser } from '$lib/server/public-user';

declare global {
	namespace App {
		interface Locals {
			user: PublicUser | null;
			session: Session | null;
		}
		interface PageData {
			user?: PublicUser | null;
		}
		interface Error {
			message: string;
		}
	}
}

export {};
