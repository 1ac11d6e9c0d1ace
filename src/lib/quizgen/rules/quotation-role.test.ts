import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../analyse';
import { textStructureQuestions } from './text-structure';
import { voiceIn } from './quotation-role-options';

/** The quotation question on paragraph `paragraph` (0-based): its prompt names the paragraph. */
const asksAbout = (d: { prompt: string }, paragraph: number) =>
	d.prompt.endsWith(`quotation in paragraph ${paragraph + 1}?`);
const voicesOf = (d?: { options?: string[] }) => (d?.options ?? []).map(voiceIn);

// Our own article: a paragraph that is an economist's words, one that is a mayor's, one that
// quotes a man the article gives no role, and one in which two people speak.
const ARTICLE = {
	title: 'Dunmore ferry fares to double',
	paragraphs: [
		'Fares on the Dunmore harbour ferry will double in May, the council said on Monday, after the cost of repairs to the only boat rose sharply.',
		'The council runs the crossing at a loss and says it can no longer cover the gap from the harbour budget alone.',
		'The ferry carried fewer passengers this year than in any year since the bridge opened.',
		'Ada Roe, an economist at the University of Dunmore, has studied the ferry’s accounts for a decade. “Doubling fares will not close the gap, because fewer people will make the crossing at all,” Roe said. “The council is treating a slow decline as a sudden crisis.”',
		'A meeting in the town hall on Monday evening heard from both sides.',
		'Mayor Tom Price defended the rise. “We have kept fares low for as long as we could, and the boat must be safe before it is cheap,” Price said. “Nobody on the council wanted this.”',
		'“I cross twice a day to reach my work and I have no other way to get there,” said Sam Hart, who waited on the quay.',
		'“It is a fair price,” said Price, but Roe replied that “fair is not the same as sustainable for the town.”'
	]
};

describe('text structure: why the author includes a quotation', () => {
	const drafts = textStructureQuestions({ analysis: analyseArticle(ARTICLE), seed: 0 }).filter(
		(d) => d.rule === 'text-structure-quotation'
	);
	const at = (paragraph: number) => drafts.find((d) => asksAbout(d, paragraph));

	it('keys an expert’s view for the economist’s words', () => {
		const d = at(3);
		expect(d?.prompt).toBe('Why does the author include the quotation in paragraph 4?');
		expect(d?.explanation).toMatch(/the words of Ada Roe/);
		expect(voiceIn(d?.answer)).toBe('expert');
		expect(voicesOf(d)).toContain('official');
		expect(d?.explanation).toMatch(/economist/);
	});

	// A blind judge's finding: one fixed menu of four options repeated across articles. The
	// options name the roles this article gives its people: the economist, the mayor.
	it('words the options with the roles the article gives its speakers', () => {
		const d = at(3);
		expect(d?.answer).toBe('To give an economist’s view on the subject');
		expect(d?.options).toContain('To give a mayor’s position on the subject');
		expect(at(5)?.answer).toBe('To give a mayor’s position on the subject');
		expect(at(5)?.options).toContain('To give an economist’s view on the subject');
	});

	// Judged twice: "'Our nation is in danger,' Essid declared" keyed an official's position on a
	// role given the paragraph before, rejected when the quotation alone was cited (it never says
	// who Essid is) and again when that sentence was (the prompt names another paragraph).
	it('asks nothing when the role is given only in the paragraph before', () => {
		const before = { ...ARTICLE, paragraphs: [...ARTICLE.paragraphs] };
		const [role, ...quotation] = (ARTICLE.paragraphs[3] ?? '').split(/(?<=decade\.) /);
		before.paragraphs.splice(3, 1, role ?? '', quotation.join(' '));
		const d = textStructureQuestions({ analysis: analyseArticle(before), seed: 0 });
		const quotationAt = (i: number) =>
			d.find((x) => x.rule === 'text-structure-quotation' && asksAbout(x, i));
		expect(quotationAt(4)).toBeUndefined();
		expect(quotationAt(6)).toBeDefined();
	});

	it('cites the quotation with the sentence of its paragraph that gives the role', () => {
		expect(at(3)?.evidence).toEqual({
			paragraph: 3,
			start: 0,
			end: ARTICLE.paragraphs[3]?.indexOf(' “The council')
		});
		expect(at(3)?.explanation).toMatch(/whom the paragraph presents as an economist/);
		expect(at(5)?.explanation).toMatch(/whom the paragraph presents as a mayor/);
	});

	it('keys an official’s position for the mayor’s words', () => {
		expect(voiceIn(at(5)?.answer)).toBe('official');
		expect(voicesOf(at(5))).toContain('expert');
		// An official speaking about the events is also someone they fall on: no such wrong option.
		expect(voicesOf(at(5))).not.toContain('affected');
		expect(at(5)?.options).toHaveLength(4);
	});

	it('offers no official’s position beside an expert who also heads a body', () => {
		const headed = { ...ARTICLE, paragraphs: [...ARTICLE.paragraphs] };
		headed.paragraphs[3] = (ARTICLE.paragraphs[3] ?? '').replace(
			'an economist at the University of Dunmore',
			'an economist and president of the Dunmore Economic Society'
		);
		const d = textStructureQuestions({ analysis: analyseArticle(headed), seed: 0 }).find((x) =>
			x.explanation.includes('Roe, whom')
		);
		expect(voiceIn(d?.answer)).toBe('expert');
		expect(voicesOf(d)).not.toContain('official');
	});

	// Issue 11, blind judge: a role stated paragraphs away, and the headline's own person.
	it('asks nothing when the role is far from the quotation, or the speaker is the news', () => {
		const far = { ...ARTICLE, paragraphs: [...ARTICLE.paragraphs] };
		const [role, ...quotation] = (ARTICLE.paragraphs[3] ?? '').split(/(?<=decade\.) /);
		far.paragraphs.splice(3, 1, role ?? '', 'Gulls follow the boat.', quotation.join(' '));
		const farDrafts = textStructureQuestions({ analysis: analyseArticle(far), seed: 0 });
		expect(farDrafts.find((d) => d.explanation.includes('Roe, whom'))).toBeUndefined();
		const headline = { ...ARTICLE, title: 'Roe warns Dunmore fares will not close the gap' };
		const titled = textStructureQuestions({ analysis: analyseArticle(headline), seed: 0 });
		expect(titled.find((d) => d.explanation.includes('Roe, whom'))).toBeUndefined();
		expect(titled.find((d) => d.explanation.includes('Price, whom'))).toBeDefined();
	});

	// Naming the speaker answered a "Who said …?" on the same words in one quiz.
	it('never names the speaker in the prompt: the reader finds who speaks', () => {
		for (const d of drafts) expect(d.prompt).not.toMatch(/Roe|Price/);
	});

	it('asks nothing of a speaker without a role, or of two speakers in one paragraph', () => {
		expect(at(6)).toBeUndefined();
		expect(at(7)).toBeUndefined();
	});

	it('offers options of one form and about one length', () => {
		for (const d of drafts) {
			const lengths = (d.options ?? []).map((o) => o.split(/\s+/).length);
			expect(Math.max(...lengths) - Math.min(...lengths)).toBeLessThanOrEqual(2);
			for (const o of d.options ?? []) expect(o).toMatch(/^To (?:give|show) /);
		}
	});
});

// The demo article's shape: a head of state named by title once, quoted later as "she said".
describe('text structure: a titled official quoted as "she said"', () => {
	const paragraphs = [
		'The Dunmore ferry will stop running in May after the national government cut the grant that paid for its crossings.',
		'The decision was announced by the transport ministry on Monday and takes effect within weeks.',
		'Engineers had warned that the only boat needed a new hull, and the grant was the only money for it.',
		'Residents of the islands called on President Maria Lund to restore the grant before the summer.',
		'Lund rejected any suggestion that the grant would return this year. “We cannot pay for a crossing that so few people use every week,” she said, warning that the whole transport budget was under strain.',
		'The crossing carried about forty thousand passengers last year, most of them in the summer months.'
	];
	const d = textStructureQuestions({
		analysis: analyseArticle({ title: 'Dunmore ferry to stop', paragraphs }),
		seed: 0
	}).find((c) => c.rule === 'text-structure-quotation');

	// Her title is given only in the paragraph before the quotation: the cited text could not
	// show who speaks, and two blind judges rejected that shape.
	it('asks nothing of the quotation, since her title is in the paragraph before', () => {
		expect(d).toBeUndefined();
	});
});

describe('text structure: a quotation whose speaker is not the person named', () => {
	it('asks nothing when "she said" follows a paragraph about someone else', () => {
		const paragraphs = [
			'The Dunmore ferry will stop running in May after the council cut the grant that paid for its crossings.',
			'Professor Tom Price, an engineer at the harbour board, has spoken often about the boat.',
			'“The hull cannot be repaired again at any price,” Price said on Monday.',
			'For the deckhand, those were hard years on the crossing.',
			'To Price’s surprise, the crew kept the old boat running for another winter. “We patched the hull with whatever we could find in the shed,” she said.',
			'The crossing carried about forty thousand passengers last year.'
		];
		const drafts = textStructureQuestions({
			analysis: analyseArticle({ title: 'Dunmore ferry to stop', paragraphs }),
			seed: 0
		}).filter((c) => c.rule === 'text-structure-quotation');
		expect(drafts.find((d) => asksAbout(d, 4))).toBeUndefined();
		// A nurse who looks after "a patient" is no affected person herself.
		expect(drafts.find((d) => asksAbout(d, 6))).toBeUndefined();
	});
});

describe('text structure: a short declaration quoted', () => {
	it('asks about five quoted words a minister declares', () => {
		const paragraphs = [
			'The Dunmore ferry will stop running in May after the government cut the grant that paid for its crossings.',
			'The decision was announced by the transport ministry on Monday and takes effect within weeks.',
			'Transport Minister Ada Roe said the grant could not be renewed while the budget was under strain. “Our ferries are in danger,” Roe declared in a televised address on Monday evening. She vowed to find the money by the winter.',
			'The crossing carried about forty thousand passengers last year, most of them in the summer months.'
		];
		const d = textStructureQuestions({
			analysis: analyseArticle({ title: 'Dunmore ferry to stop', paragraphs }),
			seed: 0
		}).find((c) => c.rule === 'text-structure-quotation' && asksAbout(c, 2));
		expect(voiceIn(d?.answer)).toBe('official');
	});
});

// Issue 11: "“…,” he added." given a paragraph of its own after an expert's quotation.
describe('a quotation whose speaker is "he" in a paragraph naming nobody', () => {
	const paragraphs = [
		'Fares on the Dunmore harbour ferry will double in May, the council said on Monday.',
		'The council runs the crossing at a loss and says it can no longer cover the gap.',
		// Three quoted words: no question of its own, which would leave none for "he added".
		'“That will fail,” said Ivan Roe, an economist at the University of Dunmore.',
		'“Fewer people will make the crossing at all once the new fares start,” he added.'
	];
	const drafts = textStructureQuestions({
		analysis: analyseArticle({ title: 'Dunmore ferry fares', paragraphs }),
		seed: 0
	}).filter((d) => d.rule === 'text-structure-quotation');

	// His role is given only the paragraph before: the cited text could not show who speaks.
	it('asks nothing of it, since the role is in the paragraph before', () => {
		expect(drafts.find((x) => asksAbout(x, 3))).toBeUndefined();
	});
});

// Our own article: roles written as phrases ("a senior fellow at …", "press secretary"), a
// "Dr." title, a quotation that names other people inside it, and one speaker quoted twice.
const PHRASED = {
	title: 'Harbour towns weigh a ferry subsidy',
	paragraphs: [
		'Three harbour towns on the east coast are weighing a joint subsidy to keep their ferries running through the winter.',
		'The towns have lost passengers every year since the bridge opened, and the ferries now run at a loss on most days.',
		'“The subsidy buys time, but it does not fix the fall in passengers that Marsh and Lowe both ignore,” said Ines Varga, a senior fellow at the Coastal Policy Institute.',
		'The regional council asked the towns for a plan before the spring.',
		'“We will not let the crossing close while we are in charge of it,” council press secretary Tom Reyes told reporters on the quay.',
		'A study of the crossing was led by Dr. Lena Obi of the marine college.',
		'“Passengers come back only when the timetable is reliable for a whole year,” Dr. Obi said.',
		'The towns will vote on the subsidy in March, after a public meeting in each of them.',
		'“The price of fuel matters less than the timetable for every one of these towns,” Dr. Obi said.'
	]
};

describe('text structure: roles written as phrases', () => {
	const drafts = textStructureQuestions({ analysis: analyseArticle(PHRASED), seed: 0 }).filter(
		(d) => d.rule === 'text-structure-quotation'
	);
	const at = (paragraph: number) => drafts.find((d) => asksAbout(d, paragraph));

	it('keys an expert for a senior fellow whose quotation names other people', () => {
		expect(at(2)?.prompt).toBe('Why does the author include the quotation in paragraph 3?');
		expect(at(2)?.explanation).toMatch(/the words of Ines Varga/);
		expect(voiceIn(at(2)?.answer)).toBe('expert');
	});

	it('keys an official for a press secretary', () => {
		expect(voiceIn(at(4)?.answer)).toBe('official');
	});

	it('reads "Dr." as the role shown, and asks about one speaker once', () => {
		expect(voiceIn(at(6)?.answer)).toBe('expert');
		expect(at(8)).toBeUndefined();
	});
});

describe('text structure: an office no longer held', () => {
	const paragraphs = [
		'Three harbour towns on the east coast are weighing a joint subsidy to keep their ferries running.',
		'The towns have lost passengers every year since the bridge opened, and the ferries run at a loss.',
		'“The subsidy buys time, but it does not bring the passengers back to the quay,” said Ana Lowe, a former ambassador to Norway.',
		'The regional council asked the towns for a plan before the spring.',
		'“Ferries survive where the timetable is reliable for a whole year,” said Omar Diaz, an expert on coastal transport.'
	];
	const drafts = textStructureQuestions({
		analysis: analyseArticle({ title: 'Harbour towns weigh a subsidy', paragraphs }),
		seed: 0
	}).filter((d) => d.rule === 'text-structure-quotation');

	it('asks nothing of a former ambassador, and keys an expert "on" a subject', () => {
		expect(drafts.find((d) => asksAbout(d, 2))).toBeUndefined();
		expect(voiceIn(drafts.find((d) => asksAbout(d, 4))?.answer)).toBe('expert');
	});
});

describe('text structure: the words of someone the events fall on', () => {
	const paragraphs = [
		'The river burst its banks in Carrow on Sunday night, flooding more than two hundred homes.',
		'The council opened the school hall as a shelter and said the water would fall by Wednesday.',
		'“We lost everything on the ground floor, and nobody told us the water was coming,” said Rosa Dunne, a resident of Mill Lane.',
		'Engineers will inspect the flood wall on Monday to learn why it failed.',
		'“I have worked on this boat for twenty years and never seen the river so high,” said Jo Pike, who runs the ferry.',
		'Nurses at the town clinic worked through the night as the water rose around the building.',
		'“We moved every bed upstairs before midnight and nobody was hurt,” said Kim Ade, a nurse who looked after a patient on the ward.'
	];
	const drafts = textStructureQuestions({
		analysis: analyseArticle({ title: 'Carrow floods after river bursts its banks', paragraphs }),
		seed: 0
	}).filter((d) => d.rule === 'text-structure-quotation');

	it('keys an affected person’s reaction for a resident, and asks nothing of a worker', () => {
		expect(voiceIn(drafts.find((d) => asksAbout(d, 2))?.answer)).toBe('affected');
		expect(drafts.find((d) => asksAbout(d, 4))).toBeUndefined();
		// A nurse who looks after "a patient" is no affected person herself.
		expect(drafts.find((d) => asksAbout(d, 6))).toBeUndefined();
	});
});

describe('text structure: a role shown in other words', () => {
	const paragraphs = [
		'Three harbour towns on the east coast are weighing a joint subsidy to keep their ferries running.',
		'The towns have lost passengers every year since the bridge opened, and the ferries run at a loss.',
		'“The crossing is a lifeline and the state should pay for it,” said Senator Ana Lowe, a Carrow Democrat.',
		'The regional council asked the towns for a plan before the spring.',
		'“Damp cabins make winter colds worse for older passengers,” said Omar Diaz, MD, who treats patients in Carrow.'
	];
	const drafts = textStructureQuestions({
		analysis: analyseArticle({ title: 'Harbour towns weigh a subsidy', paragraphs }),
		seed: 0
	}).filter((d) => d.rule === 'text-structure-quotation');

	it('reads "Senator" as a legislator shown, and "MD" as a doctor', () => {
		expect(voiceIn(drafts.find((d) => asksAbout(d, 2))?.answer)).toBe('official');
		expect(voiceIn(drafts.find((d) => asksAbout(d, 4))?.answer)).toBe('expert');
	});
});

describe('text structure: a role the cited sentence itself prints', () => {
	// Judged: "To give a professor’s view" for “…,” said X, a research professor at …: the key
	// copies the cited sentence's word, a matching exercise. The plain kind asks for the inference.
	it('keys the plain kind of voice, not the article’s own role word', () => {
		const paragraphs = [...ARTICLE.paragraphs];
		paragraphs[2] = 'The council has asked the university to study the ferry’s accounts.';
		paragraphs[3] =
			'“Doubling fares will not close the gap, because fewer people will make the crossing,” said Ada Roe, an economist at the University of Dunmore.';
		const d = textStructureQuestions({
			analysis: analyseArticle({ ...ARTICLE, paragraphs }),
			seed: 0
		}).find((c) => c.rule === 'text-structure-quotation' && asksAbout(c, 3));
		expect(d?.answer).toBe('To give an expert’s view on the subject');
		for (const o of d?.options ?? []) expect(o).not.toMatch(/economist/);
	});
});

describe('text structure: an expert who also heads a body, told in the quoted sentence', () => {
	// Judged: "…,” says X, MD, president of a medical society: an official's position is as
	// defensible as an expert's view, so it is never offered as the wrong one.
	it('offers no official’s position', () => {
		const paragraphs = [...ARTICLE.paragraphs];
		paragraphs[2] = 'The council has asked doctors whether the crossing matters to patients.';
		paragraphs[3] =
			'“People miss their hospital visits when the fare goes up,” says Ada Roe, MD, president of the Dunmore Medical Society.';
		const d = textStructureQuestions({
			analysis: analyseArticle({ ...ARTICLE, paragraphs }),
			seed: 0
		}).find((c) => c.rule === 'text-structure-quotation' && asksAbout(c, 3));
		expect(voiceIn(d?.answer)).toBe('expert');
		expect(voicesOf(d)).not.toContain('official');
	});
});
