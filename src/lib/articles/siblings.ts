/**
 * Paragraphs Readability drops from the middle of an article. It scores whole containers and
 * now and then leaves out a plain <p> between two it keeps (a one-line question, a quoted line):
 * real body text the teacher would otherwise have to find among "left out" lines. A <p> whose
 * siblings on both sides were kept is the article's; it goes back in its place, and the line
 * rules still judge it, so a "Read more: …" set among the paragraphs goes as usual.
 */

const MARK = 'data-standpoint-p';

export interface NumberedParagraphs {
	texts: string[];
	parents: (Node | null)[];
}

/** Numbers each <p> under `root` before Readability moves them, noting its text and parent. */
export function numberParagraphs(
	root: Element,
	textOf: (node: Node) => string
): NumberedParagraphs {
	const paragraphs = Array.from(root.querySelectorAll('p'));
	paragraphs.forEach((p, i) => p.setAttribute(MARK, String(i)));
	return { texts: paragraphs.map(textOf), parents: paragraphs.map((p) => p.parentNode) };
}

/**
 * `paragraphs` (the article's blocks, in order) with each dropped sibling put back after the
 * kept paragraph before it. `content` is Readability's article, where kept <p>s keep their mark.
 */
export function withDroppedSiblings(
	paragraphs: string[],
	content: Element,
	numbered: NumberedParagraphs
): string[] {
	const kept = new Set(
		Array.from(content.querySelectorAll(`p[${MARK}]`)).map((p) => Number(p.getAttribute(MARK)))
	);
	// For each paragraph, the next kept one after it (-1 for none): one pass from the end.
	const nextKept: number[] = new Array<number>(numbered.texts.length).fill(-1);
	for (let i = numbered.texts.length - 2; i >= 0; i -= 1) {
		nextKept[i] = kept.has(i + 1) ? i + 1 : nextKept[i + 1]!;
	}
	// Restored texts by the kept paragraph they follow.
	const after = new Map<number, string[]>();
	let anchor = -1;
	numbered.texts.forEach((text, i) => {
		if (kept.has(i)) {
			anchor = i;
			return;
		}
		const parent = numbered.parents[i];
		if (!text || anchor < 0 || numbered.parents[anchor] !== parent) return;
		const next = nextKept[i] ?? -1;
		if (next < 0 || numbered.parents[next] !== parent) return;
		after.set(anchor, [...(after.get(anchor) ?? []), text]);
	});
	if (after.size === 0) return paragraphs;
	const byText = new Map<string, string[]>();
	for (const [i, texts] of after) byText.set(numbered.texts[i]!, texts);
	const present = new Set(paragraphs);
	return paragraphs.flatMap((paragraph) => {
		const restored = (byText.get(paragraph) ?? []).filter((text) => !present.has(text));
		byText.delete(paragraph);
		return [paragraph, ...restored];
	});
}
