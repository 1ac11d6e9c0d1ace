/**
 * One short fixture per failure shape a blind reader found in the recall kinds (issue 11).
 * Each failed before its fix; the texts are invented, never corpus text.
 */
import { describe, it, expect } from 'vitest';
import { analyseArticle } from '../analyse';
import { pickDistractors } from '../distractors';
import type { Candidate, RuleContext } from './candidate';
import { clozeQuestions } from './cloze';
import { evidencePairFrom } from './evidence-pair';
import { completionQuestions } from './facts';
import { trueFalseQuestions } from './true-false';
import { quoteQuestions } from './quotes';
import { whoQuestions } from './who';

function ctxOf(paragraphs: string[], title = 'Town news'): RuleContext {
	return { analysis: analyseArticle({ title, paragraphs }), seed: 0 };
}

function allRules(ctx: RuleContext): Candidate[] {
	return [
		...quoteQuestions(ctx),
		...ctx.analysis.sentences.flatMap((s) => {
			const who = whoQuestions(s, ctx);
			return [
				...who,
				...who.flatMap((c) => evidencePairFrom(c, ctx) ?? []),
				...completionQuestions(s, ctx),
				...trueFalseQuestions(s, ctx),
				...clozeQuestions(s, ctx)
			];
		})
	];
}

const TOWN = [
	'Mayor Denise Okafor opened the new library on the river bank after three years of building work.',
	'Councillor Peter Lang and Councillor Hugo Brandt voted against the plan in the spring.',
	'The library cost $14 million and holds 80,000 books, according to the council.',
	'Okafor said the building would stay open late on weekdays for students.'
];

describe('recall items a strict teacher keeps', () => {
	it('never makes a true/false item that copies a sentence and answers True', () => {
		const drafts = allRules(ctxOf(TOWN)).filter((d) => d.kind === 'true_false');
		expect(drafts.length).toBeGreaterThan(0);
		// A True item restates its sentence ("According to the council, …"), never copies it.
		for (const d of drafts.filter((x) => x.answer === 'True')) {
			const statement = d.prompt.replace('True or false? ', '').replace(/\.$/, '');
			expect(TOWN[d.evidence.paragraph]).not.toContain(statement);
		}
	});

	it('never gives a swapped person away by gender ("his" for a woman)', () => {
		const ctx = ctxOf([
			...TOWN,
			'Denise Okafor thanked her staff for finishing the library early.',
			'Carla Mendes and Ana Ruiz ran the reading club at the old hall.'
		]);
		for (const d of allRules(ctx).filter((x) => x.kind === 'true_false')) {
			if (/\bher staff\b/.test(d.prompt)) expect(d.prompt).not.toMatch(/Peter Lang|Hugo Brandt/);
		}
		const who = allRules(ctx).filter((d) => d.prompt.startsWith('Who thanked her staff'));
		expect(who.length).toBeGreaterThan(0);
		for (const d of who) for (const o of d.options ?? []) expect(o).not.toMatch(/Lang|Brandt/);
	});

	it('never makes a Part B whose key restates Part A', () => {
		const ctx = ctxOf([
			...TOWN,
			'Residents queued for an hour on the first morning to borrow their first books.',
			'The council plans a second building in the north of the town within five years.',
			'Students from the college across the river use the reading rooms every evening.'
		]);
		const key = ctx.analysis.sentences[0];
		expect(key).toBeDefined();
		if (!key) return;
		const partA: Candidate = {
			kind: 'multiple_choice',
			prompt: 'Who opened the new library on the river bank after three years of building work?',
			options: ['Denise Okafor', 'Peter Lang', 'Hugo Brandt'],
			answer: 'Denise Okafor',
			explanation: '',
			evidence: { paragraph: 0, start: key.start, end: key.end },
			skill: 'key-details',
			rule: 'who-did',
			quality: 1,
			sentenceKey: '0:0',
			factKey: 'denise okafor'
		};
		expect(evidencePairFrom(partA, ctx)).toBeNull();
	});

	it('asks "who" only when the article names two more people of the kind the prompt shows', () => {
		const ctx = ctxOf([
			'Mayor Denise Okafor opened the new library on the river bank in the spring.',
			'Councillor Peter Lang said she had promised the library to voters long ago.',
			'Denise Okafor announced her plan for a second library in the north of the town.'
		]);
		const who = allRules(ctx).filter((d) => /^Who announced her plan/.test(d.prompt));
		expect(who).toEqual([]);
	});

	it('never leaves a source fragment in a "who" question', () => {
		const ctx = ctxOf([
			...TOWN,
			'Peter Lang is still about to decide on the budget for the coming year.',
			'Hugo Brandt said that the plan, if approved, would cost far more than promised.'
		]);
		const prompts = allRules(ctx).map((d) => d.prompt);
		expect(prompts.filter((p) => /still about to|Who said that the plan\?/.test(p))).toEqual([]);
	});

	it('never blanks a date, a key-term noun or an age', () => {
		const ctx = ctxOf([
			...TOWN,
			'Construction of the library began on 12 March 2021 after a long public consultation.',
			'Ana Ruiz, 34, led the consultation and wrote the final proposal for the council.'
		]);
		const blanks = allRules(ctx).filter((d) => d.kind === 'cloze' || d.rule === 'fact-completion');
		expect(blanks.filter((d) => /March|2021|consultation|proposal/.test(d.answer))).toEqual([]);
		expect(blanks.filter((d) => d.answer === '34')).toEqual([]);
	});

	it('never offers an impossible date ("December 45") or a decade like "3980s"', () => {
		const ctx = ctxOf(['The market opened on December 15 and closed in the early 1990s for good.']);
		const [date, decade] = ctx.analysis.mentions.filter((m) => m.type === 'date');
		for (const m of [date, decade]) {
			if (!m) continue;
			const picked = pickDistractors({
				answer: m,
				analysis: ctx.analysis,
				avoid: '',
				count: 3,
				seed: 1
			});
			for (const v of picked.values)
				expect(v).not.toMatch(/December (?:3[2-9]|[4-9]\d)|\b[3-9]\d{3}s|\b\d{3}s/);
		}
	});

	it('never names "State Marco Rubio": a department after "Secretary of" is not the name', () => {
		const ctx = ctxOf(['Secretary of State Marco Rubio said the talks would resume on Monday.']);
		const people = ctx.analysis.mentions.filter((m) => m.type === 'person').map((m) => m.text);
		expect(people).not.toContain('State Marco Rubio');
	});

	it('never types a bare technical acronym ("HDR", "PC") as an organisation', () => {
		const ctx = ctxOf(['The console supports HDR and runs PC games, the BBC reported on Monday.']);
		const orgs = ctx.analysis.mentions.filter((m) => m.type === 'organisation').map((m) => m.text);
		expect(orgs).toEqual(['BBC']);
	});

	it('never offers a money distractor of another magnitude or written in words', () => {
		const ctx = ctxOf([
			'The console costs $500 and a new game costs $15 at most shops.',
			'The old console launched at $400, and a controller sells for two dollars less.'
		]);
		const money = ctx.analysis.mentions.find((m) => m.text === '$500');
		expect(money).toBeDefined();
		if (!money) return;
		const picked = pickDistractors({
			answer: money,
			analysis: ctx.analysis,
			avoid: '',
			count: 3,
			seed: 0
		});
		expect(picked.values).not.toContain('$15');
		expect(picked.values).toContain('$400');
	});

	it('never attributes a quote inside someone else\u2019s reported speech, or to a "she" who is a man', () => {
		const ctx = ctxOf([
			...TOWN,
			'Peter Lang said Hugo Brandt told him: “We will never pay for a second library in this town.”',
			'Hugo Brandt spoke next. “The library belongs to every family who lives along the river,” she said.'
		]);
		const quotes = quoteQuestions(ctx);
		expect(quotes.filter((d) => /second library|every family/.test(d.prompt))).toEqual([]);
	});

	it('never asks about a caption, a credit, a teaser or a bio line', () => {
		const ctx = ctxOf([
			...TOWN,
			'Photo: Mayor Denise Okafor cuts the ribbon at the library on the river bank (Getty Images).',
			'Read more: Councillor Peter Lang explains why he voted against the $14 million library.',
			'Hugo Brandt is the author of a history of the town and its 80,000 residents.'
		]);
		const fromClutter = allRules(ctx).filter((d) => d.evidence.paragraph >= 4);
		expect(fromClutter).toEqual([]);
	});

	it('never blanks a number that is part of a name ("Xbox 360")', () => {
		const ctx = ctxOf([
			'Many players still keep an Xbox 360 console in their living room at home.'
		]);
		const drafts = allRules(ctx);
		expect(drafts.filter((d) => d.answer === '360')).toEqual([]);
	});

	it('never asks about a caption without a finite verb', () => {
		const ctx = ctxOf([
			...TOWN,
			'Council workers repairing 12 water mains near the new library in Queens on Monday.'
		]);
		expect(allRules(ctx).filter((d) => d.evidence.paragraph === 4)).toEqual([]);
	});

	it('never offers two forms of one name among the options', () => {
		const ctx = ctxOf([
			'The Department of Water Supply and the Water Supply Department are one office.',
			'Staff from the Department of Parks met the Department of Roads and the Housing Department.'
		]);
		const answer = ctx.analysis.mentions.find((m) => m.text === 'Department of Parks');
		expect(answer).toBeDefined();
		if (!answer) return;
		const picked = pickDistractors({
			answer,
			analysis: ctx.analysis,
			avoid: '',
			count: 3,
			seed: 0
		});
		const water = picked.values.filter((v) => /Water Supply/.test(v));
		expect(water.length).toBeLessThanOrEqual(1);
	});

	it('never offers figures that are plain halves and doubles of the answer', () => {
		const ctx = ctxOf([
			'Last year the city filled 255,904 potholes on its streets, officials said.'
		]);
		const answer = ctx.analysis.mentions.find((m) => m.text === '255,904');
		expect(answer).toBeDefined();
		if (!answer) return;
		const picked = pickDistractors({
			answer,
			analysis: ctx.analysis,
			avoid: '',
			count: 3,
			seed: 0
		});
		for (const v of picked.values) {
			expect(['127,952', '511,808', '63,976', '767,712']).not.toContain(v);
		}
	});

	it('never asks "who" about the line that only attributes the quote before it', () => {
		const ctx = ctxOf([
			...TOWN,
			'“Who pays for the roof?” Peter Lang recalls asking at the meeting in the spring.'
		]);
		expect(allRules(ctx).filter((d) => /^Who recalls/.test(d.prompt))).toEqual([]);
	});

	it('never blanks or swaps the only person when a "he" after it would name nobody', () => {
		const ctx = ctxOf([
			...TOWN,
			'Carl Moss and Owen Price joined the library board in the autumn after the vote.',
			'From an architect named Keith Ward, he borrowed the plan for the reading room upstairs.'
		]);
		expect(allRules(ctx).filter((d) => d.evidence.paragraph === 5)).toEqual([]);
	});

	it('never blanks a zero amount, and never swaps in the article’s topic name', () => {
		const ctx = ctxOf([
			'If a book was a gift, the library records its price as $0 in the catalogue.',
			'Harbury opened a library. Readers in Harbury love it. Harbury plans more for Harbury.',
			'Harbury is a town. The council of Harbury met in Dunmore to discuss the plan.',
			'Harbury voters backed the plan, and the mayor of Dunmore praised the town of Harbury.',
			'A delegation from Ashford came to see the new building on the river bank.'
		]);
		const drafts = allRules(ctx);
		expect(drafts.filter((d) => d.answer === '$0')).toEqual([]);
		for (const d of drafts.filter((x) => x.kind === 'true_false'))
			expect(d.explanation).not.toMatch(/not Harbury/);
	});

	it('never asks about a "covers the White House" bio line', () => {
		const ctx = ctxOf([...TOWN, 'Tom Ridley covers the council and the courts for the Town News.']);
		expect(allRules(ctx).filter((d) => d.evidence.paragraph === 4)).toEqual([]);
	});

	it('never asks a typed "Which organisation" whose answer the headline names', () => {
		const ctx = ctxOf(
			[
				'Google and Apple both sell cheaper phones than the new model this winter.',
				'Microsoft says more than forty games will run faster on the new console next year.'
			],
			'Microsoft console review'
		);
		const typed = allRules(ctx).filter(
			(d) => d.kind === 'short_answer' && d.answer === 'Microsoft'
		);
		expect(typed).toEqual([]);
	});
});
