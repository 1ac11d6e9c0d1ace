import { describe, expect, it } from 'vitest';
import { normaliseLines, toBlocks, toUnits } from './normalise';

const noClutter = () => false;

describe('normaliseLines', () => {
	it('unifies line endings and turns odd spaces into single plain spaces', () => {
		expect(normaliseLines('a\r\nb\rc\u2028d')).toEqual(['a', 'b', 'c', 'd']);
		expect(normaliseLines('two\u00a0\u00a0words\t here \u202f')).toEqual(['two words here']);
	});

	it('drops invisible characters but keeps curly quotes and dashes as typed', () => {
		expect(normaliseLines('\ufeff“Quoted”—dash\u200b and soft\u00adhyphen')).toEqual([
			'“Quoted”—dash and softhyphen'
		]);
	});

	it('strips Markdown heading markers', () => {
		expect(normaliseLines('## A Heading\n#hashtag')).toEqual(['A Heading', '#hashtag']);
	});
});

describe('toBlocks', () => {
	it('splits on runs of blank lines', () => {
		expect(toBlocks(['', 'a', 'b', '', '', 'c', ''])).toEqual([['a', 'b'], ['c']]);
	});
});

describe('toUnits', () => {
	it('joins a block whose lines were filled to a fixed width', () => {
		const raw =
			'Wildlife officers have confirmed that a family of otters is living on\n' +
			'the stretch of river that runs through the city centre, the first\n' +
			'sighting of the animals there in half a century.';
		expect(toUnits(raw, noClutter)).toEqual([{ text: raw.replace(/\n/g, ' '), block: 0 }]);
	});

	it('does not join separate short lines that were never wrapped', () => {
		const raw =
			'Sign up for our ad-free experience\nEnjoy uninterrupted access to premium content.';
		expect(toUnits(raw, noClutter).map((unit) => unit.text)).toEqual(raw.split('\n'));
	});

	it('keeps list items apart', () => {
		const raw = 'Related reading on this subject from our archive:\n- First linked story\n- Second';
		expect(toUnits(raw, noClutter)).toHaveLength(3);
	});

	it('joins a word hyphenated across lines without adding a space', () => {
		const raw =
			'The decision was welcomed by the well-\nknown campaigners who had fought it for years.';
		expect(toUnits(raw, noClutter)[0]?.text).toBe(
			'The decision was welcomed by the well-known campaigners who had fought it for years.'
		);
	});

	it('never folds a clutter line into a paragraph', () => {
		const raw =
			'Officials said the worst of the flooding was over by Wednesday morning and\n' +
			'Advertisement\n' +
			'that roads would reopen once engineers had inspected the bridges for damage.';
		const isAdvert = (line: string) => line === 'Advertisement';
		expect(toUnits(raw, isAdvert).map((unit) => unit.text)).toContain('Advertisement');
	});

	it('joins a line that plainly continues the previous one in a mixed block', () => {
		const raw = '3 min read\nThe storm moved north overnight, bringing\nheavy rain to the hills';
		const units = toUnits(raw, (line) => line === '3 min read');
		expect(units.map((unit) => unit.text)).toEqual([
			'3 min read',
			'The storm moved north overnight, bringing heavy rain to the hills'
		]);
	});
});
