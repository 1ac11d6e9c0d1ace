/**
 * Every date a page shows, formatted in the school's time zone (STANDPOINT_TIME_ZONE, sent to
 * the page in the root layout's data). The zone is passed in, never taken from the runtime, so
 * the server's HTML and the hydrated page say the same time (the browser's zone once rewrote
 * "due 6:57 AM" into "1:57 AM" on hydration).
 */
const formats = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
	const key = `${timeZone}|${JSON.stringify(options)}`;
	let format = formats.get(key);
	if (!format) {
		format = new Intl.DateTimeFormat('en', { ...options, timeZone });
		formats.set(key, format);
	}
	return format;
}

/** "Mar 21, 2026, 3:00 PM" in the given zone. */
export function formatDateTime(ms: number, timeZone: string): string {
	// A plain ASCII space: ICU puts U+202F before AM/PM, and Node's and Chromium's ICU differ.
	return formatter(timeZone, { dateStyle: 'medium', timeStyle: 'short' })
		.format(ms)
		.replace(/\s/g, ' ');
}

/** "Mar 21, 2026" in the given zone. */
export function formatDate(ms: number, timeZone: string): string {
	return formatter(timeZone, { dateStyle: 'medium' }).format(ms);
}

/** "Mar 21, 2026, 3:00 PM (Europe/Paris time)": a due date says which clock it is on. */
export function formatDue(ms: number, timeZone: string): string {
	return `${formatDateTime(ms, timeZone)} (${timeZone} time)`;
}

/** How far the zone's wall clock is ahead of UTC at the instant `utc`, in ms. */
function zoneOffset(utc: number, timeZone: string): number {
	const parts = formatter(timeZone, {
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		minute: '2-digit',
		second: '2-digit',
		hourCycle: 'h23'
	}).formatToParts(utc);
	const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
	const wall = Date.UTC(
		get('year'),
		get('month') - 1,
		get('day'),
		get('hour'),
		get('minute'),
		get('second')
	);
	return wall - Math.floor(utc / 1000) * 1000;
}

/** The instant when the zone's clock reads the given wall time (the later one across a DST gap). */
export function wallTimeToUtc(wall: number, timeZone: string): number {
	const first = wall - zoneOffset(wall, timeZone);
	const second = wall - zoneOffset(first, timeZone);
	return second;
}

/** The zone's wall clock at `utc` as a `datetime-local` value ("2026-03-21T15:00"). */
export function toLocalInput(utc: number, timeZone: string): string {
	return new Date(utc + zoneOffset(utc, timeZone)).toISOString().slice(0, 16);
}
