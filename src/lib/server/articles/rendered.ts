/**
 * The debate room's article, rendered once per article and kept: paragraphs never change once
 * an article is imported (a new text is a new article, and ids are never reused), so the id is
 * its version. Every student entering a room then gets the same string instead of the server
 * rendering each paragraph again; a small LRU bounds the memory to the articles in use.
 */
import { articleHtml } from '../../reader/article-html';
import { paragraphTexts } from './articles';

/** Articles kept at once: a school's debates this week, at ~10–50 KB each. */
const KEPT = 64;

export interface RenderedArticle {
	paragraphs: readonly string[];
	/** The paragraphs as escaped HTML, without a highlight (see `articleHtml`). */
	html: string;
}

const kept = new Map<number, RenderedArticle>();

export async function rendered(articleId: number): Promise<RenderedArticle> {
	const hit = kept.get(articleId);
	if (hit) {
		// Most recently used last, so the first key is the one to drop.
		kept.delete(articleId);
		kept.set(articleId, hit);
		return hit;
	}
	const paragraphs = await paragraphTexts(articleId);
	const made = { paragraphs, html: articleHtml(paragraphs) };
	// An article with no paragraphs is not kept: it is being imported or was removed.
	if (paragraphs.length === 0) return made;
	kept.set(articleId, made);
	if (kept.size > KEPT) kept.delete(kept.keys().next().value!);
	return made;
}
