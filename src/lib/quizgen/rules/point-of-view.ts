import type { Candidate, RuleContext } from './candidate';

export function pointOfViewQuestions(ctx: RuleContext): Candidate[] {
	void ctx;
	return [];
}
