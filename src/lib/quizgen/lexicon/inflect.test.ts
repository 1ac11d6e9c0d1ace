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
	it('puts the first verb and each verb joined to it in form', () => {
		expect(inflectDefinition('prevent from making progress', 'past', isVerb)).toBe(
			'prevented from making progress'
		);
		expect(inflectDefinition('gradually gather or build up', 'past', isVerb)).toBe(
			'gradually gathered or built up'
		);
		expect(inflectDefinition('speak, pronounce, or utter in a certain way', 'gerund', isVerb)).toBe(
			'speaking, pronouncing, or uttering in a certain way'
		);
		expect(inflectDefinition('hold off or keep away', 'past', isVerb)).toBe(
			'held off or kept away'
		);
	});

	it('leaves what is not a joined verb: after "to", after a noun, a participle already', () => {
		expect(inflectDefinition('promise solemnly to do or give', 'past', isVerb)).toBe(
			'promised solemnly to do or give'
		);
		expect(inflectDefinition('decrease in size, extent, or range', 'third', isVerb)).toBe(
			'decreases in size, extent, or range'
		);
		expect(inflectDefinition('keep from happening or arising', 'past', isVerb)).toBe(
			'kept from happening or arising'
		);
	});

	it('gives up on "be", whose agreement needs a subject', () => {
		expect(inflectDefinition('be greater or better than', 'past', isVerb)).toBeNull();
	});
});
