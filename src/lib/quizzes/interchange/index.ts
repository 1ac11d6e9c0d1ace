import { fromGift, toGift } from './gift';
import { fromMoodleXml, toMoodleXml } from './moodle';
import { toQtiPackage } from './qti';
import { fromQtiPackage } from './qti-read';
import type { Format } from './formats';
import type { ExportResult, ImportResult, PortableQuiz } from './types';

export {
	FORMAT_INFO,
	FORMATS,
	formatOfContent,
	formatOfName,
	isFormat,
	type Format
} from './formats';

export type { ExportResult, ImportResult, PortableQuestion, PortableQuiz } from './types';

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
