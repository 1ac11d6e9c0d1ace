import { describe, expect, it } from 'vitest';
import { isCredit, isDateLine, parseByline, parseSource } from './metadata';

describe('parseByline', () => {
	it.each([
		['By Ana Ruiz', 'Ana Ruiz'],
		['BY ANA RUIZ', 'ANA RUIZ'],
		['By Ana Ruiz and Li Wei | 3 March 2024', 'Ana Ruiz and Li Wei'],
		['By Ana Ruiz, March 3, 2024', 'Ana Ruiz'],
		['By Ana Ruiz on 3 March 2024, 10:30 IST', 'Ana Ruiz'],
		['Written by Jean-Luc de la Tour · 5 min read', 'Jean-Luc de la Tour'],
		['Authors: Ana Ruiz, Li Wei', 'Ana Ruiz, Li Wei']
	])('reads %j as %j', (line, names) => {
		expect(parseByline(line)).toBe(names);
	});

	it.each([
		'By the end of the year, prices had doubled.',
		'By Monday, the deal was done and the ministers had gone home.',
		'Bystanders filmed the arrest.'
	])('rejects prose %j', (line) => {
		expect(parseByline(line)).toBeNull();
	});
});

describe('isDateLine', () => {
	it.each([
		'12 March 2025, 08:15 GMT',
		'Updated: 4 October 2025',
		'Published on Mar. 3, 2024 at 9:05 a.m. ET',
		'2024-03-03',
		'Tuesday 4 March 2025 | 10:30am',
		'2 days ago',
		'1:39 PM ET',
		'Updated 9.05 am'
	])('accepts %j', (line) => {
		expect(isDateLine(line)).toBe(true);
	});

	it.each([
		'2026 Forecast',
		'March on Washington',
		'May 2024 was the wettest month on record.',
		'12.50'
	])('rejects %j', (line) => {
		expect(isDateLine(line)).toBe(false);
	});
});

describe('parseSource', () => {
	it.each([
		['Source: Reuters', 'Reuters'],
		['© 2025 The Northern Courier. All rights reserved.', 'The Northern Courier'],
		['Copyright 2020-2024 Example Media', 'Example Media'],
		['This article was originally published in The Conversation.', 'The Conversation'],
		['First published on BBC News, 3 March 2024', 'BBC News']
	])('reads %j as %j', (line, source) => {
		expect(parseSource(line)).toBe(source);
	});

	it('ignores a publication date that looks like "Published on …"', () => {
		expect(parseSource('Published on March 3, 2024')).toBeNull();
	});
});

describe('isCredit', () => {
	it.each([
		'(yMedia and ANI are the content partners for this story)',
		'(With inputs from Reuters)',
		'With agency inputs',
		'Additional reporting by Sam Lee in London',
		'[This story has been auto-generated from a syndicated feed.]'
	])('accepts %j', (line) => {
		expect(isCredit(line)).toBe(true);
	});

	it('rejects reporting that mentions a news agency in passing', () => {
		expect(
			isCredit('The minister told a news agency that the talks had failed. He left on Friday.')
		).toBe(false);
	});
});
