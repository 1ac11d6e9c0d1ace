/**
 * The comprehension rules and the quiz-level promises of issue 11: every skill a fixture can
 * support appears, recall stays at most a third, a teacher's mix and "regenerate one" are obeyed,
 * a non-English article is refused, and page clutter is never asked about.
 */
import { describe, expect, it } from 'vitest';
import { analyseArticle } from './analyse';
import { allFixtures } from './fixtures';
import {
	clutteredReport,
	ferryVote,
	marketFire,
	poolClosure,
	spanishNotice,
	trainDelays
} from './fixtures/comprehension';
import { defaultCount, generateQuiz, recallShare } from './generate';
import { causeEffectQuestions } from './rules/cause-effect';
import { RECALL_SKILL, type Skill } from './skills';
import { overlap, wordCount } from './text';
import type { ArticleInput, QuestionDraft } from './types';

const words = (a: ArticleInput) => a.paragraphs.reduce((n, p) => n + wordCount(p), 0);
const skillsOf = (drafts: QuestionDraft[]) => new Set(drafts.map((d) => d.skill));

describe('the ferry fixture (every cue at once)', () => {
	const { drafts, notes, refusal } = generateQuiz(ferryVote);

	it('is long enough for the four-skill promise', () => {
		expect(words(ferryVote)).toBeGreaterThanOrEqual(400);
		expect(refusal).toBeUndefined();
	});

	it.each([
		'central-idea',
		'cause-effect',
		'claim-evidence',
		'point-of-view',
		'text-structure',
		'sequence'
	] as Skill[])('yields at least one %s draft', (skill) => {
		const { drafts: only } = generateQuiz(ferryVote, { mix: { [skill]: 3 } });
		expect(only.length).toBeGreaterThan(0);
		expect(only.every((d) => d.skill === skill)).toBe(true);
	});

	it('tests at least four skills and keeps recall to a third of the first ten', () => {
		expect(skillsOf(drafts).size).toBeGreaterThanOrEqual(4);
		const first = drafts.slice(0, 10);
		const recall = first.filter((d) => d.skill === RECALL_SKILL).length;
		expect(recall).toBeLessThanOrEqual(Math.floor(first.length / 3));
		// Two true/false items whose sentences a claim-evidence draft prints as options are
		// refused (the options settle them), and its one cause sits in the effect's own sentence
		// (a teacher's mix only), and Reed's "who would agree" item cites the sentence the view
		// contrast prints (one sentence, one draft), so the fixture gives six sound drafts, not ten.
		expect(first.length).toBeGreaterThanOrEqual(6);
		if (drafts.length < defaultCount(ferryVote)) expect(notes.length).toBeGreaterThan(0);
	});

	it('asks a well-formed cause question whose key is the stated reason, when asked for', () => {
		const { drafts: causes } = generateQuiz(ferryVote, { mix: { 'cause-effect': 3 } });
		const why = causes.find((d) => d.rule === 'cause-effect-cause');
		expect(why?.prompt).toBe(
			'According to paragraph 2, what is the reason that the ferry stopped running in March?'
		);
		expect(why?.answer).toBe(
			'Floodwater had damaged its engine and the landing stage on the east bank.'
		);
	});

	it('asks which event came first with the dates removed from the options', () => {
		const { drafts: seq } = generateQuiz(ferryVote, { mix: { sequence: 1 } });
		// "launched the first ferry" tells its own place in time, so it is no option.
		expect(seq[0]?.answer).toMatch(/council bought the service/);
		expect(seq[0]?.options?.join(' ')).not.toMatch(/first ferry/);
		for (const o of seq[0]?.options ?? []) expect(o).not.toMatch(/\b(?:19|20)\d{2}\b/);
	});

	it('offers people for "who would agree" and no pronoun gives the speaker away', () => {
		const { drafts } = generateQuiz(ferryVote, { mix: { 'point-of-view': 4 } });
		const pov = drafts.filter((d) => d.rule === 'point-of-view-agree');
		expect(pov.length).toBeGreaterThan(0);
		for (const d of pov) {
			expect(d.prompt).toMatch(/^Which person would most likely agree that /);
			expect(d.prompt).not.toMatch(/\b(?:he|she|his|her)\b/);
			expect(d.options).toContain(d.answer);
		}
	});
});

describe('causes given as noun phrases', () => {
	const { drafts } = generateQuiz(trainDelays, { mix: { 'cause-effect': 4 } });

	it('asks for the reason with noun-phrase options, none a sentence', () => {
		const why = drafts.find((d) => d.answer === 'A signal failure near the river bridge');
		expect(why?.prompt).toBe(
			'According to paragraph 1, what is the reason that morning trains into Calder ran up to forty minutes late on Monday?'
		);
		for (const o of why?.options ?? []) expect(o, o).not.toMatch(/[.!?]$/);
	});

	it('asks what a cause led to, naming it as a phrase', () => {
		const all = causeEffectQuestions({ analysis: analyseArticle(trainDelays), seed: 0 });
		const led = all.find((d) =>
			/what did the new timetable introduced in September lead to\?$/.test(d.prompt)
		);
		expect(led?.answer).toBe('Longer waits at the smaller stations on the line');
	});
});

describe('every fixture', () => {
	const all = { ...allFixtures, ferryVote, clutteredReport } as Record<string, ArticleInput>;

	it.each(Object.keys(all))('%s: Part B never restates Part A', (name) => {
		const { drafts } = generateQuiz(all[name] as ArticleInput);
		const restating = drafts
			.filter((d) => d.partB)
			.filter((d) => {
				const partB = d.partB?.answer ?? '';
				const partA = d.prompt.replace(/^Part A:\s*/, '');
				return (
					overlap(partB, partA) >= 0.5 ||
					(d.rule === 'claim-evidence-pair' && overlap(partB, d.answer) >= 0.35)
				);
			});
		expect(restating.map((d) => d.prompt)).toEqual([]);
	});

	it.each(Object.keys(all))('%s: recall is at most a third of the default quiz', (name) => {
		const { drafts } = generateQuiz(all[name] as ArticleInput);
		const recall = drafts.filter((d) => d.skill === RECALL_SKILL).length;
		// A third of the default quiz (three at least), whatever else the article supports.
		expect(recall).toBeLessThanOrEqual(recallShare(all[name] as ArticleInput));
	});
});

describe('a teacher’s mix and "regenerate one"', () => {
	it('returns only the skills asked for, at most as many of each', () => {
		const mix = { 'cause-effect': 1, 'key-details': 2 };
		const { drafts } = generateQuiz(ferryVote, { mix });
		expect(drafts.filter((d) => d.skill === 'cause-effect').length).toBeLessThanOrEqual(1);
		expect(drafts.filter((d) => d.skill === 'key-details').length).toBeLessThanOrEqual(2);
		expect(drafts.every((d) => d.skill in mix)).toBe(true);
		expect(drafts).toHaveLength(3);
	});

	it('says why when a mix asks for more than the text supports', () => {
		const { drafts, notes } = generateQuiz(ferryVote, { mix: { sequence: 5 } });
		expect(drafts.length).toBeLessThan(5);
		expect(notes.join(' ')).toMatch(/Sequence: \d of 5/);
	});

	it('never returns an excluded prompt nor a near-duplicate of it', () => {
		const { drafts } = generateQuiz(ferryVote);
		const first = drafts[0] as QuestionDraft;
		const again = generateQuiz(ferryVote, { exclude: drafts.map((d) => d.prompt) }).drafts;
		expect(again.map((d) => d.prompt)).not.toContain(first.prompt);
		const one = generateQuiz(ferryVote, {
			mix: { [first.skill]: 1 },
			exclude: [first.prompt]
		}).drafts;
		for (const d of one)
			expect(overlap(d.prompt, first.prompt) < 0.6 || d.prompt !== first.prompt).toBe(true);
		expect(one.map((d) => d.prompt)).not.toContain(first.prompt);
	});
});

describe('refusals and clutter', () => {
	it('refuses an article that is not in English, in one sentence, with no drafts', () => {
		const result = generateQuiz(spanishNotice);
		expect(result.drafts).toEqual([]);
		expect(result.refusal).toMatch(/^This article appears to be in Spanish[^.]*\.$/);
	});

	it('never asks about a caption or a footer the cleaner let through', () => {
		const { drafts } = generateQuiz(clutteredReport);
		expect(drafts.length).toBeGreaterThan(0);
		const cited = drafts.map((d) => d.evidence.paragraph);
		expect(cited).not.toContain(1);
		expect(cited).not.toContain(3);
		const shown = drafts.flatMap((d) => [
			d.prompt,
			...(d.options ?? []),
			...(d.partB?.options ?? [])
		]);
		expect(shown.join(' ')).not.toMatch(/Getty|newsletter/);
	});

	it('states a shortfall in plain sentences', () => {
		const { drafts, notes } = generateQuiz(clutteredReport, { count: 12 });
		expect(drafts.length).toBeLessThan(12);
		expect(notes[0]).toMatch(/^Only \d+ of the 12 questions/);
		expect(notes.join(' ')).toMatch(/short/);
	});
});

describe('cause and effect across one quiz', () => {
	const { drafts } = generateQuiz(marketFire, { mix: { 'cause-effect': 4 } });

	it('asks several well-formed why-questions with clause options', () => {
		expect(drafts.length).toBeGreaterThanOrEqual(2);
		for (const d of drafts) {
			expect(d.prompt).toMatch(/^According to paragraph \d+, (?:why|what) .+\?$/);
			// Every option is a clause of the key's form: a capital, a verb-sized length, a full stop.
			for (const o of d.options ?? []) expect(o, o).toMatch(/^[A-Z].{20,}\.$/);
		}
	});

	it('inverts an auxiliary into a "Why" question', () => {
		const all = causeEffectQuestions({ analysis: analyseArticle(marketFire), seed: 0 });
		const roof = all.find((d) => /flower stalls/.test(d.prompt));
		// "collapsed" has no auxiliary to invert: the reason is asked for in full.
		expect(roof?.prompt).toBe(
			'According to paragraph 3, what is the reason that the roof over the flower stalls collapsed?'
		);
		// Asked first (wrong options are never reused), the insurance claim gets its question.
		const claimFirst = marketFire.paragraphs[5] as string;
		const reordered = [claimFirst, ...marketFire.paragraphs.filter((p) => p !== claimFirst)];
		const first = causeEffectQuestions({
			analysis: analyseArticle({ ...marketFire, paragraphs: reordered }),
			seed: 0
		});
		const claim = first.find((d) => /insurance claim/.test(d.prompt));
		expect(claim?.prompt).toBe(
			'According to paragraph 1, why will the insurance claim take months to settle?'
		);
	});

	it('never offers one option in two questions (a wrong one twice, or one key in another)', () => {
		const shown = drafts.flatMap((d) => d.options ?? []);
		expect(shown.length).toBeGreaterThanOrEqual(6);
		expect(new Set(shown).size).toBe(shown.length);
	});
});

describe('point of view when two people disagree', () => {
	const { drafts } = generateQuiz(poolClosure, { mix: { 'point-of-view': 6 } });

	it('contrasts the two positions, stated as positions, with the views swapped as a decoy', () => {
		const contrast = drafts.find((d) => d.rule === 'point-of-view-contrast');
		expect(contrast?.prompt).toBe(
			'Which statement best describes the positions of Marsh and Osei?'
		);
		expect(contrast?.answer).toBe(
			'Marsh believes that the town could no longer afford the repairs the old pool needs, while Osei believes that closing the pool would leave hundreds of children without a place to learn to swim.'
		);
		expect(contrast?.options).toContain(
			'Marsh believes that closing the pool would leave hundreds of children without a place to learn to swim, while Osei believes that the town could no longer afford the repairs the old pool needs.'
		);
		// No option copies a quotation's marks: each is a position in the article's own words.
		for (const o of contrast?.options ?? []) expect(o).not.toMatch(/[“”"]/);
	});

	it('asks who would agree with a quoted position, the opponent offered, no ally', () => {
		const quoted = drafts.find((d) => /could no longer afford the repairs/.test(d.prompt));
		expect(quoted?.answer).toBe('Helen Marsh');
		expect(quoted?.options).toContain('Daniel Osei');
		// Osei's own item would make him the one man beside two women (`genderFair`): not asked.
		expect(drafts.some((d) => /cannot do without/.test(d.prompt))).toBe(false);
		// Marsh's two claims are about one subject: she is never a decoy for her own side.
		const own = drafts.filter(
			(d) => d.rule === 'point-of-view-agree' && d.answer.endsWith('Marsh')
		);
		for (const d of own) expect(d.options?.filter((o) => o.endsWith('Marsh'))).toHaveLength(1);
	});
});

describe('a cause after "was due to"', () => {
	it('asks nothing when the clause before the marker ends on its verb', () => {
		const article = {
			title: 'Ranking',
			paragraphs: [
				'The low ranking the town received last year was due to the closure of its two largest factories.',
				'Heavy rain over the weekend led to flooding in the tunnel under the ring road.',
				'Evening services were cut by half because of a shortage of spare carriages at the depot.',
				'The new timetable introduced in September led to longer waits at the smaller stations.',
				'A strike by cleaning staff in the spring led to dirtier carriages on the late trains.'
			]
		};
		const all = causeEffectQuestions({ analysis: analyseArticle(article), seed: 0 });
		expect(all.length).toBeGreaterThan(0);
		expect(all.filter((d) => /\bwas\?$/.test(d.prompt)).map((d) => d.prompt)).toEqual([]);
	});
});
