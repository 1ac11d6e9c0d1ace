import { htmlToText } from '../../articles/html';
import {
	applyReview,
	markdownToText,
	MAX_ARTICLE_CHARS,
	proposeImport
} from '../../articles/review';
import type { CleanedArticle } from '../../articles/types';
import { detectLanguage } from '../../language';
import * as articles from './articles';
import { transaction } from '../db';
import type { Article } from '../db/schema';
import type { PublicUser } from '../auth/public-user';

/** Which reader the text went through: Readability over HTML, or the plain-text cleaner. */
export type ImportPath = 'html' | 'text';

export type ImportText =
	{ ok: true; text: string; path: ImportPath } | { ok: false; message: string };

const TOO_LONG = (length: number, limit = MAX_ARTICLE_CHARS) =>
	`That text has ${length.toLocaleString('en')} characters; an article can have at most ` +
	`${limit.toLocaleString('en')}. Paste only the article itself. Nothing was saved.`;

export function checkLength(text: string, path: ImportPath = 'text'): ImportText {
	if (text.trim().length === 0) {
		return {
			ok: false,
			message: 'There is no text to import. Paste the article or choose a file.'
		};
	}
	if (text.length > MAX_ARTICLE_CHARS) return { ok: false, message: TOO_LONG(text.length) };
	return { ok: true, text, path };
}

/** HTML carries markup and scripts around the article: allow more before reducing it. */
const MAX_HTML_CHARS = MAX_ARTICLE_CHARS * 5;

const UPLOAD_TYPES = ['.txt', '.md', '.markdown', '.html', '.htm'];

/** Reads an uploaded file as article text: HTML is reduced to its article, Markdown unmarked. */
export async function readUpload(file: File): Promise<ImportText> {
	const name = file.name.toLowerCase();
	const type = UPLOAD_TYPES.find((ending) => name.endsWith(ending));
	if (!type) {
		return {
			ok: false,
			message: 'Choose a .txt, .md or .html file (other formats cannot be read).'
		};
	}
	const content = await file.text();
	if (content.includes('\u0000')) {
		return { ok: false, message: 'That file is not text. Save the article as .txt or .html.' };
	}
	if (content.length > (type.startsWith('.htm') ? MAX_HTML_CHARS : MAX_ARTICLE_CHARS)) {
		return { ok: false, message: TOO_LONG(content.length) };
	}
	if (type.startsWith('.htm')) return checkLength(htmlToText(content), 'html');
	if (type === '.md' || type === '.markdown') return checkLength(markdownToText(content));
	return checkLength(content);
}

/** What the paste box sent ('' for a field left out). */
export interface Pasted {
	text: string;
	/** The paste box's script puts the clipboard's HTML here: the page's structure, when it has it. */
	html: string;
}

/** The text to import: an uploaded file (the form's `file`) wins over the paste box. */
export async function importText(
	file: FormDataEntryValue | null,
	pasted: Pasted
): Promise<ImportText> {
	if (file instanceof File && file.size > 0) return readUpload(file);
	const { html } = pasted;
	if (html.trim()) {
		if (html.length > MAX_HTML_CHARS)
			return { ok: false, message: TOO_LONG(html.length, MAX_HTML_CHARS) };
		const text = htmlToText(html);
		if (text.trim()) return checkLength(text, 'html');
	}
	// Nothing pasted is 'There is no text to import': checkLength says so for ''.
	return checkLength(pasted.text);
}

export interface ImportChoices {
	/** Line indexes (from `proposeImport`) kept in the body. */
	keep: ReadonlySet<number>;
	details: {
		title: string;
		standfirst: string | null;
		byline: string | null;
		source: string | null;
		publishedOn: string | null;
	};
	classIds: number[];
	/** The path the text was read by, so the save re-reads it the same way. */
	path?: ImportPath;
}

/** The body's language code when the detector is sure of it, else 'und'. */
export function articleLanguage(article: CleanedArticle): string {
	const found = detectLanguage([article.title, ...article.paragraphs].join('\n'));
	return found.confident ? found.code : 'und';
}

/**
 * Saves a reviewed import and shares it: the one path for a teacher's import and the demo seed.
 * Null when the choices leave the body empty.
 */
export async function saveImport(
	owner: PublicUser,
	raw: string,
	choices: ImportChoices
): Promise<Article | null> {
	const cleaned = applyReview(raw, choices.keep, { structured: choices.path === 'html' });
	if (cleaned.paragraphs.length === 0) return null;
	// One transaction: an article is never left saved but unshared.
	return transaction(async () => {
		const article = await articles.create(owner, {
			...choices.details,
			language: articleLanguage(cleaned),
			credits: cleaned.credits,
			paragraphs: cleaned.paragraphs,
			rawText: raw
		});
		await articles.setSharing(owner, article.id, choices.classIds);
		return article;
	});
}

/** What the cleaner proposes, accepted unchanged (the demo, and "save as proposed"). */
export function acceptProposal(raw: string): { keep: Set<number>; article: CleanedArticle } {
	const { article, lines } = proposeImport(raw);
	return { keep: new Set(lines.filter((l) => l.kept).map((l) => l.index)), article };
}
