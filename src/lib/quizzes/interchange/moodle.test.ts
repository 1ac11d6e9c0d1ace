import { describe, expect, it } from 'vitest';
import { everyKind, HOSTILE, quizOf } from './fixtures';
import { fromMoodleXml, toMoodleXml } from './moodle';
import { parseXml } from './xml';

const exported = () => toMoodleXml(quizOf(everyKind())).body as string;

describe('Moodle XML', () => {
	it('round-trips every kind: prompt, options, key, evidence, skill, points', () => {
		const back = fromMoodleXml(exported());
		if (!back.ok) throw new Error(back.reason);
		expect(back.skipped).toEqual([]);
		expect(back.questions).toEqual(everyKind());
	});

	it('writes well-formed XML with the article as a description and no raw markup', () => {
		const xml = exported();
		expect(parseXml(xml).ok).toBe(true);
		expect(xml).not.toContain('<script>');
		expect(xml).toContain('<question type="description">');
		expect(xml).toContain('Evidence (paragraph 2): “The council voted 7 to 2 on Tuesday.”');
		expect(xml).toContain('<tag><text>skill:sequence</text></tag>');
		expect(xml).toContain('{1:SHORTANSWER:=$4 million~=four million dollars}');
		expect(HOSTILE).toContain('<script>');
	});

	it('skips kinds Standpoint lacks and names them', () => {
		const xml = `<quiz><question type="essay"><name><text>Essay one</text></name><questiontext format="html"><text>Write.</text></questiontext></question>
		<question type="matching"><name><text>Capitals</text></name><questiontext format="html"><text>Match</text></questiontext><subquestion><text>France</text><answer><text>Paris</text></answer></subquestion><subquestion><text>Peru</text><answer><text>Lima</text></answer></subquestion></question>
		<question type="truefalse"><name><text>TF</text></name><questiontext format="moodle_auto_format"><text>Sky is blue.</text></questiontext><answer fraction="100"><text>true</text></answer><answer fraction="0"><text>false</text></answer></question></quiz>`;
		const back = fromMoodleXml(xml);
		if (!back.ok) throw new Error(back.reason);
		expect(back.questions.map((q) => q.content)).toEqual([{ kind: 'true_false', correct: true }]);
		expect(back.skipped.map((s) => s.name)).toEqual(['Essay one', 'Capitals']);
		expect(back.skipped[0]!.reason).toBe('Standpoint has no “essay” questions');
	});

	it('refuses a broken file with a sentence', () => {
		const cut = exported().slice(0, 900);
		const back = fromMoodleXml(cut);
		expect(back.ok).toBe(false);
		if (!back.ok)
			expect(back.reason).toMatch(/^This is not a readable Moodle XML file: it has .+\.$/);
		expect(fromMoodleXml('<quiz><question></quiz>').ok).toBe(false);
		expect(fromMoodleXml('<html></html>')).toMatchObject({ ok: false, code: 'wrong-format' });
		expect(fromMoodleXml('<quiz></quiz>')).toMatchObject({ ok: false, code: 'empty' });
	});
});
