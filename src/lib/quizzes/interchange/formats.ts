/** Plain data (no parsers), so pages and components import it without the readers. */
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

/** The format a file's first bytes show when its name does not: a ZIP or an XML document. */
export function formatOfContent(bytes: Uint8Array): Format | null {
	if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)
		return 'qti';
	const start = new TextDecoder()
		.decode(bytes.subarray(0, 200))
		.replace(/^\ufeff/, '')
		.trimStart();
	return start.startsWith('<') ? 'moodle' : null;
}
