import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { parseNameList } from '$lib/classes/name-list';
import * as assignments from '$lib/server/quizzes/assignments';
import * as classes from '$lib/server/classes/classes';
import { config } from '$lib/server/app/config';
import * as debates from '$lib/server/debates/debates';
import { requireTeacher, requireUser } from '$lib/server/http/guards';
import * as privacy from '$lib/server/classes/privacy';
import { rethrowNotFound } from '$lib/server/http/refusals';
import * as roster from '$lib/server/classes/roster';
import { joinOrigin } from '$lib/server/classes/join-address';
import { getUserById } from '$lib/server/auth/users';
import { bulkAddForm, classForm, firstError, parseForm } from '$lib/validation';
import { paths } from '$lib/paths';
import type { Actions, PageServerLoad } from './$types';
import { rosterStudentForm } from './schema';

const NOT_FOUND = 'There is no class here, or it is not one of yours.';

/** The teacher and the class they are acting on; 404 for anyone else's class. */
async function taughtClass(event: RequestEvent<{ classId: string }>) {
	const teacher = requireTeacher(event);
	const found = await classes.getTaught(teacher, Number(event.params.classId));
	if (!found) error(404, NOT_FOUND);
	return { teacher, found };
}

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	const found = await classes.getVisible(user, Number(event.params.classId));
	if (!found) error(404, NOT_FOUND);
	const teacherName = (await getUserById(found.teacherId))?.displayName ?? 'your teacher';
	if (user.role !== 'teacher') {
		const work = (await assignments.listForStudent(user)).filter((a) => a.classId === found.id);
		return {
			view: 'student' as const,
			class: { id: found.id, name: found.name, teacherName },
			assignments: work,
			debates: await debates.listForClass(user, found.id)
		};
	}
	return {
		view: 'teacher' as const,
		class: found,
		joinOrigin: joinOrigin(event.url, config()),
		roster: await classes.roster(user, found.id),
		assignments: await assignments.listForClass(user, found.id),
		debates: await debates.listForClass(user, found.id)
	};
};

async function studentIdFrom(event: RequestEvent) {
	const parsed = parseForm(rosterStudentForm, await event.request.formData());
	if (!parsed.ok) error(400, firstError(parsed.errors));
	return parsed.data.studentId;
}

export const actions: Actions = {
	rename: async (event) => {
		const { teacher, found } = await taughtClass(event);
		const parsed = parseForm(classForm, await event.request.formData());
		if (!parsed.ok)
			return fail(400, { action: 'rename', errors: parsed.errors, values: parsed.values });
		await classes.rename(teacher, found.id, parsed.data.name);
		return { action: 'rename', message: 'Class renamed.' };
	},
	archive: async (event) => {
		const { teacher, found } = await taughtClass(event);
		await classes.setArchived(teacher, found.id, true);
		redirect(303, paths.class(found.id));
	},
	unarchive: async (event) => {
		const { teacher, found } = await taughtClass(event);
		await classes.setArchived(teacher, found.id, false);
		redirect(303, paths.class(found.id));
	},
	regenerateCode: async (event) => {
		const { teacher, found } = await taughtClass(event);
		await classes.regenerateJoinCode(teacher, found.id);
		return {
			action: 'regenerateCode',
			message: 'New join code made. The old one no longer works.'
		};
	},
	removeStudent: async (event) => {
		const { teacher, found } = await taughtClass(event);
		const studentId = await studentIdFrom(event);
		if (!(await classes.removeStudent(teacher, found.id, studentId)))
			error(404, 'That student is not in this class.');
		redirect(303, `${paths.class(found.id)}?removed=1`);
	},
	eraseStudent: async (event) => {
		const { teacher, found } = await taughtClass(event);
		const studentId = await studentIdFrom(event);
		try {
			await privacy.deleteStudentFromClass(teacher, found.id, studentId);
		} catch (err) {
			rethrowNotFound(err, 'That student has no data in this class.');
		}
		redirect(303, `${paths.class(found.id)}?erased=1`);
	},
	resetPassword: async (event) => {
		const { teacher, found } = await taughtClass(event);
		const studentId = await studentIdFrom(event);
		const password = await roster.resetStudentPassword(teacher, found.id, studentId);
		if (password === null) error(404, 'That student is not in this class.');
		const student = await getUserById(studentId);
		return {
			action: 'resetPassword',
			reset: {
				displayName: student?.displayName ?? '',
				username: student?.username ?? '',
				password
			}
		};
	},
	bulkAdd: async (event) => {
		const { teacher, found } = await taughtClass(event);
		const parsed = parseForm(bulkAddForm, await event.request.formData());
		if (!parsed.ok)
			return fail(400, { action: 'bulkAdd', errors: parsed.errors, values: parsed.values });
		const list = parseNameList(parsed.data.names);
		if (list.errors.length > 0) {
			const errors: Record<string, string> = { names: list.errors.join(' ') };
			return fail(400, { action: 'bulkAdd', errors, values: parsed.values });
		}
		const credentials = await roster.bulkAddStudents(teacher, found.id, list.names);
		return { action: 'bulkAdd', credentials };
	}
};
