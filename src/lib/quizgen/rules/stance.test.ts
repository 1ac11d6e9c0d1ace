import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../analyse';
import { pointOfViewQuestions } from './point-of-view';
import { stanceQuestions } from './stance';

// Our own paragraphs: a stance reported by a feeling word, by a verb, felt by a person, and one
// on an attack that general knowledge answers.
const analysis = analyseArticle({
	title: 'The market hall',
	paragraphs: [
		'The council voted on Tuesday to sell the old market hall to a hotel group.',
		'Maria Ruiz, who runs the flower stall, said she was “appalled” that the council was selling the hall.',
		'Councillor Edward Hale praised the new bus timetable for the harbour district.',
		'The late ferries worried Sarah Nolan, who chairs the residents’ group.',
		'Mayor Peter Quinn condemned the attack on the town hall.'
	]
});
const drafts = stanceQuestions({ analysis, seed: 0 });
const about = (name: string) => drafts.find((d) => d.prompt.includes(name));

describe('stance questions', () => {
	it('names what the stance is about, never the stance, and paraphrases it in the key', () => {
		const ruiz = about('Maria Ruiz');
		expect(ruiz?.prompt).toBe(
			'According to paragraph 2, how did Maria Ruiz feel about the news that the council was selling the hall?'
		);
		expect(ruiz?.prompt).not.toMatch(/appalled/);
		expect(ruiz?.answer).toBe('Ruiz strongly disapproved of it.');
		expect(about('Edward Hale')?.answer).toBe('Hale thought it was a good thing.');
	});

	it('never offers a wrong stance that could hold beside the key', () => {
		const nolan = about('Sarah Nolan');
		expect(nolan?.answer).toBe('Nolan was uneasy about what they might bring.');
		expect(nolan?.options).not.toContain('Nolan strongly disapproved of them.');
	});

	it('paraphrases the feeling: no option repeats the word the article uses', () => {
		const nolan = about('Sarah Nolan');
		const word = nolan!.explanation.match(/\(“(\p{L}+)”\)\.$/u)![1]!;
		for (const o of nolan!.options!) expect(o.toLowerCase()).not.toContain(word.toLowerCase());
	});

	it('asks nothing of a stance on an attack', () => {
		expect(about('Peter Quinn')).toBeUndefined();
	});

	it('comes back from the point-of-view rule even when nobody states a position', () => {
		const all = pointOfViewQuestions({ analysis, seed: 0 });
		expect(all.some((d) => d.rule === 'point-of-view-stance')).toBe(true);
	});
});

describe('stance explanations', () => {
	it('quote the evidence and the reporting word', () => {
		expect(about('Maria Ruiz')?.explanation).toMatch(
			/^Paragraph 2 says: “.+”, so Ruiz strongly disapproved of it \(“appalled”\)\.$/
		);
	});
});

describe('stances reported in a phrase', () => {
	const phrased = analyseArticle({
		title: 'The harbour road',
		paragraphs: [
			'Councillor Ann Lowe called for a public inquiry into the harbour road contract.',
			'Tom Hale, who runs the boatyard, has voiced concern about the new parking charges.',
			'Mayor Ruth Ames warned against selling the lifeboat station to developers.'
		]
	});
	const found = stanceQuestions({ analysis: phrased, seed: 0 });
	const of = (name: string) => found.find((d) => d.prompt.includes(name));

	it('reads "called for", "voiced concern about" and "warned against"', () => {
		expect(of('Ann Lowe')?.prompt).toBe(
			'According to paragraph 1, how did Ann Lowe feel about a public inquiry into the harbour road contract?'
		);
		expect(of('Ann Lowe')?.answer).toBe('Lowe thought it was a good thing.');
		// “the new parking charges” are several: “they”, never “it”.
		expect(of('Tom Hale')?.answer).toBe('Hale was uneasy about what they might bring.');
		expect(of('Ruth Ames')?.answer).toBe('Ames strongly disapproved of it.');
	});
});

describe('stances an organisation takes', () => {
	const bodies = analyseArticle({
		title: 'The harbour sale',
		paragraphs: [
			'The city put the old harbour sheds up for sale in March.',
			'The Harbour Trust condemned the sale of the old sheds to a hotel chain.',
			'The Tenants Union called for an inquiry into the eviction of the families.',
			'A spokesman for the Harbour Trust later praised the new timetable.'
		]
	});
	const found = stanceQuestions({ analysis: bodies, seed: 0 });
	const of = (name: string) => found.find((d) => d.prompt.includes(name));

	it('asks an organisation’s position, not its feelings, and names it in every option', () => {
		expect(of('Harbour Trust')?.prompt).toBe(
			'According to paragraph 2, what was the Harbour Trust’s position on the sale of the old sheds to a hotel chain?'
		);
		expect(of('Harbour Trust')?.answer).toBe('The Harbour Trust strongly opposed it.');
		expect(of('Harbour Trust')?.options).toContain('The Harbour Trust took no side on it.');
		expect(of('Tenants Union')?.answer).toBe('The Tenants Union supported it.');
		expect(of('Harbour Trust')?.explanation).toMatch(/, so the Harbour Trust strongly opposed it/);
	});

	it('reads only an organisation that opens the sentence as the one taking the stance', () => {
		expect(found.filter((d) => d.prompt.includes('Harbour Trust'))).toHaveLength(1);
	});
});

// Our own paragraphs: a feeling told as the subject's state, with no "said".
describe('stance told as a state', () => {
	const analysis = analyseArticle({
		title: 'The new road laws',
		paragraphs: [
			'Parliament passed two new road laws on Monday.',
			'The Cyclists Union is concerned the laws would push bikes off the main roads.',
			'Councillor Edward Hale was deeply troubled by the closures of the night buses.',
			'The Drivers Guild is concerned that drivers are tired.'
		]
	});
	const drafts = stanceQuestions({ analysis, seed: 0 });

	it('reads a worry about what something would do as unease about it, in the right number', () => {
		const union = drafts.find((d) => d.prompt.includes('Cyclists Union'));
		expect(union?.prompt).toBe(
			'According to paragraph 2, what was the Cyclists Union’s position on the laws?'
		);
		expect(union?.answer).toBe('The Cyclists Union was uneasy about what they might bring.');
		expect(union?.options).toContain('The Cyclists Union supported them.');
	});

	it('reads a person’s stated feeling about a thing', () => {
		const hale = drafts.find((d) => d.prompt.includes('Edward Hale'));
		expect(hale?.prompt).toBe(
			'According to paragraph 3, how did Edward Hale feel about the closures of the night buses?'
		);
		expect(hale?.answer).toBe('Hale was uneasy about what they might bring.');
	});

	it('agrees with the head noun, not the last word', () => {
		const sale = analyseArticle({
			title: 'The sale',
			paragraphs: ['Councillor Ann Lowe was appalled by the sale of the harbour sheds.']
		});
		const [d] = stanceQuestions({ analysis: sale, seed: 0 });
		expect(d?.answer).toBe('Lowe strongly disapproved of it.');
	});

	it('asks nothing of a worry with no outcome to be uneasy about', () => {
		expect(drafts.some((d) => d.prompt.includes('Drivers Guild'))).toBe(false);
	});
});
