/**
 * Why a line of a pasted article was left out of its body. The review screen shows the reason
 * beside each removed line so that a teacher can judge it and restore the line if we were wrong.
 */
export type RemovalReason =
	| 'duplicate-title'
	| 'reading-time'
	| 'photo-caption'
	| 'promo'
	| 'subscription-prompt'
	| 'issue-banner'
	| 'partner-credit'
	| 'advertisement'
	| 'related-links'
	| 'share-buttons'
	| 'comment-prompt'
	| 'newsletter'
	| 'byline'
	| 'date'
	| 'source'
	| 'navigation'
	| 'link'
	| 'teaser'
	| 'footer'
	| 'legal'
	| 'outside-article'
	| 'duplicate-standfirst'
	| 'cookie-notice'
	| 'author-bio'
	| 'reader-view'
	| 'story-list'
	| 'section-label'
	| 'fragment';

/**
 * What kind of page the text came from: one article, or a page of many stories (a front page, a
 * section index, a list of teasers), which has no body of its own to quiz on.
 */
export type PageKind = 'article' | 'story-list';

export interface RemovedLine {
	text: string;
	reason: RemovalReason;
}

export interface CleanedArticle {
	/** The first substantial line, or '' when the text starts straight with its body. */
	title: string;
	/** A summary line kept apart from the body (a "dek"), when there is one. */
	standfirst: string | null;
	/** The author names from a "By …" line, without the "By" and without any date. */
	byline: string | null;
	/** ISO date (YYYY-MM-DD) from the first recognised date or dated byline line. */
	publishedOn?: string | null;
	/** The publication, when the text names it ("Source: …", "© 2024 …", "First appeared in …"). */
	source: string | null;
	/** Partner, agency and reporting credit lines, verbatim. They are also listed in `removed`. */
	credits: string[];
	/** The body, one entry per paragraph, verbatim and in order. */
	paragraphs: string[];
	/** Every line left out of the body, in the order it appeared. */
	removed: RemovedLine[];
	/** A page of many stories keeps nothing in its body until the teacher ticks lines back. */
	pageKind: PageKind;
}

/**
 * One logical line of the input in document order, with what the cleaner made of it. The review
 * screen can use this to put a restored line back where it came from.
 */
export type ArticleLine =
	| { text: string; role: 'title' | 'standfirst' | 'paragraph' }
	| { text: string; role: 'removed'; reason: RemovalReason };

/** What the cleaner knows of a line while deciding: its clutter reason, or its role once settled. */
export type Verdict = RemovalReason | 'title' | 'standfirst' | 'paragraph' | null;
