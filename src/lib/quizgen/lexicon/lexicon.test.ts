import { describe, expect, it } from 'vitest';
import { loadWordNet } from '../wordnet';
import { distractors } from './distractors';
import { optionText } from './gloss';
import { chooseSense, contentStems } from './sense';
import type { WordSense } from './types';

describe('optionText', () => {
	it('keeps the first plain clause of a definition', () => {
		expect(optionText('weaken or impair, especially gradually')).toBe('weaken or impair');
		expect(optionText('give over; surrender or relinquish to another')).toBe('give over');
		expect(optionText('make (something) known to the public')).toBe('make known to the public');
	});

	it('refuses glosses that would not read as an option', () => {
		expect(optionText('hinder or prevent (the efforts, plans, or desires) of')).toBeNull();
		expect(optionText("(usually followed by `to') having the necessary means")).toBe(
			'having the necessary means'
		);
		expect(optionText('of or relating to the sea')).toBeNull();
		expect(
			optionText('a state of being very long and tired and complicated in every single way')
		).toBeNull();
		expect(optionText('remove')).toBeNull();
		// Judged a dictionary scrap no teacher would write: a usage tail after the meaning.
		expect(optionText('give evidence of, as of records')).toBeNull();
	});

	it('drops a leading "to" and mends known misspellings', () => {
		expect(optionText('to move about or proceed hurridly')).toBe('move about or proceed hurriedly');
	});
});

const sense = (
	gloss: string,
	category: number,
	frequency: number,
	examples: string[] = []
): WordSense => ({
	gloss,
	examples,
	pos: 'verb',
	synonyms: [],
	frequency,
	category,
	id: gloss
});

describe('chooseSense', () => {
	const yieldSenses = [
		sense('give up or surrender to another', 40, 8, ['the army yielded the fortress']),
		sense('produce a harvest or crop', 36, 6, ['the orchard yields apples every autumn']),
		sense('be willing to admit a point in an argument', 32, 2)
	];

	it('takes the sense whose definition and examples share words with the sentence', () => {
		const near = contentStems('After a dry summer the orchard yields fewer apples this autumn');
		const choice = chooseSense(yieldSenses, 'yield', near, new Set());
		expect(choice?.group).toEqual([1]);
		expect(choice?.by).toBe('context');
	});

	it('gives no answer when neither the context nor the frequencies decide', () => {
		const near = contentStems('The talks will yield something by Friday, officials hope');
		expect(chooseSense(yieldSenses, 'yield', near, new Set())).toBeNull();
	});

	it('treats senses in one broad category as one meaning', () => {
		const gather = [
			sense('collect in one place', 35, 9),
			sense('bring together into a group', 35, 2)
		];
		expect(chooseSense(gather, 'gather', new Set(), new Set())?.group).toEqual([0, 1]);
	});

	it("refuses when the meaning's own senses are too close in frequency to word the key", () => {
		const close = [sense('express indirectly', 32, 17), sense('suggest as a consequence', 32, 14)];
		expect(chooseSense(close, 'imply', new Set(), new Set())).toBeNull();
	});
});

describe('optionText tails', () => {
	it('refuses a phrase left hanging on a conjunction', () => {
		expect(optionText('known widely and usually unfavorably')).toBeNull();
	});
});

describe('distractors', () => {
	it('never offers a feeling sense of a saying verb: "cause to feel sure" fits "assured them that"', () => {
		const senses = [
			sense('tell with certainty and confidence', 32, 20),
			sense('cause to feel sure; give reassurance to', 37, 2)
		];
		const near = contentStems(
			'The coach promised the nervous players that the match would go ahead'
		);
		const use = {
			lemma: 'assure',
			senses,
			choice: { group: [0], by: 'frequency' as const, shared: [], overlaps: [0, 0] },
			key: 'tell with certainty and confidence',
			passage: { near, around: new Set<string>() }
		};
		const wrong = distractors(loadWordNet(), use);
		expect(wrong).not.toBeNull();
		expect(wrong).not.toContain('cause to feel sure');
	});
});

describe('chooseSense and literal senses', () => {
	const noun = (gloss: string, category: number, frequency: number, synonyms: string[] = []) => ({
		...sense(gloss, category, frequency),
		pos: 'noun' as const,
		synonyms
	});
	const friction = [
		noun('a state of conflict between persons', 26, 2, ['clash']),
		noun('the resistance encountered when one body is moved in contact with another', 19, 0, [
			'rubbing'
		]),
		noun('effort expended in moving one object over another with pressure', 4, 0, ['rubbing'])
	];

	it('passes over physical readings nothing in the passage points to ("friction" between ministers)', () => {
		const near = contentStems(
			'The two ministers tried to play down the friction between their offices'
		);
		expect(chooseSense(friction, 'friction', near, new Set())?.group).toEqual([0]);
	});

	it('keeps a physical reading the passage does point to', () => {
		const near = contentStems('Rubbing the brake pads against the wheel causes friction and heat');
		expect(chooseSense(friction, 'friction', near, new Set())?.group).not.toEqual([0]);
	});
});

describe('optionText on long definitions', () => {
	it('drops closing alternatives of a definition over the limit', () => {
		expect(
			optionText('a situation in which no progress can be made or no advancement is possible')
		).toBe('a situation in which no progress can be made');
		expect(optionText('a high standing achieved through success or influence or wealth etc.')).toBe(
			'a high standing achieved through success or influence'
		);
	});

	it('never cuts down to a bare head the alternative carried ("a word" of "a word or expression…")', () => {
		expect(
			optionText('a word or expression used for some particular thing in a given field of study')
		).toBeNull();
	});

	it('never cuts a list ("extent, or significance of") nor a definition within the limit', () => {
		expect(
			optionText('evaluate or estimate the nature, quality, ability, extent, or significance of')
		).toBeNull();
		expect(optionText('open to question or doubt')).toBe('open to question or doubt');
	});
});
