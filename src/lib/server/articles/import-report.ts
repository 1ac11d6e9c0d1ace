import type { Cookies } from '@sveltejs/kit';
import type { ImportReport } from '../../quizzes/interchange/types';
import { paths } from '../../paths';

export type { ImportReport };

/**
 * A one-time note carried across the redirect after an import: how many questions came in,
 * which were left out and why. A cookie scoped to the new quiz, read once and deleted.
 */
const NAME = 'import-report';
const LISTED = 8;
type Jar = { cookies: Cookies; url: URL };

/** Plain http is how a classroom runs Standpoint: mark the cookie Secure only over https. */
const options = (event: Jar, quizId: number) => ({
	path: paths.quiz(quizId),
	httpOnly: true,
	sameSite: 'lax' as const,
	secure: event.url.protocol === 'https:'
});

export function writeImportReport(
	event: Jar,
	quizId: number,
	report: Omit<ImportReport, 'more'>
): void {
	const skipped = report.skipped.slice(0, LISTED).map((s) => ({
		name: s.name.slice(0, 80),
		reason: s.reason.slice(0, 140)
	}));
	const value: ImportReport = { ...report, skipped, more: report.skipped.length - skipped.length };
	event.cookies.set(NAME, JSON.stringify(value), { ...options(event, quizId), maxAge: 60 });
}

export function readImportReport(event: Jar, quizId: number): ImportReport | null {
	const raw = event.cookies.get(NAME);
	if (!raw) return null;
	event.cookies.delete(NAME, options(event, quizId));
	try {
		const report = JSON.parse(raw) as ImportReport;
		return typeof report.imported === 'number' && Array.isArray(report.skipped) ? report : null;
	} catch {
		return null;
	}
}
