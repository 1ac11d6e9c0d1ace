import type { Candidate, RuleContext } from './candidate';

export function claimEvidenceQuestions(ctx: RuleContext): Candidate[] {
	void ctx;
	return [];
}
