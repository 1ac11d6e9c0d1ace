/**
 * What the quiz pages show, as plain types: the server's reads return them and the components
 * that draw them import them from here (components may not import `$lib/server`).
 */
import type { ItemStatistics } from '../grading';
import type { Skill } from '../quizgen/skills';
import type { AssignmentStateName } from './labels';
import type { ReportReason } from './question-reports';
import type { AssignmentSettings } from './types';

/** A student's state on one assignment, from their attempts and the due date. */
export type AssignmentState = AssignmentStateName;

export interface ClassAssignment {
	id: number;
	quizTitle: string;
	opensAt: number;
	dueAt: number | null;
	settings: AssignmentSettings;
}

export interface StudentAssignment extends ClassAssignment {
	classId: number;
	className: string;
	state: AssignmentState;
	/** Milliseconds left on a timed attempt in progress. */
	timeLeftMs: number | null;
	attemptsUsed: number;
}

/** One student's progress on an assignment, for its teacher. */
export interface StudentProgress {
	studentId: number;
	displayName: string;
	state: AssignmentState;
	attempts: number;
	/** The counted score as a fraction of the maximum (best or last, per the settings). */
	score: number | null;
	timeMultiplier: number;
}

export interface QuestionResult {
	id: number;
	position: number;
	prompt: string;
	yourAnswer: string;
	correctAnswer: string;
	correct: boolean;
	points: number;
	maxPoints: number;
	explanation: string;
	/** Link into the reader with the evidence highlighted, or null when the question has none. */
	evidenceHref: string | null;
}

/** A submitted attempt as its student sees it: marks only once the feedback policy allows. */
export type AttemptResults =
	| { visible: true; score: number; maxScore: number; questions: QuestionResult[] }
	| { visible: false; reason: string };

/** A question of a submitted attempt's quiz a student may report (prompt only, no key). */
export interface ReportableQuestion {
	id: number;
	position: number;
	prompt: string;
	reported: boolean;
}

/** A student's report on a question, as its teacher reads it on the item card. */
export interface QuestionReportView {
	reason: ReportReason;
	note: string;
	student: string;
	createdAt: number;
}

/** One question of an item analysis. */
export interface AnalysedQuestion {
	id: number;
	position: number;
	prompt: string;
	kind: string;
	skill: Skill | null;
	stats: ItemStatistics;
}
