import { count, sql } from 'drizzle-orm';
import defaultArticle from '../../articles/default/cartel-crackdown.raw.txt?raw';
import { acceptProposal, saveImport } from '../articles/article-import';
import * as classes from '../classes/classes';
import { seedDebate } from './seed-debate';
import { seedQuiz } from './seed-quiz';
import type { PublicUser } from '../auth/public-user';
import { createUser } from '../auth/users';
import * as demo from './demo';
import { appDatabase, db, dialect, transaction } from './index';
import { users } from './schema';

export const DEMO_TEACHER = { username: 'teacher', displayName: 'Ms. Rivera' };
export const DEMO_CLASS_NAME = 'Global Affairs';
export const DEMO_STUDENTS = [
	'Ana Torres',
	'Ben Okafor',
	'Chloé Martin',
	'Diego Hernández',
	'Emma Novak',
	'Farah Haddad'
].map((displayName, i) => ({ username: `student${i + 1}`, displayName }));

export async function isDatabaseEmpty(): Promise<boolean> {
	const [row] = await db().select({ n: count() }).from(users);
	return Number(row?.n ?? 0) === 0;
}

/** Advisory-lock key of the demo seed on PostgreSQL (any fixed number, the same everywhere). */
const SEED_LOCK = 1_801_820;

/**
 * Fills an empty database with the demo class; does nothing when anyone has signed up. The
 * password is generated unless one is given (tests pass STANDPOINT_DEMO_PASSWORD).
 *
 * One transaction, all or nothing: two instances starting together on an empty PostgreSQL
 * would otherwise both find it empty and the second would fail on the first's usernames. The
 * second waits on the lock, then finds the demo committed. (SQLite's write lock does the same.)
 */
export function seedDemo(password = demo.generatePassword()): Promise<boolean> {
	return transaction(async () => {
		if (dialect() === 'postgres') {
			await appDatabase().execute(sql`SELECT pg_advisory_xact_lock(${SEED_LOCK})`);
		}
		if (!(await isDatabaseEmpty())) return false;
		await seedInto(password);
		return true;
	});
}

async function seedInto(password: string): Promise<void> {
	const teacher = await createUser({ ...DEMO_TEACHER, role: 'teacher', password });
	const globalAffairs = await classes.create(teacher, DEMO_CLASS_NAME);
	const students: PublicUser[] = [];
	for (const student of DEMO_STUDENTS) {
		const created = await createUser({ ...student, role: 'student', password });
		await classes.enrol(globalAffairs.id, created.id);
		students.push(created);
	}
	await demo.record(password, [teacher.id, ...students.map((s) => s.id)]);
	const article = await seedArticle(teacher, globalAffairs.id);
	if (article) {
		await seedQuiz(teacher, globalAffairs.id, article.id, students);
		await seedDebate(teacher, globalAffairs.id, article.id, students);
	}
}

/** The demo's logins and this database's password, or null when the demo was removed. */
export async function demoLogins(): Promise<string | null> {
	const password = await demo.password();
	if (password === null) return null;
	const names = [DEMO_TEACHER.username, ...DEMO_STUDENTS.map((s) => s.username)];
	return `Demo logins (password "${password}"): ${names.join(', ')}. Remove the demo from the teacher home page before real classes use this server.`;
}

/** The default article, imported as a teacher would: the cleaner's proposal, accepted as is. */
function seedArticle(teacher: PublicUser, classId: number) {
	const { keep, article } = acceptProposal(defaultArticle);
	return saveImport(teacher, defaultArticle, {
		keep,
		details: {
			title: article.title,
			standfirst: article.standfirst,
			byline: article.byline,
			source: article.source ?? 'Open Magazine',
			publishedOn: '2026-01-09'
		},
		classIds: [classId]
	});
}
