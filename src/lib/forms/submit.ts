import type { SubmitFunction } from '@sveltejs/kit';

/**
 * An `enhance` callback that reports when the form is busy (for "Saving…" labels) and empties
 * password fields after a failed submit, as a page without JavaScript would.
 */
export function trackSubmit(onBusy: (busy: boolean) => void = () => {}): SubmitFunction {
	return () => {
		onBusy(true);
		return async ({ update, result, formElement }) => {
			await update();
			if (result.type === 'failure') {
				for (const input of formElement.querySelectorAll<HTMLInputElement>(
					'input[type=password]'
				)) {
					input.value = '';
				}
			}
			onBusy(false);
		};
	};
}
