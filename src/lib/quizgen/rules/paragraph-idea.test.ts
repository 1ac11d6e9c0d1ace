import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../analyse';
import { centralIdeaQuestions } from './central-idea';

// Our own article: paragraph 4 opens on a general statement its three details develop.
const paragraphs = [
	'Dunmore council has voted to close the harbour ferry because it can no longer pay for repairs.',
	'The vote ended a crossing that has run for more than a century.',
	'Councillors said a bus route would replace the ferry next year.',
	'The closure will hurt the harbour shops most of all. The harbour café takes 40% of its money from ferry passengers. The café owner, Ana Ruiz, said her shop may close in winter. The harbour newsagent sells 300 papers a week to ferry passengers, for example.',
	'The town band plays on the quay every summer, and the pier was painted blue last spring.',
	'Gulls nest on the roof of the old boathouse, which the sailing club still uses for storage.'
];
const paragraphItem = (text: string[]) =>
	centralIdeaQuestions({
		analysis: analyseArticle({ title: 'Dunmore harbour ferry to close', paragraphs: text }),
		seed: 0
	}).find((d) => d.rule === 'central-idea-paragraph');

describe('main idea of a paragraph', () => {
	it('keys the topic sentence and offers its details', () => {
		const d = paragraphItem(paragraphs);
		expect(d?.prompt).toBe('Which sentence best states the main idea of paragraph 4?');
		expect(d?.answer).toBe('The closure will hurt the harbour shops most of all.');
		expect(d?.options).toHaveLength(4);
	});

	it('never keys "As for X, it …": one more item of a list, not a topic', () => {
		const listItem = [...paragraphs];
		listItem[3] =
			'As for the harbour shops, they will lose most of their trade. The harbour café takes 40% of its money from ferry passengers. The café owner, Ana Ruiz, said her shop may close in winter. The harbour newsagent sells 300 papers a week to ferry passengers, for example.';
		expect(paragraphItem(listItem)).toBeUndefined();
	});

	it('asks nothing when a second sentence is general too (two main ideas)', () => {
		const twoIdeas = [...paragraphs];
		twoIdeas[3] =
			'The closure will hurt the harbour shops most of all. The harbour café takes 40% of its money from ferry passengers. Shops near the harbour have always struggled in winter. The harbour newsagent sells 300 papers a week to ferry passengers.';
		expect(paragraphItem(twoIdeas)).toBeUndefined();
	});

	it('reads a one-sentence topic paragraph with the detail paragraphs after it', () => {
		const split = [
			...paragraphs.slice(0, 3),
			'The closure will hurt the harbour shops most of all.',
			'The harbour café takes 40% of its money from ferry passengers.',
			'The harbour newsagent sells 300 papers a week to ferry passengers, for example.',
			...paragraphs.slice(4)
		];
		const d = paragraphItem(split);
		expect(d?.prompt).toBe('Which sentence best states the main idea of paragraphs 4–6?');
		expect(d?.answer).toBe('The closure will hurt the harbour shops most of all.');
	});

	it('takes no step of a story for a topic sentence', () => {
		const story = [...paragraphs];
		story[3] = story[3]!.replace(
			'The closure will hurt the harbour shops most of all.',
			'Shortly after the vote, the harbour shops began to lose trade.'
		);
		expect(paragraphItem(story)).toBeUndefined();
	});

	it('reads a detail that names a place or leans on the topic ("It stays open …") as a detail', () => {
		const library = [...paragraphs];
		library[3] =
			'The new library has changed life in the town centre. It stays open until nine on weekdays and on Saturdays. Students from Carrow College now meet in the library to study in the evenings. Cafés on Bridge Street report busier afternoons because of the library visitors.';
		const d = centralIdeaQuestions({
			analysis: analyseArticle({ title: 'How the library changed Dunmore', paragraphs: library }),
			seed: 0
		}).find((c) => c.rule === 'central-idea-paragraph');
		expect(d?.answer).toBe('The new library has changed life in the town centre.');
		// "It stays open …" shown alone would not say what "it" is: never an option.
		expect(d?.options).toHaveLength(3);
		expect(d?.options?.join(' ')).not.toMatch(/stays open/);
	});

	it('takes no journey told as a step of the story for a topic sentence', () => {
		const journey = [...paragraphs];
		journey[3] = journey[3]!.replace(
			'The closure will hurt the harbour shops most of all.',
			'The ferry motored out of the harbour and across the bay towards the harbour shops.'
		);
		expect(paragraphItem(journey)).toBeUndefined();
	});
	it("joins no later paragraph about something else (a person's reaction) to the topic", () => {
		const drift = [
			...paragraphs.slice(0, 3),
			'The ferry licence sets rules for the harbour crossing but names no penalty for breaking them. In the past, the Port Court has fined no ferry captain for a late crossing since 1990.',
			'Mayor Tom Reid said he was surprised when letters suddenly started to arrive at his office and even his own home.',
			...paragraphs.slice(4)
		];
		const d = paragraphItem(drift);
		expect(d?.prompt ?? '').not.toMatch(/paragraphs 4–5/);
		expect(d?.options?.join(' ') ?? '').not.toMatch(/surprised/);
	});
});
