import { fromGift, toGift } from './gift';
import { fromMoodleXml, toMoodleXml } from './moodle';
import { toQtiPackage } from './qti';
import { fromQtiPackage } from './qti-read';
import type { ExportResult, ImportResult, PortableQuiz } from './types';

export type { ExportResult, ImportResult, PortableQuestion, PortableQuiz } from './types';

/** The formats a quiz travels in: one list for the routes, the form and the links. */
export const FORMATS = ['qti', 'moodle', 'gift'] as const;
export type Format = (typeof FORMATS)[number];

export const FORMAT_INFO: Record<
	Format,
	{ label: string; extension: string; contentType: string; accepts: string[] }
> = {
	qti: {
		label: 'QTI 3.0 package',
		extension: 'zip',
		contentType: 'application/zip',
		accepts: ['zip']
	},
	moodle: {
		label: 'Moodle XML',
		extension: 'xml',
		contentType: 'application/xml; charset=utf-8',
		accepts: ['xml']
	},
	gift: {
		label: 'GIFT',
		extension: 'gift.txt',
		contentType: 'text/plain; charset=utf-8',
		accepts: ['gift', 'txt']
	}
};

export function isFormat(value: unknown): value is Format {
	return typeof value === 'string' && (FORMATS as readonly string[]).includes(value);
}

/** The format a file name says, or null. */
export function formatOfName(name: string): Format | null {
	const extension = /\.([a-z]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
	return FORMATS.find((f) => FORMAT_INFO[f].accepts.includes(extension)) ?? null;
}

export function exportQuiz(format: Format, quiz: PortableQuiz): ExportResult {
	if (format === 'qti') return toQtiPackage(quiz);
	if (format === 'moodle') return toMoodleXml(quiz);
	return toGift(quiz);
}

export function importQuiz(format: Format, bytes: Uint8Array): ImportResult {
	if (format === 'qti') return fromQtiPackage(bytes);
	const text = new TextDecoder('utf-8').decode(bytes);
	return format === 'moodle' ? fromMoodleXml(text) : fromGift(text);
}
