/**
 * What a person typed, ticked or chose in a form before the page's script took over, put back
 * once it has. Svelte 5 hydrates a control written `value={…}` (or `checked`, `selected`) by
 * setting it to the server's value: on a slow school machine, an article pasted in the second
 * before hydration vanished, and "Review the import" then said there was no text. `bind:value`
 * keeps such input; this keeps it for every control, in one place (the root layout).
 */

type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

interface Kept {
	control: Control;
	restore: () => boolean;
}

/** Input types whose value a person types; hidden and file inputs are never theirs to type. */
const TYPED = new Set([
	'text',
	'search',
	'email',
	'url',
	'tel',
	'number',
	'password',
	'date',
	'datetime-local',
	'time'
]);

/**
 * Whether a select's choice differs from the page's: a single select with no option marked
 * `selected` shows its first, which is then no choice of the person's.
 */
function chosenByHand(select: HTMLSelectElement): boolean {
	const options = [...select.options];
	if (select.multiple) return options.some((o) => o.selected !== o.defaultSelected);
	const marked = options.findIndex((o) => o.defaultSelected);
	return select.selectedIndex !== (marked === -1 ? 0 : marked);
}

/** A restore that writes `apply` only when `differs` (the control lost what was kept). */
function restoring(differs: () => boolean, apply: () => void): () => boolean {
	return () => {
		if (!differs()) return false;
		apply();
		return true;
	};
}

function keptOf(control: Control): Kept | null {
	if (control instanceof HTMLSelectElement) {
		if (!chosenByHand(control)) return null;
		const chosen = [...control.options].map((o) => o.selected);
		return {
			control,
			restore: restoring(
				() => chosen.some((on, i) => control.options[i]?.selected !== on),
				() =>
					chosen.forEach((on, i) => {
						const option = control.options[i];
						if (option) option.selected = on;
					})
			)
		};
	}
	if (
		control instanceof HTMLInputElement &&
		(control.type === 'checkbox' || control.type === 'radio')
	) {
		if (control.checked === control.defaultChecked) return null;
		const checked = control.checked;
		return {
			control,
			restore: restoring(
				() => control.checked !== checked,
				() => (control.checked = checked)
			)
		};
	}
	if (control instanceof HTMLInputElement && !TYPED.has(control.type)) return null;
	if (control.value === control.defaultValue) return null;
	const value = control.value;
	return {
		control,
		restore: restoring(
			() => control.value !== value,
			() => (control.value = value)
		)
	};
}

/**
 * Notes every control of `root` whose state differs from what the server rendered (a person
 * changed it), and returns the function that puts those states back after hydration, firing
 * `input` and `change` so the page's own handlers (a character count) see them.
 */
export function keepTypedBeforeHydration(root: ParentNode): () => void {
	const kept = [...root.querySelectorAll<Control>('input, textarea, select')]
		.map(keptOf)
		.filter((k): k is Kept => k !== null);
	return () => {
		for (const { control, restore } of kept) {
			if (!control.isConnected || !restore()) continue;
			control.dispatchEvent(new Event('input', { bubbles: true }));
			control.dispatchEvent(new Event('change', { bubbles: true }));
		}
	};
}
