import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../analyse';
import { ferryVote } from '../fixtures/comprehension';
import { overlap } from '../text';
import { claimEvidenceQuestions } from './claim-evidence';

describe('claim-evidence questions', () => {
	const drafts = claimEvidenceQuestions({ analysis: analyseArticle(ferryVote), seed: 0 });

	it('gives the claim and asks for its support, not "which claim is in paragraph N"', () => {
		expect(drafts.length).toBeGreaterThan(0);
		for (const d of drafts) {
			expect(d.kind).toBe('multiple_choice');
			expect(d.partB).toBeUndefined();
			expect(d.prompt).toMatch(
				/the author claims that .+\. Which sentence from the article best supports this claim\?$/
			);
			// No option restates the claim the prompt gives.
			const claim = d.prompt.replace(/^.*claims that /, '').replace(/\. Which.*$/, '');
			for (const o of d.options ?? []) expect(overlap(o, claim)).toBeLessThan(0.35);
		}
	});
});
