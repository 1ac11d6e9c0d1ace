import { describe, expect, it } from 'vitest';
import { everyKind, quizOf } from './fixtures';
import { QTI_NS, qtiFiles, STIMULUS_PATH, toQtiPackage } from './qti';
import { fromQtiFiles, fromQtiPackage } from './qti-read';
import { child, childElements, descendants, parseXml, type XmlElement } from './xml';
import { readZip, writeZip } from './zip';

const files = () => qtiFiles(quizOf(everyKind()));
const parsed = (path: string): XmlElement => {
	const found = files().find((f) => f.path === path)!;
	const result = parseXml(found.text);
	if (!result.ok) throw new Error(result.reason);
	return result.root;
};

/** The child order QTI 3.0's item schema requires (declarations, stimulus refs, body, processing). */
const ITEM_ORDER = [
	'qti-response-declaration',
	'qti-outcome-declaration',
	'qti-assessment-stimulus-ref',
	'qti-item-body',
	'qti-response-processing'
];

describe('QTI 3.0 package', () => {
	it('round-trips every kind through the ZIP package', () => {
		const { body } = toQtiPackage(quizOf(everyKind()));
		const back = fromQtiPackage(body as Uint8Array);
		if (!back.ok) throw new Error(back.reason);
		expect(back.skipped).toEqual([]);
		expect(back.questions).toEqual(everyKind());
		expect(back.title).toBe(quizOf([]).title);
	});

	it('writes well-formed files that follow the structural rules of QTI 3.0', () => {
		for (const file of files()) expect(parseXml(file.text).ok, file.path).toBe(true);
		const stimulus = parsed(STIMULUS_PATH);
		expect(stimulus.name).toBe('qti-assessment-stimulus');
		expect(stimulus.attrs).toMatchObject({ xmlns: QTI_NS, identifier: 'article' });
		expect(childElements(child(stimulus, 'qti-stimulus-body')!, 'p')).toHaveLength(3);
		everyKind().forEach((_, i) => {
			const item = parsed(`items/item-${i + 1}.xml`);
			expect(item.attrs).toMatchObject({
				xmlns: QTI_NS,
				identifier: `item-${i + 1}`,
				'time-dependent': 'false'
			});
			expect(item.attrs.title).toBeTruthy();
			const order = childElements(item).map((c) => ITEM_ORDER.indexOf(c.name));
			expect(order.every((n) => n >= 0)).toBe(true);
			expect(order).toEqual([...order].sort((a, b) => a - b));
			expect(child(item, 'qti-assessment-stimulus-ref')!.attrs.href).toBe(`../${STIMULUS_PATH}`);
			// Every interaction answers a declared response.
			const declared = childElements(item, 'qti-response-declaration').map(
				(d) => d.attrs.identifier
			);
			const used = descendants(item, 'qti-choice-interaction')
				.concat(
					descendants(item, 'qti-text-entry-interaction'),
					descendants(item, 'qti-order-interaction')
				)
				.map((i) => i.attrs['response-identifier']);
			expect(used.sort()).toEqual(declared.sort());
			const rubric = descendants(item, 'qti-rubric-block')[0];
			if (rubric) expect(rubric.attrs.view).toBe('scorer');
		});
		const manifest = parsed('imsmanifest.xml');
		const types = descendants(manifest, 'resource').map((r) => r.attrs.type);
		expect(types.filter((t) => t === 'imsqti_item_xmlv3p0')).toHaveLength(everyKind().length);
		expect(types).toContain('imsqti_stimulus_xmlv3p0');
		expect(descendants(manifest, 'keyword').length).toBeGreaterThan(everyKind().length);
	});

	it('escapes markup rather than writing it', () => {
		const item = files().find((f) => f.path === 'items/item-1.xml')!.text;
		expect(item).not.toContain('<script>');
		expect(item).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &apos;q&apos;');
	});

	it('skips interactions Standpoint lacks, naming the item, and refuses broken packages', () => {
		const list = files();
		const essay = list.find((f) => f.path === 'items/item-5.xml')!;
		essay.text = essay.text.replace(
			/<p><qti-text-entry-interaction[^>]*\/><\/p>/,
			'<qti-extended-text-interaction response-identifier="RESPONSE"/>'
		);
		const back = fromQtiFiles(new Map(list.map((f) => [f.path, f.text])));
		expect(back.ok && back.skipped).toEqual([
			{
				name: 'Question 5: What street gets the lanes?',
				reason: 'Standpoint has no questions like QTI’s extended-text interaction'
			}
		]);
		expect(back.ok && back.questions).toHaveLength(everyKind().length - 1);

		const broken = list.map((f) =>
			f.path === 'items/item-2.xml' ? { ...f, text: f.text.replace('</qti-item-body>', '') } : f
		);
		const refused = fromQtiPackage(writeZip(broken));
		expect(refused.ok === false && refused.reason).toMatch(
			/^This QTI package’s “items\/item-2.xml” is not readable: it has .+\.$/
		);
		expect(fromQtiPackage(new TextEncoder().encode('not a zip'))).toEqual({
			ok: false,
			code: 'malformed',
			reason: 'This is not a readable QTI package: it is not a ZIP archive.'
		});
	});

	it('zips and unzips UTF-8 names and text', () => {
		const zip = readZip(writeZip([{ path: 'ä/b.xml', text: '“quoted” ✓' }]));
		expect(zip.ok && [...zip.files]).toEqual([['ä/b.xml', '“quoted” ✓']]);
	});
});

describe('format detection', () => {
	it('reads the format from the name, else from the first bytes', async () => {
		const { formatOfContent, formatOfName } = await import('./formats');
		expect(formatOfName('quiz.ZIP')).toBe('qti');
		expect(formatOfName('quiz.gift.txt')).toBe('gift');
		expect(formatOfName('download')).toBeNull();
		expect(formatOfContent(writeZip([{ path: 'a', text: 'b' }]))).toBe('qti');
		expect(formatOfContent(new TextEncoder().encode('\ufeff  <?xml version="1.0"?><quiz/>'))).toBe(
			'moodle'
		);
		expect(formatOfContent(new TextEncoder().encode('::Q:: What? {T}'))).toBeNull();
	});
});
