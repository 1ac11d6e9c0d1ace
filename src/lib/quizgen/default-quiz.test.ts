import { describe, expect, it } from 'vitest';
import { allFixtures, cartelCrackdown } from './fixtures';
import { clutteredReport, ferryVote } from './fixtures/comprehension';
import { generateQuestions } from './generate';
import type { ArticleInput, QuestionDraft } from './types';

/** Our own: results told in the same sentence as their cause (", so …"), and other reasons. */
const coldWeek: ArticleInput = {
	title: 'A Cold Week Slows the Road Crews of Millbrook',
	paragraphs: [
		'Road crews in Millbrook fell two weeks behind on repairs this month after a long cold spell, the town’s works department said.',
		'The asphalt plant cannot mix hot tar below freezing, so most pothole repairs across the town have been postponed until March.',
		'Frozen soil is hard to dig by hand, so several trenches near the water mains have been left open under steel plates.',
		'The snowploughs ran every night for a week, so the crews had little time left for the broken kerbs on the high street.',
		'Salt supplies ran low on Thursday because the delivery lorries could not reach the depot on the hill road.',
		'The library opened late on Monday because its boiler failed during the night.',
		'“We are doing what the weather lets us do,” said Dana Pike, who runs the works department.',
		'Shop owners on the high street say the broken kerbs have kept some customers away since the new year.',
		'The council will review the works budget in April, when the cost of the cold spell is known.'
	]
};

const articles: Array<[string, ArticleInput]> = Object.entries({
	...allFixtures,
	ferryVote,
	clutteredReport,
	coldWeek
});

// Blind judges (issue 11) rejected these shapes round after round: "Who said …?" with no options
// (the student copies the name beside the quoted words), "Who did …?" (the prompt's words matched
// to the sentence), a paragraph's main idea (details as central as the key), and a cause or a
// result asked within its own sentence (one half of it copied into the prompt, the other the key).
const MIX_ONLY = /^(?:who-did|who-did-pronoun|central-idea-paragraph)$/;
const ONE_SENTENCE_CAUSE = /^cause-effect-(?:cause|effect)$/;
/** A cause and its effect told in one sentence: one full stop, at its end. */
const oneSentence = (article: ArticleInput, d: QuestionDraft) =>
	!/[.!?][”"’]?\s+\S/.test(
		article.paragraphs[d.evidence.paragraph]?.slice(d.evidence.start, d.evidence.end) ?? ''
	);

describe('a default quiz', () => {
	it('never types a name', () => {
		for (const [name, article] of articles) {
			const typed = generateQuestions(article).filter((d) => d.kind === 'short_answer');
			expect(
				typed.map((d) => d.prompt),
				name
			).toEqual([]);
		}
	});

	it('leaves out the shapes judges rejected', () => {
		for (const [name, article] of articles) {
			const rejected = generateQuestions(article).filter(
				(d) => MIX_ONLY.test(d.rule) || (ONE_SENTENCE_CAUSE.test(d.rule) && oneSentence(article, d))
			);
			expect(
				rejected.map((d) => d.prompt),
				name
			).toEqual([]);
		}
	});
});

describe("a teacher's mix", () => {
	it('still asks for a typed name and "who did" when recall is asked for', () => {
		const recall = generateQuestions(cartelCrackdown, { mix: { 'key-details': 20 } });
		expect(recall.some((d) => d.kind === 'short_answer')).toBe(true);
		expect(recall.some((d) => d.rule.startsWith('who-did'))).toBe(true);
	});

	it('still asks why, within one sentence, when cause and effect is asked for', () => {
		const causes = articles.flatMap(([, article]) =>
			generateQuestions(article, { mix: { 'cause-effect': 5 } })
		);
		expect(causes.some((d) => d.rule === 'cause-effect-cause')).toBe(true);
	});

	it('still asks what followed, within one sentence, when cause and effect is asked for', () => {
		const results = generateQuestions(coldWeek, { mix: { 'cause-effect': 3 } });
		expect(results.some((d) => d.rule === 'cause-effect-effect')).toBe(true);
	});
});
