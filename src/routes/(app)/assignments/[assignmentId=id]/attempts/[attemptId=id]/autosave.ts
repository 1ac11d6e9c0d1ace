import { deserialize } from '$app/forms';

interface AutosaveOptions {
	report: (questionId: number, text: string) => void;
}

/**
 * Saves one question's answer as soon as it changes: the fieldset's `data-question` names it,
 * and the form posts to the same `?/save` action a no-script "Save answers" uses.
 */
export function autosave(form: HTMLFormElement, options: AutosaveOptions) {
	let current = options;
	let timers = new Map<number, ReturnType<typeof setTimeout>>();

	async function save(questionId: number, typedAt: number) {
		current.report(questionId, 'Saving…');
		const body = new FormData(form);
		body.set('only', String(questionId));
		// The server keeps the answer typed last, whichever save arrives last (two tabs, slow network).
		body.set('typedAt', String(typedAt));
		try {
			const response = await fetch('?/save', {
				method: 'POST',
				body,
				headers: { 'x-sveltekit-action': 'true' }
			});
			const result = deserialize(await response.text());
			if (result.type === 'success') current.report(questionId, 'Saved');
			else if (result.type === 'failure') {
				current.report(questionId, String(result.data?.message ?? 'Not saved.'));
				if (response.status === 409) window.location.reload();
			} else current.report(questionId, 'Not saved. Use “Save answers”.');
		} catch {
			current.report(questionId, 'Not saved: no connection. Your answer is still on this page.');
		}
	}

	function onChange(event: Event) {
		const fieldset = (event.target as HTMLElement).closest<HTMLElement>('[data-question]');
		const id = Number(fieldset?.dataset.question);
		if (!id) return;
		// Typing saves after a pause; clicks save at once.
		const delay = event.type === 'input' ? 600 : 0;
		const typedAt = Date.now();
		clearTimeout(timers.get(id));
		timers.set(
			id,
			setTimeout(() => void save(id, typedAt), delay)
		);
	}

	form.addEventListener('change', onChange);
	form.addEventListener('input', onChange);
	return {
		update(next: AutosaveOptions) {
			current = next;
		},
		destroy() {
			form.removeEventListener('change', onChange);
			form.removeEventListener('input', onChange);
			timers.forEach(clearTimeout);
			timers = new Map();
		}
	};
}
