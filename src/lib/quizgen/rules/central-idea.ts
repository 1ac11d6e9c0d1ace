import type { Candidate, RuleContext } from './candidate';

export function centralIdeaQuestions(ctx: RuleContext): Candidate[] {
	void ctx;
	return [];
}
