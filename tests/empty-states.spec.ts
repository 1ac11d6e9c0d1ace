import { expect, test } from './fixtures';
import { HttpClient } from './http';
import { DEMO_PASSWORD } from './server';

test('an assignment in a class with no students says so instead of a bare table', async ({
	server
}) => {
	const http = await HttpClient.open(server.url);
	const login = await http.post('/login', { username: 'teacher', password: DEMO_PASSWORD });
	expect(login.status()).toBe(303);
	const classId = await http.createClass('Nobody here yet');
	const assigned = await http.post('/quizzes/1?/assign', {
		classId: String(classId),
		attemptsAllowed: '1',
		counts: 'best',
		feedback: 'after_submit'
	});
	expect(assigned.status()).toBe(303);
	const classPage = await (await http.get(`/classes/${classId}`)).text();
	const assignmentId = /href="\/assignments\/(\d+)"/.exec(classPage)?.[1];
	expect(assignmentId).toBeTruthy();
	const page = await (await http.get(`/assignments/${assignmentId}`)).text();
	expect(page).toContain('No students are in this class yet');
	expect(page).not.toContain('<caption class="visually-hidden">Progress of each student');
	await http.dispose();
});
