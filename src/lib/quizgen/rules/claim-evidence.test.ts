import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../analyse';
import { ferryVote } from '../fixtures/comprehension';
import { overlap } from '../text';
import { claimEvidenceQuestions } from './claim-evidence';

describe('claim-evidence questions', () => {
	const drafts = claimEvidenceQuestions({ analysis: analyseArticle(ferryVote), seed: 0 });

	it('gives the claim and asks for its support, not "which claim is in paragraph N"', () => {
		expect(drafts.length).toBeGreaterThan(0);
		for (const d of drafts) {
			expect(d.kind).toBe('multiple_choice');
			expect(d.partB).toBeUndefined();
			expect(d.prompt).toMatch(
				/the author claims that .+\. Which sentence from the article best supports this claim\?$/
			);
			// No option restates the claim the prompt gives.
			const claim = d.prompt.replace(/^.*claims that /, '').replace(/\. Which.*$/, '');
			for (const o of d.options ?? []) expect(overlap(o, claim)).toBeLessThan(0.35);
		}
	});
});

// Issue 11, third reading: the key is the sentence that SUPPORTS the claim, never merely the next
// one. Our own article; the decoys (paragraphs 4 on) are figures on other subjects.
const OTHERS = [
	'The town hall reopened after a long refit last autumn.',
	'The library lent 12,000 books to readers over the holidays.',
	'A survey of shop owners found that 60 percent expect a busy spring.',
	'The football club sold 5,000 season tickets in just two weeks.',
	'Bus fares went up by 10 percent in January, according to the transport board.'
];
const supportFor = (claimParagraph: string) =>
	claimEvidenceQuestions({
		analysis: analyseArticle({
			title: 'Elmbridge gets through a hard winter',
			paragraphs: [
				'The town of Elmbridge has spent the winter repairing its roads and its old buildings.',
				claimParagraph,
				'Elmbridge council will meet next week to plan the spring works.',
				...OTHERS
			]
		}),
		seed: 0
	});

describe('claim-evidence keyed by support', () => {
	it('keys the sentence that backs the claim, even when another sentence comes between', () => {
		const [d] = supportFor(
			'Cold winters can also bring more burst pipes. Engineers inspect the mains each autumn. The water company records about 200 bursts in a typical month, but many more in winter.'
		);
		expect(d?.answer).toBe(
			'The water company records about 200 bursts in a typical month, but many more in winter.'
		);
	});

	it('asks nothing when the next sentence shares only a name with the claim', () => {
		const drafts = supportFor(
			'The Zephyr phone’s big advantage is that its battery could let people work longer than rival phones. Zephyr says 40 new apps are in the works.'
		);
		expect(drafts.map((d) => d.answer)).toEqual([]);
	});

	it('asks nothing when the next sentence answers the claim instead of backing it', () => {
		const drafts = supportFor(
			'The Zephyr phone’s battery could let people work longer than rival phones. The rival Nova phone, meanwhile, has a battery that lasts 20 percent longer than the Zephyr phone’s battery.'
		);
		expect(drafts.map((d) => d.answer)).toEqual([]);
	});
});

// Other events named people brought about, far from the claim: the dated case's own kind.
const EVENTS = [
	'The town hall reopened after a long refit last autumn.',
	'Councillor Ann Cole opened the new library on the green.',
	'Coach Tom Reddy led the football club to a cup final.',
	'Judge Mary Penn ruled on the market dispute in the spring.',
	'Bus fares went up by 10 percent in January, according to the transport board.'
];
const caseFor = (claimParagraph: string) =>
	claimEvidenceQuestions({
		analysis: analyseArticle({
			title: 'Elmbridge and its ferry',
			paragraphs: [
				'The town of Elmbridge depends on its ferry to the island.',
				claimParagraph,
				'Elmbridge council will meet next week to plan the spring works.',
				...EVENTS
			]
		}),
		seed: 0
	});

describe('claim-evidence: a dated case backs a claim about the past', () => {
	it('keys the dated case told right after the claim, though it shares no word with it', () => {
		const [d] = caseFor(
			'In the past, harbour towns that quarrelled with the ferry company tended to lose their winter service. In 1998, when the mayor of Portwell refused a new pier fee, the company dropped its crossings to the island for three years.'
		);
		expect(d?.answer).toBe(
			'In 1998, when the mayor of Portwell refused a new pier fee, the company dropped its crossings to the island for three years.'
		);
		expect(d?.explanation).toMatch(/gives an example of it/);
		// The wrong options are other events, never the bare figures of another subject.
		expect(d?.options).not.toContain(EVENTS[4]);
	});

	it('asks nothing when the claim does not generalise about the past', () => {
		const drafts = caseFor(
			'The harbour is a busy place for the town. In 1998, the mayor of Portwell refused a new pier fee.'
		);
		expect(drafts.map((d) => d.answer)).toEqual([]);
	});
});
