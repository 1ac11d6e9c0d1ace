import { count } from 'drizzle-orm';
import defaultArticle from '../../articles/default/cartel-crackdown.raw.txt?raw';
import { acceptProposal, saveImport } from '../article-import';
import * as classes from '../classes';
import { seedDebate } from './seed-debate';
import { seedQuiz } from './seed-quiz';
import type { PublicUser } from '../public-user';
import { createUser } from '../users';
import { db } from './index';
import { users } from './schema';

export const DEMO_PASSWORD = 'standpoint-demo';
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

export function isDatabaseEmpty(): boolean {
	const row = db().select({ n: count() }).from(users).get();
	return (row?.n ?? 0) === 0;
}

/** Fills an empty database with the demo class; does nothing when anyone has signed up. */
export async function seedDemo(): Promise<boolean> {
	if (!isDatabaseEmpty()) return false;
	const teacher = await createUser({ ...DEMO_TEACHER, role: 'teacher', password: DEMO_PASSWORD });
	const globalAffairs = classes.create(teacher, DEMO_CLASS_NAME);
	const students: PublicUser[] = [];
	for (const student of DEMO_STUDENTS) {
		const created = await createUser({ ...student, role: 'student', password: DEMO_PASSWORD });
		classes.enrol(globalAffairs.id, created.id);
		students.push(created);
	}
	const article = seedArticle(teacher, globalAffairs.id);
	if (article) {
		seedQuiz(teacher, globalAffairs.id, article.id, students);
		seedDebate(teacher, globalAffairs.id, article.id, students);
	}
	return true;
}

export function demoLogins(): string {
	const names = [DEMO_TEACHER.username, ...DEMO_STUDENTS.map((s) => s.username)];
	return `Demo logins (password "${DEMO_PASSWORD}"): ${names.join(', ')}`;
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
