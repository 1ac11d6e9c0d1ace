import type { PostView } from '$lib/debate/views';

export interface Thread {
	post: PostView;
	replies: Thread[];
}

/**
 * Posts as threads: replies under the post they answer, oldest first; a reply whose parent the
 * viewer cannot see (hidden) starts its own thread. Pinned threads come first. With a paragraph
 * filter (1-based), only threads that cite it somewhere are kept.
 */
export function buildThreads(posts: readonly PostView[], paragraph: number | null): Thread[] {
	const ids = new Set(posts.map((p) => p.id));
	const children = new Map<number, PostView[]>();
	const roots: PostView[] = [];
	for (const post of posts) {
		if (post.parentId !== null && ids.has(post.parentId)) {
			children.set(post.parentId, [...(children.get(post.parentId) ?? []), post]);
		} else roots.push(post);
	}
	const grow = (post: PostView): Thread => ({
		post,
		replies: (children.get(post.id) ?? []).map(grow)
	});
	const cites = (thread: Thread): boolean =>
		thread.post.evidence?.paragraph === (paragraph ?? 0) - 1 || thread.replies.some(cites);
	return roots
		.map(grow)
		.filter((thread) => paragraph === null || cites(thread))
		.sort((a, b) => Number(b.post.pinned) - Number(a.post.pinned) || a.post.id - b.post.id);
}

/** The `hl` link for a post's evidence: works without JavaScript, scrolls to the paragraph. */
export function evidenceHref(evidence: NonNullable<PostView['evidence']>): string {
	const { paragraph, start, end } = evidence;
	return `?hl=${paragraph}:${start}-${end}#p${paragraph + 1}`;
}
