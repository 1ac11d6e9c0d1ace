/** Evidence picked by selecting text in the article panel: 1-based paragraph, words as shown. */
export interface Picked {
	paragraph: number;
	quote: string;
}

const elementOf = (node: Node | null) =>
	node instanceof Element ? node : (node?.parentElement ?? null);

/**
 * The paragraph and words selected inside `panel`, or null when the selection is empty, outside
 * it, or runs across paragraphs (evidence comes from one paragraph; the server checks it again).
 */
export function readSelection(selection: Selection | null, panel: Element): Picked | null {
	if (!selection || selection.isCollapsed) return null;
	const from = elementOf(selection.anchorNode)?.closest('li[id^="p"]');
	const to = elementOf(selection.focusNode)?.closest('li[id^="p"]');
	if (!from || from !== to || !panel.contains(from)) return null;
	const paragraph = Number(from.id.slice(1));
	const quote = selection.toString().replace(/\s+/g, ' ').trim();
	if (!Number.isInteger(paragraph) || paragraph < 1 || quote === '') return null;
	return { paragraph, quote };
}
