import { describe, expect, it } from 'vitest';
import { generateQuiz } from './generate';
import { titleGiveaway, topicGiveaway } from './giveaways';

// Our own article in the judged shape: the lede restates the headline, and every later sentence
// is about something else, so a central-idea item on the lede has decoys sharing none of it.
const TITLE = 'Marlow library to open on Sundays after volunteers step in';
const PARAGRAPHS = [
	'The public library in Marlow will open on Sundays from next month after a group of volunteers offered to staff it.',
	'The building was designed in 1904 by an architect who also drew the plans for the railway station.',
	'A mural of the river painted by local schoolchildren covers the wall beside the reading room.',
	'Parking on the high street has been limited to two hours since the council changed the rules.',
	'The café across the square sells more soup in January than in any other month of the year.',
	'Several shops on the square have changed hands in the past decade as rents have risen sharply.',
	'The river flooded the lower car park twice last winter, and the council has ordered new barriers.',
	'Children from the primary school visit the museum upstairs each spring to see the old printing press.'
];

describe('giveaways', () => {
	it('drops a central-idea item whose key alone restates the headline', () => {
		const { drafts } = generateQuiz({ title: TITLE, paragraphs: PARAGRAPHS }, { count: 20 });
		const central = drafts.filter((d) => d.skill === 'central-idea');
		for (const d of central) expect(titleGiveaway(d, TITLE)).toBe(false);
		expect(central.map((d) => d.answer).join(' ')).not.toMatch(/open on Sundays/);
	});

	it('keeps one whose wrong options echo the headline as much as the key', () => {
		const draft = {
			skill: 'central-idea',
			prompt: 'Which statement best expresses the central idea of the article?',
			answer: 'The Marlow library will open on Sundays because volunteers will staff it.',
			options: [
				'The Marlow library will open on Sundays because volunteers will staff it.',
				'The Marlow library will close on Sundays because volunteers have left it.',
				'Volunteers in Marlow will open a second library on Sundays in the school.'
			]
		};
		expect(titleGiveaway(draft, TITLE)).toBe(false);
	});

	it('flags a key that alone names the topic of its claim', () => {
		const draft = {
			skill: 'claim-evidence',
			prompt:
				'In paragraph 4, the author claims that frost brings more gas leaks. Which sentence from the article best supports this claim?',
			answer: 'The gas company records twice as many leaks in frost as in summer.',
			options: [
				'The gas company records twice as many leaks in frost as in summer.',
				'The council has spent more on road repairs this year than last.',
				'Old pipes made of thick iron tend to last longer than new ones.'
			]
		};
		expect(topicGiveaway(draft)).toBe(true);
		expect(
			topicGiveaway({ ...draft, options: [...draft.options.slice(0, 2), 'Gas leaks fell.'] })
		).toBe(false);
	});

	it('reads a quoted sentence in the prompt as context, not as the topic', () => {
		const draft = {
			skill: 'word-meaning',
			prompt:
				'The article says: “Rumours that the mill might close spread quickly.” What does “rumour” most nearly mean?',
			answer: 'A story that might be true',
			options: ['A story that might be true', 'A loud noise', 'A sudden fall']
		};
		expect(topicGiveaway(draft)).toBe(false);
	});
});
