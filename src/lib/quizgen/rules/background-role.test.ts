import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../analyse';
import { generateQuiz } from '../generate';
import { ROLE_TEXT, textStructureQuestions } from './text-structure';
import { OTHER_ROLE_TEXT } from './role-decoys';

// Our own article: a paragraph that opens on a year long before the news (background), one whose
// look back comes only in its second sentence (legal context), and two quoted voices.
const ARTICLE = {
	title: 'Harbour towns weigh a ferry subsidy after a winter of losses',
	paragraphs: [
		'Three harbour towns on the east coast are weighing a joint subsidy to keep their ferries running through the winter of 2024.',
		'The towns have lost passengers every month since the new coast road opened, and the ferries now run at a loss on most days.',
		'In 1988, when the ferry to Calder stopped running, the town lost its bank, its school and most of its shops within two years.',
		'“The subsidy buys time, but it does not fix the fall in passengers,” said Ines Varga, a senior fellow at the Coastal Policy Institute.',
		'The regional council asked the towns for a plan before the spring of 2024.',
		'“We will not let the crossing close while we are in charge of it,” council press secretary Tom Reyes told reporters on the quay.',
		'The towns will vote on the subsidy in March 2024, after a public meeting in each of them.',
		'The ferry law sets out who may run a crossing. In the past, courts have ruled that a town may pay a private operator to run one.',
		'The towns will share the cost of the subsidy according to how many passengers each of them sends across the bay.'
	]
};

describe('text structure: a background paragraph', () => {
	const drafts = textStructureQuestions({ analysis: analyseArticle(ARTICLE), seed: 0 });
	const at = (paragraph: number) => drafts.find((d) => d.evidence.paragraph === paragraph);

	it('asks why a paragraph that opens on a past year is there, keyed as background', () => {
		const d = at(2);
		expect(d?.prompt).toBe('Why does the author include paragraph 3?');
		expect(d?.answer).toBe(ROLE_TEXT.background);
		// A dated event told as history is often an example too: never a wrong option.
		expect(d?.options).not.toContain(ROLE_TEXT.example);
		expect(d?.options).toContain(OTHER_ROLE_TEXT.outlook);
		// No study in a story on ferries: "how a study was carried out" would be absurd.
		expect(d?.options).not.toContain(OTHER_ROLE_TEXT.method);
		expect(d?.options).toHaveLength(4);
	});

	it('never calls legal context background when the look back comes second', () => {
		expect(at(7)?.answer).not.toBe(ROLE_TEXT.background);
	});

	// Two quotation questions offer one menu twice (a blind judge's finding): one per quiz, beside
	// the background question, whose menu differs.
	it('keeps a background and one quotation question in one quiz', () => {
		const quiz = generateQuiz(ARTICLE, { mix: { 'text-structure': 3 } }).drafts;
		expect(quiz.map((d) => d.answer)).toContain(ROLE_TEXT.background);
		expect(quiz.filter((d) => d.rule === 'text-structure-quotation')).toHaveLength(1);
	});
});
