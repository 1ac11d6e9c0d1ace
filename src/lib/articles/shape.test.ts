import { describe, expect, it } from 'vitest';
import { endsSentence, fold, isFragment, isPitch, sentenceCount } from './shape';

describe('shape measures', () => {
	it('sees sentence ends inside closing quotes and brackets', () => {
		expect(endsSentence('calling the situation “very sad to watch.”')).toBe(true);
		expect(endsSentence('(as she put it.)')).toBe(true);
		expect(endsSentence('Read Now')).toBe(false);
	});

	it('counts sentences roughly', () => {
		expect(sentenceCount('')).toBe(0);
		expect(sentenceCount('One. Two? “Three!” Four')).toBe(4);
	});

	it('tells fragments from short sentences', () => {
		expect(isFragment('2026 Forecast')).toBe(true);
		expect(isFragment('Mexico’s response was swift and unequivocal.')).toBe(false);
	});

	it('recognises a pitch to the reader', () => {
		expect(isPitch('Enjoy uninterrupted access to premium content and insights.')).toBe(true);
		expect(isPitch('Out now!')).toBe(true);
		expect(isPitch('The paper’s premium subscribers rose by a third last year.')).toBe(false);
	});

	it('folds quote styles, case and trailing punctuation for comparison', () => {
		expect(fold('Why Trump’s Talk  Alarms Mexico.')).toBe(fold("why trump's talk alarms mexico"));
	});
});
