/**
 * Roles a paragraph may plainly not play, beside those of `text-structure.ts`: offered as wrong
 * options for a background paragraph, where "an example" is never offered (a dated event told
 * as history is often an example too). Each role comes with the signs that would make it
 * arguable; a role with any sign in the paragraph is not offered.
 */
export const OTHER_ROLE_TEXT = {
	outlook: 'To describe what is expected to happen next',
	method: 'To explain how a study was carried out'
} as const;

export type OtherRole = keyof typeof OTHER_ROLE_TEXT;

const SIGNS: Record<OtherRole, RegExp> = {
	outlook:
		/\b(?:will|would|could|may|might|expect(?:s|ed)?|plans?|planned|next|future|forecast|predict(?:s|ed)?|likely|going to)\b/i,
	method:
		/\b(?:study|studies|survey(?:ed)?|research(?:ers)?|scientists?|experiment|analy[sz](?:is|ed)|data|sample|participants|measured|tested|trial)\b/i
};

/**
 * The other roles of which the paragraph `text` shows no sign. How a study was done is offered
 * only in an article that reports one elsewhere: in a story on politics it would be absurd.
 */
export function unsignedRoles(text: string, article: string): string[] {
	return (Object.keys(OTHER_ROLE_TEXT) as OtherRole[])
		.filter((r) => !SIGNS[r].test(text) && (r !== 'method' || SIGNS.method.test(article)))
		.map((r) => OTHER_ROLE_TEXT[r]);
}
