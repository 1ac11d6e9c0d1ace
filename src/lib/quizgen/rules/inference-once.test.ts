import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../analyse';
import { structuralProblems } from '../checks';
import { onceQuestions } from './inference-once';

const asked = (paragraphs: string[]) =>
	onceQuestions({ analysis: analyseArticle({ title: 'River towns', paragraphs }), seed: 0 });

describe('inference from "the once-bustling harbour"', () => {
	it('asks what "once-" implies, the adjective kept in every option', () => {
		const [d] = asked([
			'The once-ubiquitous form of river transport was cheap when it first appeared.'
		]);
		expect(d?.prompt).toBe(
			'In paragraph 1, the article says: “The once-ubiquitous form of river transport was cheap when it first appeared.” What does “once-ubiquitous” suggest about the form of river transport?'
		);
		expect(d?.answer).toBe('It was ubiquitous before, but not now.');
		expect(d?.skill).toBe('inference');
		expect([...(d?.options ?? [])].sort()).toEqual([
			'It has never been ubiquitous at all.',
			'It is still as ubiquitous as ever.',
			'It only became ubiquitous quite recently.',
			'It was ubiquitous before, but not now.'
		]);
	});

	it('passes the structural checks: a long key among short decoys was picked unread', () => {
		const article = {
			title: 'River towns',
			paragraphs: [
				'The once-ubiquitous form of river transport was cheap when it first appeared, though it has since come to stand for decline.'
			]
		};
		const drafts = onceQuestions({ analysis: analyseArticle(article), seed: 0 });
		expect(drafts).toHaveLength(1);
		expect(structuralProblems({ ...drafts[0]!, score: 0 }, article)).toEqual([]);
	});

	it('speaks of many things as "they"', () => {
		const [d] = asked(['The once-mighty river barges now rust on the mud.']);
		expect(d?.answer).toBe('They were mighty before, but not now.');
		expect(d?.options).toContain('They have never been mighty at all.');
	});

	it('asks nothing of "once-in-a-lifetime", "once great" without a hyphen, or a quotation', () => {
		expect(
			asked([
				'It was a once-in-a-lifetime chance for the crew of the barge.',
				'The once great port fell quiet after the war ended.',
				'“The once-busy quay is empty now,” the harbour master said.'
			])
		).toEqual([]);
	});
});
