import type { Candidate, RuleContext } from './candidate';

export function causeEffectQuestions(ctx: RuleContext): Candidate[] {
	void ctx;
	return [];
}
