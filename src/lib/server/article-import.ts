import { htmlToText } from '../articles/html';
import { applyReview, markdownToText, MAX_ARTICLE_CHARS, proposeImport } from '../articles/review';
import type { CleanedArticle } from '../articles/types';
import * as articles from './articles';
import type { Article } from './db/schema';
import type { PublicUser } from './public-user';

export type ImportText = { ok: true; text: string } | { ok: false; message: string };

const TOO_LONG = (length: number) =>
	`That text has ${length.toLocaleString('en')} characters; an article can have at most ` +
	`${MAX_ARTICLE_CHARS.toLocaleString('en')}. Paste only the article itself. Nothing was saved.`;

export function checkLength(text: string): ImportText {
	if (text.trim().length === 0) {
		return {
			ok: false,
			message: 'There is no text to import. Paste the article or choose a file.'
		};
	}
	if (text.length > MAX_ARTICLE_CHARS) return { ok: false, message: TOO_LONG(text.length) };
	return { ok: true, text };
}

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
	// An HTML page carries markup and scripts around the article: allow more before reducing it.
	if (content.length > MAX_ARTICLE_CHARS * (type.startsWith('.htm') ? 5 : 1)) {
		return { ok: false, message: TOO_LONG(content.length) };
	}
	if (type.startsWith('.htm')) return checkLength(htmlToText(content));
	if (type === '.md' || type === '.markdown') return checkLength(markdownToText(content));
	return checkLength(content);
}

/** The text to import from the form: an uploaded file wins over the paste box. */
export async function importText(form: FormData): Promise<ImportText> {
	const file = form.get('file');
	if (file instanceof File && file.size > 0) return readUpload(file);
	const pasted = form.get('text');
	if (typeof pasted !== 'string') {
		return {
			ok: false,
			message: 'There is no text to import. Paste the article or choose a file.'
		};
	}
	return checkLength(pasted);
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
}

/**
 * Saves a reviewed import and shares it: the one path for a teacher's import and the demo seed.
 * Null when the choices leave the body empty.
 */
export function saveImport(owner: PublicUser, raw: string, choices: ImportChoices): Article | null {
	const cleaned = applyReview(raw, choices.keep);
	if (cleaned.paragraphs.length === 0) return null;
	const article = articles.create(owner, {
		...choices.details,
		credits: cleaned.credits,
		paragraphs: cleaned.paragraphs,
		rawText: raw
	});
	articles.setSharing(owner, article.id, choices.classIds);
	return article;
}

/** What the cleaner proposes, accepted unchanged (the demo, and "save as proposed"). */
export function acceptProposal(raw: string): { keep: Set<number>; article: CleanedArticle } {
	const { article, lines } = proposeImport(raw);
	return { keep: new Set(lines.filter((l) => l.kept).map((l) => l.index)), article };
}
