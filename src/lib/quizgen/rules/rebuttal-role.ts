/**
 * "Why does the author include paragraph 12?" for a paragraph that opens on a claim others make
 * and answers it in the author's own voice ("Zipline claims that its rules keep pavements clear.
 * But the complaints …"): the key is that role, the wrong options roles of which the paragraph
 * shows no sign (`cuesOf`, `unsignedRoles`). Never "a view that challenges what came before":
 * answering a claim is close enough to it to be defended; nor "an example", which the answer
 * often gives ("In a test I ran, two of the tools failed"). One per article: a second would
 * have the same key.
 */
import type { Sentence } from '../analyse';
import { sentenceKey, type Candidate, type RuleContext } from './candidate';
import { disputedClaim } from './author-agree';
import { choice } from './reading';
import { unsignedRoles } from './role-decoys';

export const REBUTTAL_TEXT = 'To describe a claim and then argue against it';
/** Roles a rebuttal paragraph plays in part: never offered as wrong. */
const CLOSE = new Set(['counterpoint', 'example']);

/** Roles by name, as text-structure words them, with the signs each shows in a paragraph. */
export type RoleTexts = Record<string, string>;

/**
 * The question for the first paragraph that opens on a disputed claim. `roles` are the other
 * roles' wordings and `weak(p)` the roles paragraph p shows any sign of (from text-structure.ts,
 * passed in so this file needs nothing back from it); `taken` the paragraphs already asked about.
 */
export function rebuttalQuestion(
	ctx: RuleContext,
	roles: RoleTexts,
	weak: (paragraph: number) => Set<string>,
	taken: Set<number>
): Candidate | null {
	const { analysis } = ctx;
	const article = analysis.paragraphs.join('\n');
	// With two restated claims, "which statement would the author agree with" offers them as
	// wrong options (author-agree.ts): asking the role of their paragraphs would mark them wrong.
	const restated = analysis.sentences.filter((s) => disputedClaim(analysis, s)?.statement);
	const offered = new Set(restated.length >= 2 ? restated.map((s) => s.paragraph) : []);
	for (const sentences of analysis.byParagraph) {
		const first: Sentence | undefined = sentences[0];
		// A paragraph another role question already asks about would get two keys to one prompt.
		if (!first || first.paragraph === 0 || taken.has(first.paragraph)) continue;
		if (offered.has(first.paragraph)) continue;
		if (!disputedClaim(analysis, first)) continue;
		const signs = weak(first.paragraph);
		const text = analysis.paragraphs[first.paragraph] ?? '';
		const decoys = [
			...Object.entries(roles)
				.filter(([role]) => !CLOSE.has(role) && !signs.has(role))
				.map(([, wording]) => wording),
			...unsignedRoles(text, article)
		];
		if (decoys.length < 3) continue;
		// The claim and the answer that opens the next sentence ("But …"), or the claim alone
		// when its own ", but that's …" answers it.
		const next = sentences[1];
		const last = next && /^(?:but|however|yet)\b/i.test(next.text) ? next : first;
		return choice({
			ctx,
			skill: 'text-structure',
			rule: 'text-structure-rebuttal',
			prompt: `Why does the author include paragraph ${first.paragraph + 1}?`,
			answer: REBUTTAL_TEXT,
			decoys: decoys.slice(0, 3),
			evidence: { paragraph: first.paragraph, start: first.start, end: last.end },
			because: 'it reports what others claim and then answers that claim in the author’s own voice',
			sentenceKey: sentenceKey(first),
			quality: 0.8
		});
	}
	return null;
}
