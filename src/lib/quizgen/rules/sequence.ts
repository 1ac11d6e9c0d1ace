import type { Candidate, RuleContext } from './candidate';

export function sequenceQuestions(ctx: RuleContext): Candidate[] {
	void ctx;
	return [];
}
