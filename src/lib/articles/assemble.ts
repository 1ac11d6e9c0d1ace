import { isRemoved } from './fragments';
import { bylineNames, parseDate, parseSource } from './metadata';
import type { ArticleLine, CleanedArticle, Verdict } from './types';

/** From lines and their verdicts to the article: its fields and the lines it left out. */

/** Each line with its settled role; a line no rule claimed is a paragraph. */
export function toArticleLines(texts: string[], verdicts: Verdict[]): ArticleLine[] {
	return texts.map((text, i): ArticleLine => {
		const verdict = verdicts[i] ?? 'paragraph';
		if (isRemoved(verdict)) return { text, role: 'removed', reason: verdict };
		return { text, role: verdict };
	});
}

/**
 * Builds the article from analysed lines. Exported so that the review screen can rebuild it after
 * a teacher restores or removes a line: byline, source and credits follow the removed lines.
 */
export function articleFromLines(lines: ArticleLine[]): CleanedArticle {
	const article: CleanedArticle = {
		title: '',
		standfirst: null,
		byline: null,
		source: null,
		publishedOn: null,
		credits: [],
		paragraphs: [],
		removed: [],
		pageKind: 'article'
	};
	// On a page of many stories, the first byline and date are one story's, not the page's.
	const storyList = lines.some((line) => line.role === 'removed' && line.reason === 'story-list');
	for (const line of lines) {
		if (line.role === 'removed') {
			article.removed.push({ text: line.text, reason: line.reason });
			if (line.reason === 'partner-credit') article.credits.push(line.text);
			if (line.reason === 'byline' && !storyList) article.byline ??= bylineNames(line.text);
			if (line.reason === 'author-bio' && !storyList) {
				article.byline ??= bylineNames(line.text, true);
			}
			if ((line.reason === 'byline' || line.reason === 'date') && !storyList) {
				article.publishedOn ??= parseDate(line.text);
			}
			if (line.reason === 'source') article.source ??= parseSource(line.text);
			if (line.reason === 'story-list') article.pageKind = 'story-list';
		} else if (line.role === 'title') article.title ||= line.text;
		else if (line.role === 'standfirst') article.standfirst ??= line.text;
		else article.paragraphs.push(line.text);
	}
	return article;
}
