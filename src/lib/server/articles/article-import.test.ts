import { describe, expect, it } from 'vitest';
import { acceptProposal, importText, saveImport } from './article-import';
import { proposeImport } from '../../articles/review';
import * as articles from './articles';
import { makeUser } from '../testing/factories';
import { useTestDatabase } from '../testing/test-database';

useTestDatabase();

const details = { title: 'T', standfirst: null, byline: null, source: null, publishedOn: null };

// Written for this test: a short page as a browser puts it on the clipboard.
const PASTED_HTML = `<meta charset="utf-8"><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<h1>Ferry Returns After Repairs</h1>
<article><p>The island ferry returned to service on Tuesday after a week in dry dock, where engineers replaced two plates of its hull and tested the new pumps.</p>
<p>Passengers queued from dawn, and the first crossing left ten minutes late because of the crowd, the operator said in a statement.</p>
<p>The operator said that the timetable would return to normal by the weekend, and that extra sailings would run on Friday evening for commuters.</p></article>
<aside><h2>Most read</h2><ul><li><a href="/a">Storm closes harbour road</a></li></ul></aside>
<footer>© 2026 Harbour Times. All rights reserved.</footer>`;

describe('importText', () => {
	it('reads a paste through the HTML path when the clipboard carried HTML', async () => {
		const result = await importText(null, {
			text: 'whatever the plain text was',
			html: PASTED_HTML
		});
		expect(result).toMatchObject({ ok: true, path: 'html' });
		if (!result.ok) return;
		expect(result.text.split('\n')[0]).toBe('Ferry Returns After Repairs');
		expect(result.text).not.toContain('Most read');
		// The footer may be listed for review as left out by Reader View, but it is not kept.
		const { article } = proposeImport(result.text, { structured: true });
		expect(article.paragraphs.join('\n')).not.toContain('All rights reserved');
		expect(article.paragraphs).toHaveLength(3);
	});

	it('falls back to the plain text without HTML', async () => {
		const text = 'A headline\n\nA paragraph that says something.';
		expect(await importText(null, { text, html: '' })).toMatchObject({ ok: true, path: 'text' });
	});
});

describe('saveImport', () => {
	it('stores the language of the body, und when unsure', async () => {
		const owner = await makeUser('teacher');
		const spanish =
			'Un titular\n\nEl ayuntamiento dijo el lunes que la nueva biblioteca abrirá en primavera, y que es el primero de los tres edificios que se han planeado para la ciudad desde la inundación del año pasado.';
		const saved = (await saveImport(owner, spanish, {
			keep: acceptProposal(spanish).keep,
			details,
			classIds: []
		}))!;
		expect((await articles.getReadable(owner, saved.id))?.article.language).toBe('es');
		const short = 'A headline\n\nSo it goes.';
		const other = (await saveImport(owner, short, {
			keep: acceptProposal(short).keep,
			details,
			classIds: []
		}))!;
		expect((await articles.getReadable(owner, other.id))?.article.language).toBe('und');
	});
});
