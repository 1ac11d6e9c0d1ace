import { asc, eq, sql } from 'drizzle-orm';
import type { CsvValue } from '../../debate/escape';
import { roundTo } from '../../reports/export';
import { quizCell, type GradebookStudent, type QuizCell } from '../../reports/gradebook';
import { answerText, responseText } from '../../quizzes/convert';
import * as classes from '../classes/classes';
import type { Db } from '../db';
import { preparedFor } from '../db/prepared';
import type { Attempt, QuestionRow } from '../db/schema';
import { assignments, attempts, responses } from '../db/tables';
import type { PublicUser } from '../auth/public-user';
import { liveQuestions } from '../quizzes/quizzes';
import { classData, type QuizAssignmentColumn } from './reports';
import type { AnswerDetail } from '../../reports/views';

export type { AnswerDetail } from '../../reports/views';

/** Each attempt and its answers: a student's detail page and the per-attempt CSV. */

export interface AttemptDetail {
	id: number;
	/** 1 for the student's first attempt at this assignment. */
	number: number;
	startedAt: number;
	submittedAt: number | null;
	late: boolean;
	score: number | null;
	maxScore: number | null;
	answers: AnswerDetail[];
}

export interface AssignmentDetail {
	id: number;
	title: string;
	cell: QuizCell;
	attempts: AttemptDetail[];
}

const prepared = preparedFor(prepare);

function prepare(database: Db) {
	return database
		.select({
			attemptId: responses.attemptId,
			questionId: responses.questionId,
			answer: responses.answer,
			isCorrect: responses.isCorrect,
			points: responses.points,
			tries: responses.tries
		})
		.from(responses)
		.innerJoin(attempts, eq(attempts.id, responses.attemptId))
		.innerJoin(assignments, eq(assignments.id, attempts.assignmentId))
		.where(eq(assignments.classId, sql.placeholder('classId')))
		.orderBy(asc(responses.attemptId))
		.prepare();
}

type Saved = Map<
	number,
	{ answer: unknown; isCorrect: boolean | null; points: number | null; tries: number }
>;

async function savedByAttempt(classId: number): Promise<Map<number, Saved>> {
	const result = new Map<number, Saved>();
	for (const row of await prepared().execute({ classId })) {
		let saved = result.get(row.attemptId);
		if (!saved) result.set(row.attemptId, (saved = new Map()));
		saved.set(row.questionId, row);
	}
	return result;
}

function answersOf(questions: QuestionRow[], saved: Saved | undefined): AnswerDetail[] {
	return questions.map((q, i) => {
		const response = saved?.get(q.id);
		return {
			questionId: q.id,
			position: i + 1,
			prompt: q.prompt,
			answer: responseText(q.content, response?.answer),
			correctAnswer: answerText(q.content),
			correct: response?.isCorrect === true,
			points: response?.points ?? 0,
			maxPoints: q.points,
			tries: response?.tries ?? 0
		};
	});
}

function detailsFor(
	column: QuizAssignmentColumn,
	own: Attempt[],
	questions: QuestionRow[],
	saved: Map<number, Saved>,
	now: number
): AssignmentDetail {
	return {
		id: column.id,
		title: column.title,
		cell: quizCell({ dueAt: column.dueAt, counts: column.settings.counts }, own, now),
		attempts: own.map((a, i) => ({
			id: a.id,
			number: i + 1,
			startedAt: a.startedAt,
			submittedAt: a.submittedAt,
			late: a.late,
			score: a.score,
			maxScore: a.maxScore,
			answers: answersOf(questions, saved.get(a.id))
		}))
	};
}

/** Every assignment of the class for one student, with every attempt and answer. */
async function allDetails(classId: number, now: number) {
	const [data, saved] = await Promise.all([classData(classId, now), savedByAttempt(classId)]);
	// Each quiz's questions read once, before the (synchronous) assembly per student.
	const quizIds = [...new Set(data.quizColumns.map((column) => column.quizId))];
	const lists = await Promise.all(
		quizIds.map(async (id) => [id, await liveQuestions(id)] as const)
	);
	const questions = new Map<number, QuestionRow[]>(lists);
	const questionsOf = (quizId: number) => questions.get(quizId) ?? [];
	const forStudent = (student: GradebookStudent) =>
		data.quizColumns.map((column) =>
			detailsFor(
				column,
				data.byCell.get(`${column.id}:${student.id}`) ?? [],
				questionsOf(column.quizId),
				saved,
				now
			)
		);
	return { students: data.students, forStudent };
}

export async function studentDetail(
	teacher: PublicUser,
	classId: number,
	studentId: number,
	now = Date.now()
): Promise<{ student: GradebookStudent; assignments: AssignmentDetail[] } | null> {
	if (!(await classes.getTaught(teacher, classId))) return null;
	const { students, forStudent } = await allDetails(classId, now);
	const student = students.find((s) => s.id === studentId);
	return student ? { student, assignments: forStudent(student) } : null;
}

const iso = (ms: number | null) => (ms === null ? '' : new Date(ms).toISOString());

/** One row per answer of every attempt in the class, after a header row. */
export async function attemptDetailRows(
	teacher: PublicUser,
	classId: number,
	now = Date.now()
): Promise<CsvValue[][] | null> {
	if (!(await classes.getTaught(teacher, classId))) return null;
	const { students, forStudent } = await allDetails(classId, now);
	const header = [
		'Student',
		'Username',
		'Assignment',
		'Attempt',
		'Status',
		'Started (UTC)',
		'Submitted (UTC)',
		'Late',
		'Score',
		'Max score',
		'Question',
		'Prompt',
		'Answer',
		'Correct answer',
		'Correct',
		'Points',
		'Max points'
	];
	const rows: CsvValue[][] = [header];
	for (const student of students) {
		for (const assignment of forStudent(student)) {
			for (const a of assignment.attempts) {
				const status = a.submittedAt === null ? 'In progress' : a.late ? 'Late' : 'Submitted';
				const head = [student.displayName, student.username, assignment.title, a.number, status];
				const times = [iso(a.startedAt), iso(a.submittedAt), a.late ? 'yes' : 'no'];
				for (const q of a.answers) {
					rows.push([
						...head,
						...times,
						roundTo(a.score, 2),
						a.maxScore,
						q.position,
						q.prompt,
						q.answer,
						q.correctAnswer,
						q.correct ? 'yes' : 'no',
						roundTo(q.points, 2),
						q.maxPoints
					]);
				}
			}
		}
	}
	return rows;
}
