import { describe, it, expect } from 'vitest';
import { builtInPlaces, placeKind } from './gazetteer';

describe('gazetteer', () => {
	it('classifies one-word and multi-word places', () => {
		expect(placeKind('Mexico')).toBe('country');
		expect(placeKind('latin america')).toBe('region');
		expect(placeKind('New York')).toBe('city');
		expect(placeKind('Sheinbaum')).toBeNull();
	});

	it('offers built-in places with their usual spelling', () => {
		const countries = builtInPlaces('country');
		expect(countries).toContain('South Korea');
		expect(countries).toContain('Venezuela');
		expect(countries).not.toContain('US');
	});
});
