import type { Cookies } from '@sveltejs/kit';

/** Reader text sizes; kept in a cookie so the choice persists, with or without JavaScript. */
export const TEXT_SIZES = ['small', 'medium', 'large', 'x-large'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];
export const TEXT_SIZE_COOKIE = 'reader_text_size';

export function readTextSize(cookies: Cookies): TextSize {
	const value = cookies.get(TEXT_SIZE_COOKIE);
	return (TEXT_SIZES as readonly string[]).includes(value ?? '') ? (value as TextSize) : 'medium';
}
