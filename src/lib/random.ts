/**
 * A random string over `alphabet`, without modulo bias: bytes that would favour the first
 * letters are drawn again.
 */
export function randomString(alphabet: string, length: number): string {
	const limit = 256 - (256 % alphabet.length);
	let result = '';
	while (result.length < length) {
		const bytes = new Uint8Array(length * 2);
		crypto.getRandomValues(bytes);
		for (const byte of bytes) {
			if (byte < limit && result.length < length) result += alphabet[byte % alphabet.length];
		}
	}
	return result;
}
