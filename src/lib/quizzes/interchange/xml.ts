/**
 * A small, strict XML reader for the files teachers import. linkedom's XML mode accepts broken
 * markup without complaint, and a half-read file must not become half a quiz, so this reader
 * refuses anything not well-formed (unclosed or crossed tags, stray `<` or `&`, two roots) with
 * a sentence saying where. No DTDs or external entities are read: nothing is fetched.
 */
export interface XmlElement {
	name: string;
	/** The name without its namespace prefix: `qti:item` → `item`. */
	local: string;
	attrs: Record<string, string>;
	children: (XmlElement | string)[];
}

export type XmlParse = { ok: true; root: XmlElement } | { ok: false; reason: string };

const NAME = /^[A-Za-z_][\w.:-]*/;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

class XmlError extends Error {}

function lineOf(text: string, at: number): number {
	return text.slice(0, at).split('\n').length;
}

function decode(text: string, at: number, source: string): string {
	return text.replace(/&([^;\s&]*);?/g, (whole, ref: string) => {
		if (!whole.endsWith(';')) throw new XmlError(`a stray “&” on line ${lineOf(source, at)}`);
		if (ref in ENTITIES) return ENTITIES[ref]!;
		const code = /^#x[0-9a-f]+$/i.test(ref)
			? parseInt(ref.slice(2), 16)
			: /^#\d+$/.test(ref)
				? Number(ref.slice(1))
				: NaN;
		if (!Number.isInteger(code) || code > 0x10ffff) {
			throw new XmlError(`an unknown entity “&${ref};” on line ${lineOf(source, at)}`);
		}
		return String.fromCodePoint(code);
	});
}

function parseAttrs(source: string, text: string, at: number): Record<string, string> {
	const attrs: Record<string, string> = {};
	const pattern = /\s*([A-Za-z_][\w.:-]*)\s*=\s*("([^"<]*)"|'([^'<]*)')/y;
	let i = 0;
	while (i < text.length) {
		if (/^\s*$/.test(text.slice(i))) break;
		pattern.lastIndex = i;
		const m = pattern.exec(text);
		if (!m || (i > 0 && !/^\s/.test(text.slice(i)))) {
			throw new XmlError(`a broken attribute on line ${lineOf(source, at)}`);
		}
		if (m[1]! in attrs) throw new XmlError(`a repeated attribute on line ${lineOf(source, at)}`);
		attrs[m[1]!] = decode(m[3] ?? m[4] ?? '', at, source);
		i = pattern.lastIndex;
	}
	return attrs;
}

function element(name: string, attrs: Record<string, string>): XmlElement {
	return { name, local: name.slice(name.indexOf(':') + 1), attrs, children: [] };
}

/** Skips a construct that starts at `at` and ends with `end`; returns the index after it. */
function skipTo(source: string, at: number, end: string, what: string): number {
	const close = source.indexOf(end, at);
	if (close < 0) throw new XmlError(`an unclosed ${what} on line ${lineOf(source, at)}`);
	return close + end.length;
}

function parseOrThrow(source: string): XmlElement {
	const stack: XmlElement[] = [];
	let root: XmlElement | null = null;
	let i = source.charCodeAt(0) === 0xfeff ? 1 : 0;
	const add = (node: XmlElement | string) => {
		const parent = stack.at(-1);
		if (parent) parent.children.push(node);
		else if (typeof node === 'string' && node.trim() !== '') {
			throw new XmlError(`text outside the root element on line ${lineOf(source, i)}`);
		}
	};
	while (i < source.length) {
		const lt = source.indexOf('<', i);
		const textEnd = lt < 0 ? source.length : lt;
		if (textEnd > i) {
			const raw = source.slice(i, textEnd);
			if (raw.includes('>') && stack.length === 0 && raw.trim() !== '') {
				throw new XmlError(`text outside the root element on line ${lineOf(source, i)}`);
			}
			add(decode(raw, i, source));
		}
		if (lt < 0) break;
		i = lt;
		if (source.startsWith('<!--', i)) i = skipTo(source, i + 4, '-->', 'comment');
		else if (source.startsWith('<![CDATA[', i)) {
			const end = skipTo(source, i + 9, ']]>', 'CDATA section');
			if (stack.length === 0) throw new XmlError('a CDATA section outside the root element');
			add(source.slice(i + 9, end - 3));
			i = end;
		} else if (source.startsWith('<?', i)) i = skipTo(source, i + 2, '?>', 'declaration');
		else if (source.startsWith('<!DOCTYPE', i)) {
			if (source.slice(i, source.indexOf('>', i)).includes('[')) {
				throw new XmlError('a document type with its own declarations, which is not read');
			}
			i = skipTo(source, i, '>', 'document type');
		} else if (source.startsWith('</', i)) {
			const end = skipTo(source, i, '>', 'closing tag');
			const name = source.slice(i + 2, end - 1).trim();
			const open = stack.pop();
			if (!open || open.name !== name) {
				throw new XmlError(
					`a closing </${name}> on line ${lineOf(source, i)} that does not match ${open ? `<${open.name}>` : 'any open tag'}`
				);
			}
			i = end;
		} else {
			const end = source.indexOf('>', i);
			const name = NAME.exec(source.slice(i + 1))?.[0];
			if (end < 0 || !name) throw new XmlError(`a stray “<” on line ${lineOf(source, i)}`);
			const selfClosing = source[end - 1] === '/';
			const attrText = source.slice(i + 1 + name.length, selfClosing ? end - 1 : end);
			const node = element(name, parseAttrs(source, attrText, i));
			if (stack.length === 0) {
				if (root) throw new XmlError(`a second root element on line ${lineOf(source, i)}`);
				root = node;
			} else add(node);
			if (!selfClosing) stack.push(node);
			i = end + 1;
		}
	}
	if (stack.length > 0) throw new XmlError(`<${stack.at(-1)!.name}> is never closed`);
	if (!root) throw new XmlError('no XML element at all');
	return root;
}

export function parseXml(source: string): XmlParse {
	try {
		return { ok: true, root: parseOrThrow(source) };
	} catch (err) {
		if (err instanceof XmlError) return { ok: false, reason: err.message };
		throw err;
	}
}

/** Child elements, optionally only those with this local name. */
export function childElements(node: XmlElement, local?: string): XmlElement[] {
	return node.children.filter(
		(c): c is XmlElement => typeof c !== 'string' && (local === undefined || c.local === local)
	);
}

export function child(node: XmlElement, local: string): XmlElement | null {
	return childElements(node, local)[0] ?? null;
}

/** Every descendant with this local name, in document order. */
export function descendants(node: XmlElement, local: string): XmlElement[] {
	return childElements(node).flatMap((c) => [
		...(c.local === local ? [c] : []),
		...descendants(c, local)
	]);
}

export function textOf(node: XmlElement | null): string {
	if (!node) return '';
	return node.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('');
}
