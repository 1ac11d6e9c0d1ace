import type { Candidate, RuleContext } from './candidate';

export function textStructureQuestions(ctx: RuleContext): Candidate[] {
	void ctx;
	return [];
}
