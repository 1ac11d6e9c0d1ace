import { error, fail, redirect } from '@sveltejs/kit';
import { proposeImport, type ImportProposal } from '$lib/articles/review';
import { checkLength, importText, saveImport } from '$lib/server/articles/article-import';
import * as classes from '$lib/server/classes/classes';
import { requireTeacher } from '$lib/server/http/guards';
import { articleDetailsForm, firstError, parseForm } from '$lib/validation';
import { paths } from '$lib/paths';
import type { Actions, PageServerLoad } from './$types';
import { pasteForm, reviewedForm } from './schema';

export const load: PageServerLoad = async (event) => {
	const teacher = requireTeacher(event);
	const active = (await classes.listTaught(teacher)).filter((c) => c.archivedAt === null);
	return { classes: active.map((c) => ({ id: c.id, name: c.name })) };
};

function withChoices(proposal: ImportProposal, keep: Set<number>): ImportProposal {
	return { ...proposal, lines: proposal.lines.map((l) => ({ ...l, kept: keep.has(l.index) })) };
}

export const actions: Actions = {
	review: async (event) => {
		requireTeacher(event);
		const form = await event.request.formData();
		const pasted = parseForm(pasteForm, form);
		if (!pasted.ok) {
			return fail(400, { step: 'paste' as const, message: firstError(pasted.errors), text: '' });
		}
		const result = await importText(form.get('file'), pasted.data);
		if (!result.ok) {
			return fail(400, { step: 'paste' as const, message: result.message, text: pasted.data.text });
		}
		return {
			step: 'review' as const,
			raw: result.text,
			path: result.path,
			proposal: proposeImport(result.text, { structured: result.path === 'html' })
		};
	},
	save: async (event) => {
		const teacher = requireTeacher(event);
		const form = await event.request.formData();
		const reviewed = parseForm(reviewedForm, form);
		// The text is checked first, as sent, whatever else was refused.
		const checked = checkLength(reviewed.values.raw ?? '');
		if (!checked.ok)
			return fail(400, { step: 'paste' as const, message: checked.message, text: '' });
		if (!reviewed.ok) {
			const message = firstError(reviewed.errors);
			return fail(400, { step: 'paste' as const, message, text: checked.text });
		}
		const { path, classId: classIds } = reviewed.data;
		const keep = new Set(reviewed.data.keep);
		const parsed = parseForm(articleDetailsForm, form);
		// Only the teacher's own classes: anything else is a forged id, refused before saving.
		if (!(await classes.teachesAll(teacher, classIds)))
			error(404, 'That class is not one of yours.');
		const article = parsed.ok
			? await saveImport(teacher, checked.text, { keep, details: parsed.data, classIds, path })
			: null;
		if (!article) {
			const errors: Record<string, string> = parsed.ok
				? { keep: 'Keep at least one paragraph in the body.' }
				: parsed.errors;
			const proposal = withChoices(
				proposeImport(checked.text, { structured: path === 'html' }),
				keep
			);
			return fail(400, {
				step: 'review' as const,
				raw: checked.text,
				path,
				proposal,
				errors,
				values: parsed.values
			});
		}
		redirect(303, `${paths.article(article.id)}?imported=1`);
	}
};
