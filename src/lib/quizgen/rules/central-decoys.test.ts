import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../analyse';
import { ledeQuestion } from './central-idea';

// Our own review: a verdict without figures, later details of two forms (specifications with
// figures, plain remarks) and one remark whose speaker is only "he".
const TITLE = 'The Nimbus kettle is the quietest kettle yet';
const VERDICT = 'The Nimbus kettle is the quietest kettle on the market today.';
const FIGURES = [
	'It holds 1.7 litres and boils a full jug in 3 minutes and 40 seconds.',
	'The base draws 2,200 watts and the cord is 75 centimetres long.',
	'The jug weighs 1.2 kilograms when empty and comes with a 2-year warranty.'
];
const PLAIN = [
	'The lid opens with a button on the top of the handle.',
	'The steel body stays cool enough to touch on the outside.'
];
const HE_NOTED = 'If buyers fill it too often, he noted, the filter may clog quickly.';
const question = (later: string[]) =>
	ledeQuestion(
		{ analysis: analyseArticle({ title: TITLE, paragraphs: [VERDICT, ...later] }), seed: 0 },
		new Set()
	);

describe('central-idea decoys in the key’s form', () => {
	it('tops up with no figures beside a key without any', () => {
		const d = question([...FIGURES, ...PLAIN]);
		expect(d?.answer).toBe(VERDICT);
		expect(d?.options?.length).toBeGreaterThanOrEqual(3);
		for (const o of d?.options ?? []) expect(o).not.toMatch(/\d/);
	});

	it('never offers a remark whose speaker is only a pronoun', () => {
		const near = 'The kettle was tested in a kitchen over two weeks of use.';
		const d = question([near, HE_NOTED, ...PLAIN, ...FIGURES]);
		expect(d?.options?.length).toBeGreaterThanOrEqual(3);
		for (const o of d?.options ?? []) expect(o).not.toMatch(/, he noted,/);
	});

	it('asks nothing when only details with figures are left', () => {
		expect(question([...FIGURES, ...FIGURES.map((s) => s.replace(/\d/g, '9'))])).toBeNull();
	});
});

describe('central-idea decoys that read alone', () => {
	// Judged: "The fact that it can't be mass-produced has made …": "fact" is no antecedent, so
	// the reader of the option cannot tell what "it" is.
	it('never offers a sentence whose pronoun follows only a word like "fact"', () => {
		const shell = 'The fact that it cannot be made by machine has kept its price high for years.';
		const tested = 'The kettle was tested in a kitchen over two weeks of use.';
		const d = question([PLAIN[0] as string, shell, PLAIN[1] as string, tested]);
		expect(d?.answer).toBe(VERDICT);
		expect(d?.options).toContain(tested);
		expect(d?.options).not.toContain(shell);
	});
});

describe('central-idea decoys that argue the case', () => {
	// Judged: beside an opinion column's news peg, "Without the ability to protect sources,
	// journalists would be greatly handicapped …" was at least as central as the key.
	it('never offers a general claim of what would or must follow', () => {
		const claim =
			'Without a quiet kettle, early risers would have to wake the whole house to make tea.';
		const tested = 'The kettle was tested in a kitchen over two weeks of use.';
		const d = question([PLAIN[0] as string, claim, PLAIN[1] as string, tested]);
		expect(d?.answer).toBe(VERDICT);
		expect(d?.options).toContain(tested);
		expect(d?.options).not.toContain(claim);
	});
});
