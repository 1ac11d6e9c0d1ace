import { SKILLS, type Skill } from '../quizgen/skills';

/**
 * Mastery by reading skill: every scored answer of a class, grouped by the skill its question
 * tests, per student and for the class. Pure: the server passes the rows, this module counts.
 */

/** One scored answer: who, which skill, how many of the question's points, when submitted. */
export interface SkillAnswer {
	studentId: number;
	/** Which assignment it answered: trends compare assignments, never answers within one. */
	assignmentId: number;
	skill: Skill;
	points: number;
	maxPoints: number;
	submittedAt: number;
}

export interface SkillResult {
	skill: Skill;
	/** Answers counted. */
	answered: number;
	/** Points earned over points possible, 0..1; null when nothing was answered. */
	share: number | null;
	/**
	 * The later half of the assignments minus the earlier half (share, -1..1); null with answers
	 * from one assignment only, or under two answers on either side.
	 */
	trend: number | null;
	/** Enough answers and a share under the weak line. */
	weak: boolean;
}

/** Below this share a skill counts as weak, once at least MIN_ANSWERS answers back it. */
export const WEAK_SHARE = 0.6;
export const MIN_ANSWERS = 3;
/** A trend needs two halves of at least this many answers each. */
const MIN_TREND_ANSWERS = 2;

/** Common Core reading-informational anchors each skill maps to (teachers who report by them). */
export const SKILL_STANDARDS: Record<Skill, string> = {
	'key-details': 'RI.1',
	inference: 'RI.1',
	'central-idea': 'RI.2',
	sequence: 'RI.3',
	'cause-effect': 'RI.3',
	'word-meaning': 'RI.4',
	'text-structure': 'RI.5',
	'point-of-view': 'RI.6',
	'claim-evidence': 'RI.8'
};

function shareOf(answers: readonly SkillAnswer[]): number | null {
	const possible = answers.reduce((sum, a) => sum + a.maxPoints, 0);
	if (possible === 0) return null;
	return answers.reduce((sum, a) => sum + a.points, 0) / possible;
}

/**
 * Assignments in the order they were first answered, split into an earlier and a later half:
 * within one quiz the order of answers says who submitted first, not who improved.
 */
function trendOf(answers: readonly SkillAnswer[]): number | null {
	const firstAnswered = new Map<number, number>();
	for (const a of answers) {
		const seen = firstAnswered.get(a.assignmentId);
		if (seen === undefined || a.submittedAt < seen)
			firstAnswered.set(a.assignmentId, a.submittedAt);
	}
	if (firstAnswered.size < 2) return null;
	const order = [...firstAnswered].sort((a, b) => a[1] - b[1]).map(([id]) => id);
	const earlierIds = new Set(order.slice(0, Math.floor(order.length / 2)));
	const earlier = answers.filter((a) => earlierIds.has(a.assignmentId));
	const later = answers.filter((a) => !earlierIds.has(a.assignmentId));
	if (earlier.length < MIN_TREND_ANSWERS || later.length < MIN_TREND_ANSWERS) return null;
	const [before, after] = [shareOf(earlier), shareOf(later)];
	return before === null || after === null ? null : after - before;
}

/** How one group of answers (one student's, or the class's) stands on one skill. */
export function skillResult(skill: Skill, answers: readonly SkillAnswer[]): SkillResult {
	const share = shareOf(answers);
	const trend = trendOf(answers);
	const weak = answers.length >= MIN_ANSWERS && share !== null && share < WEAK_SHARE;
	return { skill, answered: answers.length, share, trend, weak };
}

/** One result per skill in SKILLS order, skills nobody answered included (answered 0). */
export function skillResults(answers: readonly SkillAnswer[]): SkillResult[] {
	const bySkill = new Map<Skill, SkillAnswer[]>();
	for (const answer of answers) {
		const list = bySkill.get(answer.skill);
		if (list) list.push(answer);
		else bySkill.set(answer.skill, [answer]);
	}
	return SKILLS.map((skill) => skillResult(skill, bySkill.get(skill) ?? []));
}

export interface StudentRef {
	id: number;
	displayName: string;
	username: string;
}

export interface StudentMastery {
	student: StudentRef;
	skills: SkillResult[];
}

/** Students who struggle with the same skill: the groups a teacher might reteach together. */
export interface SuggestedGroup {
	skill: Skill;
	students: StudentRef[];
}

export interface ClassMastery {
	skills: SkillResult[];
	students: StudentMastery[];
	groups: SuggestedGroup[];
}

/** A group needs two students at least: one struggling student is a conference, not a group. */
const MIN_GROUP = 2;

export function classMastery(
	students: readonly StudentRef[],
	answers: readonly SkillAnswer[]
): ClassMastery {
	const byStudent = new Map<number, SkillAnswer[]>();
	for (const answer of answers) {
		const list = byStudent.get(answer.studentId);
		if (list) list.push(answer);
		else byStudent.set(answer.studentId, [answer]);
	}
	const perStudent = students.map((student) => ({
		student,
		skills: skillResults(byStudent.get(student.id) ?? [])
	}));
	const groups = SKILLS.map((skill) => ({
		skill,
		students: perStudent
			.filter((s) => s.skills.find((r) => r.skill === skill)?.weak)
			.map((s) => s.student)
	})).filter((group) => group.students.length >= MIN_GROUP);
	return { skills: skillResults(answers), students: perStudent, groups };
}

/** What a student reads about one of their own skills, in plain words. */
export function plainWords(result: SkillResult): string {
	if (result.answered === 0 || result.share === null) return 'No questions answered yet.';
	const percent = Math.round(result.share * 100);
	const base = `${percent}% right over ${result.answered} question${result.answered === 1 ? '' : 's'}`;
	if (result.answered < MIN_ANSWERS) return `${base}: too few to tell yet.`;
	if (result.weak) return `${base}: one to practise.`;
	if (result.share >= 0.85) return `${base}: a strength.`;
	return `${base}: getting there.`;
}

/** "62%" or "–" for a share; the tables and the student view write it the same way. */
export function formatShare(share: number | null): string {
	return share === null ? '–' : `${Math.round(share * 100)}%`;
}

/** "up 20 points", "down 5 points", "steady" or "–" (too few answers to tell). */
export function formatTrend(trend: number | null): string {
	if (trend === null) return '–';
	const points = Math.round(trend * 100);
	if (Math.abs(points) < 5) return 'steady';
	return `${points > 0 ? 'up' : 'down'} ${Math.abs(points)} points`;
}
