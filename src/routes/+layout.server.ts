import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ locals }) => {
	// locals.user is already the allow-listed public shape (no password hash).
	return { user: locals.user };
};
