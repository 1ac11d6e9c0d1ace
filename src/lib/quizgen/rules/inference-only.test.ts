import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../analyse';
import { onlySinceQuestions } from './inference-only';

const asked = (paragraphs: string[]) =>
	onlySinceQuestions({ analysis: analyseArticle({ title: 'Island rules', paragraphs }), seed: 0 });

describe('inference from "has only been … since 1998"', () => {
	it('asks what held before the year, the wrong options what "only since" rules out', () => {
		const [d] = asked([
			'Harvest rights over stranded whales have only been officially recognised since 1998, and the practice still upsets some visitors.'
		]);
		expect(d?.prompt).toBe(
			'Based on paragraph 1, what can the reader infer about harvest rights over stranded whales?'
		);
		expect(d?.answer).toBe('Before 1998, they were not officially recognised.');
		expect(d?.skill).toBe('inference');
		expect([...(d?.options ?? [])].sort()).toEqual([
			'Before 1998, they were not officially recognised.',
			'They had been officially recognised for a long time before 1998.',
			'They have never been officially recognised.',
			'They were officially recognised until 1998, but not since.'
		]);
	});

	it('keeps the capital of a name the article writes capitalised mid-sentence', () => {
		const [d] = asked([
			'Ngāti fishing rights on the estuary have only been legally recognised since 2004.',
			'The council consulted Ngāti elders before the vote.'
		]);
		expect(d?.prompt).toBe(
			'Based on paragraph 1, what can the reader infer about Ngāti fishing rights on the estuary?'
		);
	});

	it('says one thing "it", and reads an adjective as the state', () => {
		const [d] = asked(['The island school has only been open since 2019.']);
		expect(d?.answer).toBe('Before 2019, it was not open.');
		expect(d?.options).toContain('It has never been open.');
	});

	it('asks nothing of a pronoun subject, a noun after "been", a decade or a quotation', () => {
		expect(
			asked([
				'They have only been married since 2015.',
				'The mayor has only been in office since 2021.',
				'The island ferry has only been a success since the 1990s.',
				'“The path has only been open since 2019,” the warden said.'
			])
		).toEqual([]);
	});
});
