import { randomString } from '../random';

/** Upper-case letters and digits without the look-alikes 0/O and 1/I/L, for codes read aloud. */
export const JOIN_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const JOIN_CODE_LENGTH = 6;
/** What the join field accepts as typed: room for the spaces and dashes read generously. */
export const JOIN_CODE_TYPED_MAX = 20;

export function generateJoinCode(): string {
	return randomString(JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH);
}

/** What a student typed, read generously: case, spaces and dashes do not matter. */
export function normaliseJoinCode(typed: string): string {
	return typed.replace(/[\s-]/g, '').toUpperCase();
}

export function isWellFormedJoinCode(code: string): boolean {
	return code.length === JOIN_CODE_LENGTH && [...code].every((c) => JOIN_CODE_ALPHABET.includes(c));
}

/**
 * Draws codes until one is free. `isTaken` asks the store; after `attempts` collisions (which at
 * 31^6 ≈ 887 million codes means something is wrong) it gives up rather than loop forever.
 */
export async function uniqueJoinCode(
	isTaken: (code: string) => boolean | Promise<boolean>,
	generate: () => string = generateJoinCode,
	attempts = 20
): Promise<string> {
	for (let i = 0; i < attempts; i++) {
		const code = generate();
		if (!(await isTaken(code))) return code;
	}
	throw new Error(`No free join code after ${attempts} attempts`);
}

/** Usernames for bulk-added students: "María José Núñez" → "maria.nunez". */
export function usernameBase(fullName: string): string {
	const parts = fullName
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.split(/[^a-z0-9]+/)
		.filter(Boolean);
	const base = parts.length > 1 ? `${parts[0]}.${parts.at(-1)}` : (parts[0] ?? 'student');
	return base.length >= 3 ? base.slice(0, 26) : `${base}.student`.slice(0, 26);
}
