import { randomString } from '../../random';
import { hash, verify } from '@node-rs/argon2';

// OWASP's argon2id baseline: 19 MiB, 2 iterations, 1 lane (about 50 ms here).
const ARGON2_OPTIONS = { memoryCost: 19456, timeCost: 2, outputLen: 32, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
	return hash(password, ARGON2_OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
	try {
		return await verify(passwordHash, password);
	} catch {
		return false;
	}
}

const READABLE = 'abcdefghjkmnpqrstuvwxyz23456789';

/** A temporary password a student can copy from paper: no 0/O, 1/l/I look-alikes. */
export function generateTemporaryPassword(length = 10): string {
	return randomString(READABLE, length);
}
