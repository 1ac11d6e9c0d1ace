/**
 * Properties a strict teacher checks on any article, asserted over every fixture (the seed and
 * the unseen-style ones: an interview, a match report, a trial, an economics story, a study and
 * a story full of two-word city names). Each guards a failure seen on an article the engine had
 * not met before. Every test lists the drafts that break it, so a failure names them.
 */
import { describe, it, expect } from 'vitest';
import { analyseArticle } from './analyse';
import { allFixtures } from './fixtures';
import { clutteredReport, ferryVote } from './fixtures/comprehension';
import { generateQuestions } from './generate';
import { fold } from './text';
import type { ArticleInput, QuestionDraft } from './types';

const fixtures = Object.entries({ ...allFixtures, ferryVote, clutteredReport }) as Array<
	[string, ArticleInput]
>;

const spanOf = (article: ArticleInput, d: QuestionDraft) =>
	article.paragraphs[d.evidence.paragraph]?.slice(d.evidence.start, d.evidence.end) ?? '';

/** A question whose key is a person: "Who …?" (Part A too) and "Who said: “…”?". */
const asksWho = (d: QuestionDraft) =>
	/^(?:Part A: )?Who\b/.test(d.prompt) || d.kind === 'quote_attribution';

const statementOf = (d: QuestionDraft) => d.prompt.replace(/^True or false\? /, '');

/** The drafts each property below reads: without them a property holds of nothing. */
const SHAPES = {
	who: asksWho,
	quote: (d: QuestionDraft) => d.kind === 'quote_attribution',
	falseStatement: (d: QuestionDraft) => d.kind === 'true_false' && d.answer === 'False',
	// A true/false item either way: True ones restate their sentence (rules/restate.ts).
	statement: (d: QuestionDraft) => d.kind === 'true_false',
	// "Who said: …", offered with four names or typed when the article quotes fewer people.
	saidBy: (d: QuestionDraft) => d.prompt.startsWith('Who said:'),
	swap: (d: QuestionDraft) => d.rule === 'fact-swap',
	organisation: (d: QuestionDraft) =>
		/^(?:Part A: )?Which (?:team|organisation) (?!completes)/.test(d.prompt)
};

/**
 * What each fixture is here for: the drafts its properties read (`reads`) and the rules it must
 * fire (`rules`). A rule that stops firing on the article written for it fails here by name,
 * rather than leaving the properties below to hold of nothing.
 */
const PURPOSE: Record<string, { reads: Array<keyof typeof SHAPES>; rules: string[] }> = {
	// Sheinbaum's only rival who also speaks is Trump: her quote is asked as a typed "Who …".
	// She is the headline's news, so "why include her quotation" is not asked.
	// Its lede restates its headline: no central-idea item (giveaways.ts).
	cartelCrackdown: { reads: ['who'], rules: ['who-did', 'fact-swap'] },
	coralSurvey: {
		reads: ['falseStatement', 'swap'],
		rules: ['fact-completion', 'cloze-fact', 'fact-swap']
	},
	busLaneVote: {
		reads: ['who', 'quote'],
		rules: ['quote-named-speaker', 'text-structure-quotation']
	},
	// One figure sentence is a blank; the other may come back True (restated) or False.
	libraryBrief: { reads: ['statement'], rules: ['cloze-fact', 'fact-completion', 'fact-swap'] },
	// Nobody is named: the figures still make a quiz. No central idea: its second sentence
	// ("nurses there treat more than 200 patients") is a figure, and beside the first, which has
	// none, every later detail but one carries figures (a tell).
	nightShift: { reads: [], rules: ['cloze-fact', 'fact-completion'] },
	// The figures inside her answers are still asked, naming her as the speaker.
	harbourInterview: { reads: [], rules: ['fact-completion'] },
	// Three people speak: a quote has two rivals, too few for four options, so it is typed.
	cupFinal: { reads: ['who', 'saidBy'], rules: ['who-did', 'quote-named-speaker'] },
	// No two people share a stated role here, so no person swap is sound (roles.ts).
	fraudTrial: {
		reads: ['who', 'organisation'],
		rules: ['who-did', 'quote-named-speaker', 'fact-completion']
	},
	// No two speakers here are read as opposed, so no "who would agree" (it would only match words to a name).
	rateRise: { reads: ['who'], rules: ['who-did-pronoun', 'cloze-fact'] },
	// Fewer than two rival speakers the quote does not name: no quote attribution.
	sleepStudy: {
		reads: ['falseStatement'],
		rules: ['fact-swap', 'quote-named-speaker', 'text-structure-counterpoint']
	},
	riverCities: { reads: ['swap', 'falseStatement'], rules: ['fact-swap', 'who-did'] },
	// Every comprehension cue at once.
	ferryVote: {
		reads: ['who', 'swap'],
		rules: [
			'central-idea-lede',
			'cause-effect-cause',
			'claim-evidence-support',
			'point-of-view-agree',
			'point-of-view-contrast',
			'sequence-first',
			'text-structure-counterpoint'
		]
	},
	// Captions and a footer the cleaner let through: a brief whose sound items are figure
	// completions from its body (it states too few causes for a cause-effect item, whose wrong
	// options must be causes the article states).
	clutteredReport: { reads: [], rules: ['fact-completion'] }
};

describe.each(fixtures)('a strict reading of every draft for %s', (name, article) => {
	// The default quiz keeps recall to a third and leaves some shapes to a teacher's mix: those
	// mixes are read as well.
	const drafts = [
		...generateQuestions(article),
		...generateQuestions(article, { mix: { 'key-details': 30 } }),
		...generateQuestions(article, { mix: { 'cause-effect': 5, 'claim-evidence': 5 } })
	];

	const { reads, rules } = PURPOSE[name] ?? { reads: [], rules: [] };
	it.each(reads)('yields the %s drafts its properties read', (shape) => {
		expect(drafts.filter(SHAPES[shape]).length).toBeGreaterThan(0);
	});
	it.each(rules)('fires the %s rule it is here for', (rule) => {
		expect(drafts.map((d) => d.rule)).toContain(rule);
	});

	const analysis = analyseArticle(article);
	const personMentions = analysis.mentions.filter((m) => m.type === 'person');
	// A person may be offered by full name or surname.
	const people = new Set(personMentions.flatMap((m) => [m.text, m.text.split(/\s+/).pop()]));
	const longNames = analysis.mentions.filter(
		(m) => (m.type === 'place' || m.type === 'organisation') && /\s/.test(m.text)
	);
	const fragments = new Set(longNames.flatMap((m) => m.text.split(/\s+/)));

	it('never offers a piece of a multi-word place or organisation as a person', () => {
		const bad = drafts
			.filter(asksWho)
			.flatMap((d) => [d.answer, ...(d.options ?? [])].filter((o) => fragments.has(o)));
		expect(bad).toEqual([]);
	});

	it('answers every "Who" question with a person and offers only people', () => {
		const bad = drafts
			.filter(asksWho)
			.filter((d) => ![d.answer, ...(d.options ?? [])].every((o) => people.has(o)));
		expect(bad.map((d) => `${d.prompt} → ${d.answer}`)).toEqual([]);
	});

	it('never shows doubled quotation marks', () => {
		expect(drafts.map((d) => d.prompt).filter((p) => /[“”"]{2}/.test(p))).toEqual([]);
	});

	it('never cites a question or an interviewer’s line, nor offers one as Part B', () => {
		const bad = drafts.filter(
			(d) =>
				spanOf(article, d).trim().endsWith('?') ||
				(d.partB?.options ?? []).some((o) => o.trim().endsWith('?'))
		);
		expect(bad.map((d) => d.prompt)).toEqual([]);
	});

	it('states no true/false item with a pronoun it does not resolve', () => {
		const bad = drafts
			.filter((d) => d.kind === 'true_false')
			.filter((d) => {
				const statement = statementOf(d).replace(/“[^”]*”/g, '');
				const pronoun = /\b(?:he|she|him|her|they|them)\b/i.exec(statement);
				if (!pronoun) return false;
				const before = statement.slice(0, pronoun.index);
				return !personMentions.some((p) => before.includes(p.text));
			});
		expect(bad.map((d) => d.prompt)).toEqual([]);
	});

	it('makes false statements that are false: never a sentence of the article', () => {
		const text = fold(article.paragraphs.join(' '));
		const bad = drafts
			.filter((d) => d.kind === 'true_false' && d.answer === 'False')
			.filter((d) => text.includes(fold(statementOf(d).replace(/\.$/, ''))));
		expect(bad.map((d) => d.prompt)).toEqual([]);
	});

	it('swaps a fact only for one of the same type', () => {
		const typeOf = new Map(analysis.mentions.map((m) => [m.text, `${m.type}/${m.subtype}`]));
		for (const m of personMentions) typeOf.set(m.text.split(/\s+/).pop() ?? '', 'person/short');
		const swaps = drafts.filter((d) => d.rule === 'fact-swap');
		const bad = swaps.filter((d) => {
			const [, real = '', fake = ''] = /it was (.+), not (.+)\.$/.exec(d.explanation) ?? [];
			const realType = typeOf.get(real) ?? '';
			const fakeType = typeOf.get(fake) ?? '';
			// A swapped-in figure or place may come from the built-in sets, not the article.
			if (!typeOf.has(fake)) return !/^(?:number|percent|money|date|place)\//.test(realType);
			return realType !== fakeType;
		});
		expect(bad.map((d) => d.prompt)).toEqual([]);
	});

	it('asks "Which team" or "Which organisation" only about organisations', () => {
		const orgs = new Set(
			analysis.mentions.filter((m) => m.type === 'organisation').map((m) => m.text)
		);
		const bad = drafts
			.filter((d) => /^(?:Part A: )?Which (?:team|organisation) (?!completes)/.test(d.prompt))
			.filter((d) => !orgs.has(d.answer));
		expect(bad.map((d) => d.prompt)).toEqual([]);
	});
});

it('names what every fixture is here for, and a rule for each', () => {
	expect(Object.keys(PURPOSE).sort()).toEqual(fixtures.map(([name]) => name).sort());
	const idle = Object.entries(PURPOSE).filter(([, p]) => p.rules.length === 0);
	expect(idle).toEqual([]);
});

it('feeds every property at least one fixture', () => {
	const read = new Set(Object.values(PURPOSE).flatMap((p) => p.reads));
	expect(Object.keys(SHAPES).filter((shape) => !read.has(shape as keyof typeof SHAPES))).toEqual(
		[]
	);
});

it('asks no "who" question of a text that names nobody', () => {
	expect(generateQuestions(allFixtures.nightShift).filter(asksWho)).toEqual([]);
});

describe('the interview fixture', () => {
	const article = allFixtures.harbourInterview;
	const drafts = generateQuestions(article);

	it('never states what the interviewer asked', () => {
		const interviewer = article.paragraphs
			.map((p, i) => (/\?\s*$/.test(p) && !/[“”]/.test(p) ? i : -1))
			.filter((i) => i >= 0);
		expect(interviewer).toHaveLength(4);
		const bad = drafts.filter((d) => interviewer.includes(d.evidence.paragraph));
		expect(bad.map((d) => d.prompt)).toEqual([]);
	});

	it('never takes the city that appointed her for the woman it appointed', () => {
		const bad = drafts.filter(
			(d) => /Alegre/.test(d.answer) && /^Who\b/.test(d.prompt.replace(/^Part A: /, ''))
		);
		expect(bad).toEqual([]);
		expect(drafts.flatMap((d) => d.options ?? [])).not.toContain('Alegre');
	});

	it('still asks about the figures inside her answers, naming her as the speaker', () => {
		const recall = generateQuestions(article, { mix: { 'key-details': 30 } });
		const quoted = recall.filter((d) => d.prompt.includes('what Ferreira said in paragraph 3'));
		expect(quoted.map((d) => d.answer)).toContain('5.3');
	});
});
