import { DISGUISING_CHARACTERS } from '../validation';

/** Reads a pasted roster: one student name per line, blank lines and repeats skipped. */
export const MAX_NAMES_PER_PASTE = 200;
export const MAX_NAME_LENGTH = 80;

export interface NameListResult {
	names: string[];
	/** One sentence per problem, naming the line so the teacher can fix it. */
	errors: string[];
}

export function parseNameList(text: string): NameListResult {
	const names: string[] = [];
	const errors: string[] = [];
	const seen = new Set<string>();
	text.split(/\r\n|\r|\n/).forEach((line, index) => {
		const name = line.replace(/\s+/g, ' ').trim();
		if (!name) return;
		if (name.length > MAX_NAME_LENGTH) {
			errors.push(`Line ${index + 1} is longer than ${MAX_NAME_LENGTH} characters.`);
		} else if (DISGUISING_CHARACTERS.test(name)) {
			errors.push(`Line ${index + 1} contains a control or text-direction character.`);
		} else if (!seen.has(name.toLowerCase())) {
			seen.add(name.toLowerCase());
			names.push(name);
		}
	});
	if (names.length === 0 && errors.length === 0) errors.push('Paste at least one name.');
	if (names.length > MAX_NAMES_PER_PASTE) {
		errors.push(
			`Paste at most ${MAX_NAMES_PER_PASTE} names at a time (you pasted ${names.length}).`
		);
	}
	return { names, errors };
}
