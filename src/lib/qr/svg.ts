import { encodeQr } from './encode';

/** The quiet zone the standard asks for around a symbol, in modules. */
const QUIET = 4;

/** An SVG path (one unit per module) and the square's side, for `<svg viewBox>`. */
export function qrPath(text: string): { d: string; side: number } {
	const matrix = encodeQr(text);
	let d = '';
	matrix.forEach((row, y) =>
		row.forEach((dark, x) => {
			if (dark) d += `M${x + QUIET} ${y + QUIET}h1v1h-1z`;
		})
	);
	return { d, side: matrix.length + QUIET * 2 };
}
