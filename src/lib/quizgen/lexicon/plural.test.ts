import { describe, expect, it } from 'vitest';
import { loadWordNet } from '../wordnet';
import { pluralDefinition, pluralOf } from './plural';

const lexicon = loadWordNet();
const isNoun = (word: string) => lexicon.lemma(word, 'noun') === word;
const verbBase = (word: string) => {
	const base = lexicon.lemma(word, 'verb');
	return base && base !== word ? base : null;
};
const plural = (text: string) => pluralDefinition(text, isNoun, verbBase);

describe('a noun’s definition in the plural', () => {
	it('puts the head noun in the plural, and a clause on it in agreement', () => {
		expect(plural('A period when economic activity shrinks')).toBe(
			'Periods when economic activity shrinks'
		);
		expect(plural('A partiality that prevents objective consideration of an issue')).toBe(
			'Partialities that prevent objective consideration of an issue'
		);
		expect(plural('A person who is in charge')).toBe('People who are in charge');
		expect(plural('An accounting entry acknowledging income')).toBe(
			'Accounting entries acknowledging income'
		);
		expect(plural('A hypothesis that is taken for granted')).toBe(
			'Hypotheses that are taken for granted'
		);
	});

	it('leaves alone what it cannot put in the plural surely', () => {
		// Joined words before the head: adjectives or nouns of their own?
		expect(plural('A standard or model or pattern regarded as typical')).toBeNull();
		expect(plural('An idea or belief')).toBeNull();
		// No article: a mass noun, or one already plural.
		expect(plural('Permission to do something')).toBeNull();
		expect(plural('The act of examining something closely')).toBeNull();
		// "happening" is a noun, so the phrase goes on past "unfortunate".
		expect(plural('An unfortunate happening that hinders or impedes')).toBe(
			'Unfortunate happenings that hinder or impede'
		);
	});

	it('keeps the definition’s case, for the explanation’s “means …”', () => {
		expect(plural('a period when economic activity shrinks')).toBe(
			'periods when economic activity shrinks'
		);
	});

	it('spells plurals as English does', () => {
		expect(['entry', 'process', 'crisis', 'child', 'day'].map(pluralOf)).toEqual([
			'entries',
			'processes',
			'crises',
			'children',
			'days'
		]);
	});
});
