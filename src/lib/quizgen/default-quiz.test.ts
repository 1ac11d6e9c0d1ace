import { describe, expect, it } from 'vitest';
import { allFixtures, cartelCrackdown } from './fixtures';
import { clutteredReport, ferryVote } from './fixtures/comprehension';
import { generateQuestions } from './generate';
import type { ArticleInput, QuestionDraft } from './types';

const articles: Array<[string, ArticleInput]> = Object.entries({
	...allFixtures,
	ferryVote,
	clutteredReport
});

// Blind judges (issue 11) rejected these shapes round after round: "Who said …?" with no options
// (the student copies the name beside the quoted words), "Who did …?" (the prompt's words matched
// to the sentence), a paragraph's main idea (details as central as the key), and a cause asked
// within its own sentence (the "because" clause copied).
const MIX_ONLY = /^(?:who-did|who-did-pronoun|central-idea-paragraph)$/;
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
				(d) => MIX_ONLY.test(d.rule) || (d.rule === 'cause-effect-cause' && oneSentence(article, d))
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
});
