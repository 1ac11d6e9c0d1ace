import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../analyse';
import { titleGiveaway } from '../giveaways';
import { ledeQuestion } from './central-idea';

// Our own news story: a lede restating the headline, minor details that name none of it, and
// one later detail that names the headline's subject but states only a part of the story.
const TITLE = 'Seaside town backs a flood barrier for its harbour';
const KEY =
	'The Marlow council has voted to build a flood barrier that will shield the old harbour from winter storms.';
const ECHO =
	'Fishing boats will leave the harbour by a narrower channel once the barrier is built.';
// Headline words the key leaves out: it echoes the headline, not the key's subject.
const BY_THE_WAY =
	'Seaside town traders say the busy summer season brought record numbers of visitors to the shops.';
const PARAPHRASE =
	'Councillors chose the barrier so that winter storms can no longer batter the harbour walls.';
const STORY = [
	KEY,
	'Work on the wall of steel and concrete is due to begin in the spring and last two years.',
	'Storms flooded the waterfront shops last winter, and the barrier is meant to stop that.',
	'Engineers from a firm in the north drew up the plans after a year of tide measurements.',
	ECHO,
	'Several shop owners asked the council to keep the seafront road open during the work.',
	'The old stone jetty will be repaired with money left over from a regional grant.',
	'A local rowing club plans to hold its summer regatta further up the river this year.',
	'Residents can see the drawings at the library on weekday afternoons until the autumn.',
	'The flood barrier and the harbour works were the only items on the agenda that evening.'
];

const question = (paragraphs: string[]) =>
	ledeQuestion({ analysis: analyseArticle({ title: TITLE, paragraphs }), seed: 0 }, new Set());

describe('central-idea decoys that echo the headline', () => {
	it('offers a narrower detail naming the headline’s subject, so the key is no giveaway', () => {
		const d = question(STORY);
		expect(d?.answer).toBe(KEY);
		expect(d?.options).toContain(ECHO);
		expect(d && titleGiveaway(d, TITLE)).toBe(false);
	});

	it('leaves the giveaway for `generate.ts` to drop when no narrower detail echoes it', () => {
		const d = question(STORY.filter((p) => p !== ECHO));
		expect(d?.answer).toBe(KEY);
		expect(d && titleGiveaway(d, TITLE)).toBe(true);
	});

	it('prefers a detail naming the key’s subject to one echoing other headline words', () => {
		const d = question([...STORY, BY_THE_WAY]);
		expect(d?.options).toContain(ECHO);
		expect(d?.options).not.toContain(BY_THE_WAY);
	});

	it('never offers a restatement of the key as an echoing decoy', () => {
		const d = question([...STORY.filter((p) => p !== ECHO), PARAPHRASE]);
		expect(d?.answer).toBe(KEY);
		expect(d?.options).not.toContain(PARAPHRASE);
	});
});
