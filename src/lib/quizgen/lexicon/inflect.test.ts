import { describe, expect, it } from 'vitest';
import { loadWordNet } from '../wordnet';
import { inflect, inflectDefinition, verbFormOf } from './inflect';

const lexicon = loadWordNet();
const isVerb = (word: string) => lexicon.lemma(word, 'verb') === word;

describe('inflect', () => {
	it('spells regular forms as English does', () => {
		expect(
			['prevent', 'stop', 'agree', 'carry', 'visit', 'admit'].map((v) => inflect(v, 'past'))
		).toEqual(['prevented', 'stopped', 'agreed', 'carried', 'visited', 'admitted']);
		expect(['flow', 'match', 'carry', 'go', 'have'].map((v) => inflect(v, 'third'))).toEqual([
			'flows',
			'matches',
			'carries',
			'goes',
			'has'
		]);
		expect(['treat', 'make', 'lie', 'see', 'plan'].map((v) => inflect(v, 'gerund'))).toEqual([
			'treating',
			'making',
			'lying',
			'seeing',
			'planning'
		]);
	});

	it('knows irregular pasts and participles, under a prefix too', () => {
		expect(inflect('give', 'past')).toBe('gave');
		expect(inflect('give', 'participle')).toBe('given');
		// Never the base itself: beside options in the past, "Come before …" read as uninflected.
		expect(inflect('come', 'participle')).toBe('came');
		expect(inflect('undergo', 'past')).toBe('underwent');
		expect(inflect('put', 'past')).toBe('put');
		// Verbs WordNet's definitions open with, never spelled by the regular rules.
		expect(['eat', 'ride', 'beat', 'read'].map((v) => inflect(v, 'participle'))).toEqual([
			'eaten',
			'ridden',
			'beaten',
			'read'
		]);
	});
});

describe('verbFormOf', () => {
	it('reads the form from the word and the words before it', () => {
		expect(verbFormOf('stymied', 'stymie', ['has', 'been', 'most'])).toBe('participle');
		expect(verbFormOf('rebuffed', 'rebuff', ['The', 'council'])).toBe('past');
		expect(verbFormOf('seeps', 'seep', ['water'])).toBe('third');
		expect(verbFormOf('navigating', 'navigate', ['are'])).toBe('gerund');
		expect(verbFormOf('curtail', 'curtail', ['would'])).toBeNull();
	});
});

describe('inflectDefinition', () => {
	// The first verb and each verb joined to it by "or", "and" or commas are put in form; a verb
	// after "to", a word after a noun, and a participle already in form are left as they are.
	it.each([
		['prevent from making progress', 'past', 'prevented from making progress'],
		['gradually gather or build up', 'past', 'gradually gathered or built up'],
		[
			'speak, pronounce, or utter in a certain way',
			'gerund',
			'speaking, pronouncing, or uttering in a certain way'
		],
		['hold off or keep away', 'past', 'held off or kept away'],
		['agree to or give permission for', 'past', 'agreed to or gave permission for'],
		['promise solemnly to do or give', 'past', 'promised solemnly to do or give'],
		['decrease in size, extent, or range', 'third', 'decreases in size, extent, or range'],
		['keep from happening or arising', 'past', 'kept from happening or arising']
	] as const)('"%s" in the %s form', (definition, form, expected) => {
		expect(inflectDefinition(definition, form, isVerb)).toBe(expected);
	});

	it('gives up on "be", whose agreement needs a subject', () => {
		expect(inflectDefinition('be greater or better than', 'past', isVerb)).toBeNull();
	});
});
