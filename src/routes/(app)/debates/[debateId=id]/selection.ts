/** The selected words in the article panel, when they lie within one paragraph (`li#p{n}`). */
export function selectionIn(panelId: string): { paragraph: number; quote: string } | null {
	const selection = document.getSelection();
	const quote = selection?.toString().trim() ?? '';
	if (!selection || !quote || selection.rangeCount === 0) return null;
	const paragraphOf = (node: Node | null) => {
		const element = node instanceof Element ? node : (node?.parentElement ?? null);
		const item = element?.closest('li[id^="p"]');
		return item && item.closest(`#${panelId}`) ? item : null;
	};
	const from = paragraphOf(selection.anchorNode);
	if (!from || from !== paragraphOf(selection.focusNode)) return null;
	const paragraph = Number(from.id.slice(1));
	return Number.isInteger(paragraph) ? { paragraph, quote } : null;
}
