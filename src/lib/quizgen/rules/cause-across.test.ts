/**
 * Cause and effect across two sentences ("That is why …", "The move sparked …", "The decision
 * came after …", "Therefore, …"), and the wrong options drawn from links no question rests on,
 * each on an invented harbour-town article.
 */
import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../analyse';
import { causeEffectQuestions, causeSides, askableLinks, statedReasons } from './cause-effect';
import { linksIn } from './cause-links';

const pair = (first: string, second: string) => {
	const analysis = analyseArticle({ title: 'Harbour news', paragraphs: [`${first} ${second}`] });
	const [a, b] = analysis.sentences;
	return linksIn(b!, a)[0];
};

const article = (paragraphs: string[]) => analyseArticle({ title: 'Harbour news', paragraphs });

describe('links across two sentences', () => {
	it('reads "That is why Y" as Y caused by the sentence before', () => {
		const link = pair(
			'The harbour wall was rebuilt two metres higher after the winter storms.',
			'That is why the fish market no longer floods at high tide.'
		);
		expect(link?.cause).toBe(
			'The harbour wall was rebuilt two metres higher after the winter storms'
		);
		expect(link?.ask).toBe('cause');
		expect(link?.prompt).toBe(
			'According to paragraph 1, what is the reason that the fish market no longer floods at high tide?'
		);
		expect(link?.to).not.toBe(link?.from);
	});

	it('reads "The move sparked Y" and "The decision came after Y"', () => {
		const sparked = pair(
			'The council closed the old footbridge to cyclists in March.',
			'The move sparked protests among shop owners on the quay.'
		);
		expect(sparked?.prompt).toBe(
			'According to paragraph 1, what sparked protests among shop owners on the quay?'
		);
		expect(sparked?.cause).toBe('The council closed the old footbridge to cyclists in March');
		const after = pair(
			'The ferry company cut its winter timetable to two crossings a day.',
			'The decision came after a sharp fall in passenger numbers.'
		);
		expect(after?.cause).toBe('a sharp fall in passenger numbers');
		expect(after?.phrase).toBe(true);
		expect(after?.prompt).toMatch(/^According to paragraph 1, .*ferry company cut its winter/);
	});

	it('reads "Therefore, Y" as what followed the sentence before', () => {
		const link = pair(
			'The lifeboat crew lost its only trained mechanic in the spring.',
			'Therefore, the boat stayed on its slipway for most of the summer.'
		);
		expect(link?.ask).toBe('effect');
		expect(link?.effect).toBe('the boat stayed on its slipway for most of the summer');
	});

	it('asks nothing when the sentence before leans on another ("It was …")', () => {
		expect(
			pair('It was rebuilt two metres higher.', 'That is why the fish market no longer floods.')
		).toBeUndefined();
	});
});

describe('one-sentence shapes', () => {
	it('reads ", so many …" as a result, not as "so many"', () => {
		const [link] = askableLinks(
			article([
				'Digging by hand is also slow in frozen ground, so many repairs to the quay are put off.'
			])
		);
		expect(link?.effect).toBe('many repairs to the quay are put off');
		expect(link?.prompt).toMatch(
			/^Paragraph 1 says that digging by hand is slow in frozen ground\./
		);
	});

	it('takes a noun-phrase reason of up to twelve words', () => {
		const [link] = askableLinks(
			article([
				'Fishing crews protested outside the town hall after the sale of the last working boatyard to a hotel chain.'
			])
		);
		expect(link?.cause).toBe('the sale of the last working boatyard to a hotel chain');
	});
});

describe('wrong options from every stated cause', () => {
	it('finds a reason opening its clause and drops an editor’s insertion', () => {
		const reasons = statedReasons(
			article([
				'Because the quay [on the north side] was too short, the cruise ships anchored offshore.',
				'The shop was busy all day, but because of the noise, the staff moved to the back room.'
			])
		).map((r) => r.marked);
		expect(reasons).toContain('Because the quay was too short.');
		expect(reasons).toContain('Because of the noise.');
	});

	it('takes causes and effects from quoted sentences and from ", leading to …"', () => {
		const analysis = article([
			'The old ferry ran aground on a sandbank, leading to a ban on night crossings, new buoys and a review.',
			'“The crossing closed because the channel had silted up,” the harbour master said.',
			'Shops on the quay reported a quiet week.'
		]);
		const sides = causeSides(analysis, askableLinks(analysis)).map((s) => s.text);
		expect(sides).toContain('A ban on night crossings');
		expect(sides).toContain('The channel had silted up.');
	});

	it('asks across two sentences with wrong reasons stated elsewhere', () => {
		const drafts = causeEffectQuestions({
			analysis: article([
				'The harbour wall was rebuilt two metres higher after the winter storms. That is why the fish market no longer floods at high tide.',
				'Stall holders sell crab and mackerel every morning from six.',
				'The ferry stopped running in March because the engine failed an inspection.',
				'Visitors come mostly in August, when the sailing regatta fills the bay.',
				'The school closed its pool because the heating bill had tripled since the winter.'
			]),
			seed: 0
		});
		const market = drafts.find((d) => /fish market/.test(d.prompt));
		expect(market?.answer).toBe(
			'The harbour wall was rebuilt two metres higher after the winter storms.'
		);
		expect(market?.options).toContain('The engine failed an inspection.');
	});

	it('takes sides from a gerund subject, a possible result and ", setting the stage for …"', () => {
		const analysis = article([
			'Dredging the channel every spring has resulted in deeper berths for the trawlers.',
			'Engineers found that small cracks in the sea wall could lead to sudden breaches.',
			'But the port has grown quickly since a new road opened, setting the stage for a second marina.',
			'Even the short walk to the lighthouse can be slow because the path has worn away.'
		]);
		const sides = causeSides(analysis, askableLinks(analysis)).map((s) => s.text);
		expect(sides).toEqual(
			expect.arrayContaining([
				'Dredging the channel every spring',
				'Small cracks in the sea wall',
				'Sudden breaches',
				'A second marina',
				'The port has grown quickly since a new road opened.',
				'The short walk to the lighthouse can be slow.'
			])
		);
		// "could lead to" is stated, not a fact: no question rests on it.
		expect(askableLinks(analysis).some((l) => /cracks/.test(l.cause))).toBe(false);
		// ", setting the stage for" may hang on "has grown" or on "a new road opened": not asked.
		expect(askableLinks(analysis).some((l) => /marina/.test(l.effect))).toBe(false);
	});

	it('asks nothing of a clause cut before its complement ("but mostly that\'s due to")', () => {
		const analysis = article([
			"Booking a table at the harbour café is quick and easy, but mostly that's due to a new website."
		]);
		expect(askableLinks(analysis)).toEqual([]);
	});
});
