import { error, fail, redirect } from '@sveltejs/kit';
import { parseHighlight } from '$lib/reader/segments';
import { parseMixForm } from '$lib/quizzes/skill-mix';
import { readingStats } from '$lib/reader/readability';
import { suggestTerms } from '$lib/reader/glossary';
import * as articles from '$lib/server/articles/articles';
import * as classes from '$lib/server/classes/classes';
import * as debates from '$lib/server/debates/debates';
import * as generation from '$lib/server/quizzes/quiz-generation';
import * as quizzes from '$lib/server/quizzes/quizzes';
import { requireTeacher, requireUser } from '$lib/server/http/guards';
import { rethrowNotFound } from '$lib/server/http/refusals';
import { firstError, glossaryTermForm, parseForm } from '$lib/validation';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { readTextSize, TEXT_SIZE_COOKIE } from './text-size';
import { removeTermForm, shareForm, textSizeForm } from './schema';
import { paths } from '$lib/paths';

const NOT_FOUND = 'There is no article here, or it is not shared with you.';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	const readable = await articles.getReadable(user, Number(event.params.articleId));
	if (!readable) error(404, NOT_FOUND);
	const { article, paragraphs, glossary, isOwner } = readable;
	return {
		article: {
			id: article.id,
			title: article.title,
			standfirst: article.standfirst,
			byline: article.byline,
			source: article.source,
			publishedOn: article.publishedOn,
			language: article.language,
			credits: article.credits
		},
		paragraphs,
		glossary: glossary.map(({ id, term, definition }) => ({ id, term, definition })),
		stats: readingStats(paragraphs),
		highlight: parseHighlight(event.url.searchParams.get('hl'), paragraphs),
		textSize: readTextSize(event.cookies),
		owner: isOwner ? await ownerTools(event, article.id, paragraphs) : null
	};
};

async function ownerTools(event: RequestEvent, articleId: number, paragraphs: string[]) {
	const teacher = requireTeacher(event);
	const shared = new Set(await articles.sharedClassIds(teacher, articleId));
	return {
		classes: (await classes.listTaught(teacher))
			.filter((c) => c.archivedAt === null || shared.has(c.id))
			.map((c) => ({ id: c.id, name: c.name, shared: shared.has(c.id) })),
		suggestions: suggestTerms(paragraphs).map((s) => s.term),
		quizzes: (await quizzes.listForArticle(teacher, articleId)).map((q) => ({
			id: q.id,
			title: q.title,
			status: q.status
		})),
		debates: await debates.listForArticle(teacher, articleId)
	};
}

/** The owner and their article; 404 for anyone else, as for an unknown id. */
async function ownedArticle(event: RequestEvent) {
	const teacher = requireTeacher(event);
	const articleId = Number(event.params.articleId);
	const readable = await articles.getReadable(teacher, articleId);
	if (!readable?.isOwner) error(404, NOT_FOUND);
	return { teacher, articleId };
}

export const actions: Actions = {
	textSize: async (event) => {
		const user = requireUser(event);
		if (!(await articles.getReadable(user, Number(event.params.articleId)))) error(404, NOT_FOUND);
		const parsed = parseForm(textSizeForm, await event.request.formData());
		if (!parsed.ok) return fail(400, { message: firstError(parsed.errors) });
		const { size } = parsed.data;
		event.cookies.set(TEXT_SIZE_COOKIE, size, {
			path: '/',
			httpOnly: false,
			sameSite: 'lax',
			maxAge: 60 * 60 * 24 * 365
		});
		return { textSize: size };
	},
	share: async (event) => {
		const { teacher, articleId } = await ownedArticle(event);
		const parsed = parseForm(shareForm, await event.request.formData());
		if (!parsed.ok) return fail(400, { shareError: firstError(parsed.errors) });
		try {
			await articles.setSharing(teacher, articleId, parsed.data.classId);
		} catch (err) {
			rethrowNotFound(err, 'That class is not one of yours.');
		}
		return { shared: true };
	},
	defineTerm: async (event) => {
		const { teacher, articleId } = await ownedArticle(event);
		const parsed = parseForm(glossaryTermForm, await event.request.formData());
		if (!parsed.ok)
			return fail(400, { glossary: { errors: parsed.errors, values: parsed.values } });
		await articles.defineTerm(teacher, articleId, parsed.data.term, parsed.data.definition);
		return { defined: parsed.data.term };
	},
	generateQuiz: async (event) => {
		const { teacher, articleId } = await ownedArticle(event);
		const parsed = parseMixForm(await event.request.formData());
		if (!parsed.ok) {
			const { message, errors, values } = parsed;
			return fail(400, { generate: { message, errors, values } });
		}
		const outcome = await generation.generate(teacher, articleId, { mix: parsed.mix });
		if (!outcome.ok) {
			// Nothing was saved: the sentence says why, beside the form the teacher just used.
			return fail(422, {
				generate: { message: outcome.reason, errors: {}, values: parsed.values }
			});
		}
		redirect(303, `${paths.quiz(outcome.quiz.id)}?generated=1`);
	},
	newQuiz: async (event) => {
		const { teacher, articleId } = await ownedArticle(event);
		const quiz = await generation.createEmpty(teacher, articleId);
		redirect(303, `${paths.quiz(quiz.id)}#add`);
	},
	removeTerm: async (event) => {
		const { teacher, articleId } = await ownedArticle(event);
		const parsed = parseForm(removeTermForm, await event.request.formData());
		if (!parsed.ok) error(400, firstError(parsed.errors));
		await articles.removeTerms(teacher, articleId, [parsed.data.termId]);
		redirect(303, `${paths.article(articleId)}#glossary`);
	}
};
