import { DEFAULT_MOTION, DEFAULT_SIDE_NAMES, type PostKind } from '../../debate';
import * as phases from '../debates/phases';
import * as debates from '../debates/debates';
import * as moderation from '../debates/moderation';
import * as posts from '../debates/posts';
import type { PublicUser } from '../auth/public-user';

interface SeedPost {
	by: number;
	kind: PostKind;
	/** Index into the posts made so far that this one answers. */
	answers?: number;
	claim: string;
	paragraph: number;
	quote: string;
	reasoning: string;
}

/** Stances before the debate, student1 … student6 (1 strongly Intervention … 5 Cooperation). */
const PRE_VOTES = [2, 4, 1, 5, 3, 4];

// Quotes are exact words of the demo article (0-based paragraphs); seeding fails if one is not.
const OPENING: SeedPost[] = [
	{
		by: 0,
		kind: 'claim',
		claim: 'The cartels have grown beyond what Mexico can handle on its own.',
		paragraph: 1,
		quote: 'cartels were effectively “running the country”',
		reasoning:
			'If cartels run the country, waiting for Mexico alone to act leaves people in danger.'
	},
	{
		by: 1,
		kind: 'claim',
		claim: 'Military intervention would make the region less stable, not more.',
		paragraph: 5,
		quote: 'US military or covert involvement has often produced instability rather than order',
		reasoning: 'The article says past interventions in the region mostly brought instability.'
	},
	{
		by: 2,
		kind: 'claim',
		claim: 'Being ready to strike on land gives the US leverage.',
		paragraph: 10,
		quote: 'escalating rhetoric to signal resolve, create leverage, and test counterpart reactions',
		reasoning: 'Readiness to act can push Mexico to do more even if force is never used.'
	},
	{
		by: 3,
		kind: 'claim',
		claim: 'The US should tackle the demand and the guns that feed the cartels.',
		paragraph: 8,
		quote: 'cartel violence is fuelled by demand for drugs in the US',
		reasoning: 'Force on Mexican soil ignores the causes that start on the US side of the border.'
	}
];

const REBUTTAL: SeedPost[] = [
	{
		by: 4,
		kind: 'rebuttal',
		answers: 1,
		claim: 'Pressure has worked before: the sea crackdown shows force can disrupt trafficking.',
		paragraph: 1,
		quote: 'the US had disrupted 97% of drugs entering by sea',
		reasoning: 'If force cut sea routes, the same pressure could work against land operations.'
	},
	{
		by: 1,
		kind: 'rebuttal',
		answers: 4,
		claim: 'That result came from working together, which already happens on land too.',
		paragraph: 7,
		quote:
			'The two countries share intelligence, coordinate enforcement, and collaborate on interdiction',
		reasoning: 'Cooperation is already in place, so the US does not need to act without consent.'
	},
	{
		by: 5,
		kind: 'question',
		answers: 0,
		claim: 'If the cartels are so strong, why have past US governments never acted alone?',
		paragraph: 11,
		quote: 'US administrations have stopped short of unilateral action inside Mexico',
		reasoning:
			'They saw a diplomatic and security fallout that the Intervention side has not addressed.'
	}
];

async function postAll(debateId: number, students: PublicUser[], list: SeedPost[], made: number[]) {
	for (const item of list) {
		const parentId = item.answers === undefined ? null : (made[item.answers] ?? null);
		const result = await posts.create(students[item.by]!, debateId, { ...item, parentId });
		if (!result.ok) throw new Error(`Demo post refused: ${JSON.stringify(result.errors)}`);
		made.push(result.post.id);
	}
}

/**
 * The demo debate, made through the same domain functions as the app (so its history is in
 * the event log): every student votes, openings from both sides, a rebuttal thread, reactions.
 */
export async function seedDebate(
	teacher: PublicUser,
	classId: number,
	articleId: number,
	students: PublicUser[]
) {
	const debate = await debates.create(teacher, {
		articleId,
		classId,
		motion: DEFAULT_MOTION,
		sideFor: DEFAULT_SIDE_NAMES.for,
		sideAgainst: DEFAULT_SIDE_NAMES.against
	});
	for (const [i, student] of students.entries()) {
		await debates.joinDebate(student, debate.id);
		await debates.voteStance(student, debate.id, PRE_VOTES[i] ?? 3);
	}
	const made: number[] = [];
	await phases.advance(teacher, debate.id);
	await postAll(debate.id, students, OPENING, made);
	await phases.advance(teacher, debate.id);
	await postAll(debate.id, students, REBUTTAL, made);
	const [anaClaim, benClaim, , diegoClaim, emmaRebuttal] = made;
	await moderation.react(students[3]!, benClaim!, 'strong-evidence');
	await moderation.react(students[0]!, diegoClaim!, 'good-reasoning');
	await moderation.react(students[2]!, emmaRebuttal!, 'strong-evidence');
	await moderation.react(students[4]!, anaClaim!, 'good-reasoning');
	return debate;
}
