/**
 * The cause-and-effect markers beyond "because" and "led to", each on an invented sentence: the
 * link found, the question it asks, and the lookalikes (a time "since", credit "due to") refused.
 */
import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../analyse';
import { causeEffectQuestions, statedReasons } from './cause-effect';
import { linksIn } from './cause-links';
import { markedReason } from './cause-decoys';
import { structuralProblems } from '../checks';

const linkOf = (sentence: string) => {
	const analysis = analyseArticle({ title: 'Harbour news', paragraphs: [sentence] });
	const s = analysis.sentences[0]!;
	return linksIn(s, undefined)[0];
};

describe('cause-effect markers', () => {
	it('reads a "since" that gives a reason, never one that counts time', () => {
		const link = linkOf(
			'The harbour café stays open late in the summer, since the last ferry is due after nine.'
		);
		expect(link?.cause).toBe('the last ferry is due after nine');
		expect(link?.prompt).toMatch(/^According to paragraph 1, (?:why|what is the reason that) /);
		expect(
			linkOf('The old pier has been closed to visitors since the storm wrecked its railings.')
		).toBeUndefined();
		expect(
			linkOf('The ferry has run every hour since the new captain took over the route.')
		).toBeUndefined();
	});

	it('reads "which is why" with the clause before it as the reason', () => {
		const link = linkOf(
			'The bridge to the island is too narrow for lorries, which is why deliveries to the shops arrive by boat.'
		);
		expect(link?.cause).toBe('The bridge to the island is too narrow for lorries');
		expect(link?.effect).toBe('deliveries to the shops arrive by boat');
	});

	it('asks what caused a subject that "was due to" a noun phrase', () => {
		const link = linkOf(
			'The long delay to the new library was due to a shortage of roofing slate.'
		);
		expect(link?.prompt).toBe(
			'According to paragraph 1, what caused the long delay to the new library?'
		);
		expect(link?.cause).toBe('a shortage of roofing slate');
	});

	it('asks what prompted an event when "prompted" is the main verb', () => {
		const link = linkOf(
			'But the closure of the fish cannery prompted a sharp fall in school numbers.'
		);
		expect(link?.prompt).toBe(
			'According to paragraph 1, what prompted a sharp fall in school numbers?'
		);
		expect(link?.cause).toBe('the closure of the fish cannery');
	});

	it('takes "after" as a cause only for a reaction', () => {
		const link = linkOf(
			'The harbour master resigned from the board after the lifeboat was sold without a vote.'
		);
		expect(link?.cause).toBe('the lifeboat was sold without a vote');
		expect(
			linkOf('The harbour master went for a long walk on the beach after the meeting ended early.')
		).toBeUndefined();
	});

	it('reads "in response to" and "amid fears of" as noun-phrase reasons', () => {
		expect(
			linkOf('The council doubled the number of lifeguards in response to a rise in drownings.')
				?.cause
		).toBe('a rise in drownings');
		expect(
			linkOf('Fishing crews stayed in port for a week amid fears of a second storm.')?.cause
		).toBe('fears of a second storm');
	});
});

describe('wrong reasons from reasons stated anywhere', () => {
	const article = {
		title: 'Winter on the island',
		paragraphs: [
			'The island school closed for two days because the heating oil ran out during the storm.',
			'“We moved the market indoors because the square floods every spring,” said Ana Ruiz, who runs the market.',
			'Special thanks are due to the volunteers of the lifeboat crew for their work.',
			'The ferry stopped running in January because a storm damaged the landing stage.',
			'Residents say the new road matters because the clinic is on the far side of the hill, and the bus takes an hour.',
			'The post office opened late all week because the sorting van was stuck on the mainland.'
		]
	};
	const analysis = analyseArticle(article);

	it('draws on a reason inside a quotation, never on credit given with "due to"', () => {
		const texts = statedReasons(analysis).map((r) => r.text);
		expect(texts).toContain('The square floods every spring.');
		expect(texts.join(' ')).not.toMatch(/volunteers/);
	});

	it('offers it as a wrong option, every option a stated reason', () => {
		const drafts = causeEffectQuestions({ analysis, seed: 0 });
		expect(drafts.length).toBeGreaterThan(0);
		const reasons = article.paragraphs
			.flatMap((p) => p.split(/ because /).slice(1))
			.map((r) => r.split(/[,”]/)[0]!.replace(/\.$/, '').toLowerCase());
		// Stated reasons first; once they are used up, true events of other paragraphs top up.
		const events = article.paragraphs.map((p) => p.split(/ because /)[0]!.toLowerCase());
		// A reason may be shown with its marker ("Because the van was stuck."): the reason is the same.
		// The list splits reasons at a comma: "the clinic is …, and the bus …" compares by its head.
		const bare = (o: string) =>
			o
				.replace(/\.$/, '')
				.replace(/^because /i, '')
				.split(',')[0]!
				.toLowerCase();
		const all = (d: (typeof drafts)[number]) =>
			(d.options ?? []).every((o) => reasons.includes(bare(o)));
		expect(all(drafts[0]!)).toBe(true);
		for (const d of drafts)
			for (const o of d.options ?? []) expect([...reasons, ...events], o).toContain(bare(o));
	});
});

describe('cause questions', () => {
	it('keeps the capital of a title before a name inside the question', () => {
		const link = linkOf(
			'Mr Obama has faced criticism in the country after the US legalised gay marriage.'
		);
		expect(link?.prompt).toBe(
			'According to paragraph 1, why has Mr Obama faced criticism in the country?'
		);
	});
});

describe('an article that states one cause', () => {
	// Invented: one "because", one "thanks to", and plain events elsewhere to stand as wrong options.
	const article = {
		title: 'The valley orchard',
		paragraphs: [
			'The valley orchard sold its first cider in the autumn of last year.',
			'The village hall installed new solar panels on the roof in May because energy bills doubled.',
			'The apple harvest fell by a third this year because a late frost killed the blossom in April.',
			'The closure of the old mill left the county with a shortage of seasonal work.',
			'Volunteers planted two hundred cherry trees along the river path after the council gave them the saplings.',
			'Sales at the farm shop rose sharply thanks to a new cycle path from the town.',
			'The local school added a cookery class after a rise in demand from older pupils.',
			'A regional newspaper named the orchard its business of the year after the expansion of the farm.'
		]
	};
	const drafts = causeEffectQuestions({ analysis: analyseArticle(article), seed: 0 });

	it('asks nothing it can offer only true events of other paragraphs for, as no reasons at all', () => {
		expect(
			drafts.find((d) => d.answer === 'A late frost killed the blossom in April.')
		).toBeUndefined();
		expect(drafts.find((d) => d.answer === 'A new cycle path from the town')).toBeUndefined();
		for (const d of drafts)
			expect(d.options!.filter((o) => o !== d.answer).length).toBeGreaterThanOrEqual(2);
	});
});

describe('markers news reports use', () => {
	it('reads "not because X, but because Y" with Y the reason and X a wrong option', () => {
		const link = linkOf(
			'Many young bakers leave the island not because the work is hard, but because rents in the harbour town have tripled.'
		);
		expect(link?.cause).toBe('rents in the harbour town have tripled');
		expect(link?.denied).toBe('the work is hard');
		expect(link?.prompt).toMatch(/^According to paragraph 1, (?:why|what is the reason that) /);
	});

	it('reads "for fear of" and "in the wake of" as noun-phrase reasons', () => {
		expect(
			linkOf('Farmers kept the sheep in the barns all week for fear of another flood.')?.cause
		).toBe('another flood');
		expect(
			linkOf(
				'The ferry company has tightened its safety checks in the wake of a collision near the pier.'
			)?.cause
		).toBe('a collision near the pier');
	});

	it('asks what "forced" an event, cutting the second verb phrase', () => {
		const link = linkOf(
			'A burst water main forced the closure of the harbour school and was a reminder of the old pipes.'
		);
		expect(link?.prompt).toBe(
			'According to paragraph 1, what forced the closure of the harbour school?'
		);
		expect(link?.cause).toBe('A burst water main');
		expect(
			linkOf('The storm forced the harbour master to close the pier for a week.')
		).toBeUndefined();
	});

	it('takes "after" as a cause for a news reaction, cutting a participle aside', () => {
		const link = linkOf(
			'Hundreds of fishermen stormed the council offices, smashing windows, after the release of the new quota figures.'
		);
		expect(link?.effect).toBe('Hundreds of fishermen stormed the council offices');
		expect(link?.cause).toBe('the release of the new quota figures');
	});
});

describe('the opening of a dated reaction', () => {
	it('moves "Last fall," to the end of the question', () => {
		const link = linkOf(
			'Last fall, the island voters elected a new harbour board after a long dispute over the ferry.'
		);
		expect(link?.prompt).toBe(
			'According to paragraph 1, what is the reason that the island voters elected a new harbour board last fall?'
		);
	});

	it('asks about a four-word event ruled in by "not because … but because"', () => {
		const link = linkOf(
			'Today, young fishermen leave home not because the sea is empty, but because boats cost more than houses.'
		);
		expect(link?.effect).toBe('young fishermen leave home');
		expect(link?.cause).toBe('boats cost more than houses');
	});
});

describe('a dated noun-phrase reason', () => {
	it('is trimmed of its year, which a sequence question in the quiz may ask', () => {
		const analysis = analyseArticle({
			title: 'Island politics',
			paragraphs: [
				'The harbour board met twice a month to plan the new pier and the fish market.',
				'The closure of the cannery in 2009 prompted a sharp fall in school numbers on the island.',
				'The ferry company raised its fares after a rise in the price of diesel.',
				'A shortage of teachers forced the closure of the village school for a term.',
				'The island bakery opened a second shop because the first one was too small for the queues.',
				'The loss of the ferry contract worried the island shops all summer.',
				'The summer regatta was cancelled due to a shortage of volunteers.',
				'Engineers studied the flooding of the quay with the harbour board.',
				'The bus service to the north shore stopped in response to a fall in passenger numbers.',
				'The island cinema closed for the winter because of damp in its old projection room.'
			]
		});
		const drafts = causeEffectQuestions({ analysis, seed: 0 });
		const cannery = drafts.find((d) => /school numbers/.test(d.prompt));
		expect(cannery?.answer).toBe('The closure of the cannery');
	});
});

describe('a reason given in the next sentence', () => {
	it('reads "That\u2019s because Y." with the sentence before as the effect', () => {
		const analysis = analyseArticle({
			title: 'Harbour news',
			paragraphs: [
				'And ferry fares on the island route fell sharply last winter, even as fuel grew dearer. That’s because the council paid the operator a new subsidy for each crossing.'
			]
		});
		const [before, after] = analysis.sentences;
		const link = linksIn(after!, before)[0];
		expect(link?.effect).toBe('ferry fares on the island route fell sharply last winter');
		expect(link?.cause).toBe('the council paid the operator a new subsidy for each crossing');
		expect(link?.prompt).toMatch(
			/^According to paragraph 1, (?:why|what is the reason that) ferry fares/
		);
	});
});

describe('capitals inside a cause question', () => {
	// An aside (", in particular,") speaks to the article's reader: left in, a blind judge read it
	// as text copied into the question.
	it('keeps a two-word name, drops the aside, and lowers a plural the tagger took for one', () => {
		expect(
			linkOf('Harbour Lights Festival, in particular, looked splendid thanks to its new lanterns.')
				?.prompt
		).toMatch(/that Harbour Lights Festival looked splendid\?$/);
		expect(
			linkOf(
				'Plans for the harbour are still a bit in flux in part because of the long council vote.'
			)?.prompt
		).toBe('According to paragraph 1, why are plans for the harbour still a bit in flux?');
	});
});

// Our own short report whose reasons are stated in both forms: two as clauses ("because the
// landing stage had cracked"), two as noun phrases ("due to the higher price of diesel"). In
// one form each has a single rival, so no question could be asked; written as the article writes
// them ("Because …", "Due to …"), every option answers "why" and the four reasons go round.
const coastReport = {
	title: 'A hard winter on the coast',
	paragraphs: [
		'The Harlow ferry stopped running in March because the landing stage had cracked in two places.',
		'Engineers from the county council inspected the landing stage and said repairs would take at least six weeks.',
		'Fares on the coast bus rose sharply in the spring due to the higher price of diesel.',
		'Many older residents now rely on lifts from neighbours to reach the market town on Thursdays.',
		'The village school closed its kitchen in January because of a shortage of trained cooks.',
		'Parents have been asked to send packed lunches until a new cook is found for the school.',
		'The harbour café stayed open all winter because the fishing boats kept landing the catch at dawn.',
		'Its owner says the early trade from the crews paid for the heating through the coldest months.',
		'The lifeboat station lost two of its crew.',
		'The coast road was closed for a week in February due to a landslip near the cliffs.'
	]
};

describe('cause-effect: reasons of both forms, written with their markers', () => {
	const drafts = causeEffectQuestions({ analysis: analyseArticle(coastReport), seed: 0 });
	const ferry = drafts.find((d) => /ferry stopped running/.test(d.prompt));

	it('asks why the ferry stopped, the options reasons stated for other events', () => {
		expect(ferry?.answer).toBe('Because the landing stage had cracked in two places.');
		// Four options: a prompt and key that copy the two halves of one sentence need three decoys.
		expect(ferry?.options).toHaveLength(4);
		for (const o of ferry?.options ?? []) expect(o).toMatch(/^(?:Because|Due to) /);
		expect(ferry?.options).toContain('Due to the higher price of diesel.');
	});

	it('writes a reason with the marker the sentence gives it, never credit or "we"', () => {
		const ask = (sentence: string, reason: string) => markedReason(sentence, reason);
		expect(
			ask('The mayor faced criticism after the US banned the imports.', 'the US banned the imports')
		).toBe('After the US banned the imports.');
		expect(
			ask('Thanks are due to the volunteers of the crew.', 'the volunteers of the crew')
		).toBeUndefined();
		expect(ask('We left early because we were cold.', 'we were cold')).toBeUndefined();
	});

	it('keeps every key a copy of its evidence, so the checks pass', () => {
		expect(drafts.length).toBeGreaterThanOrEqual(1);
		for (const d of drafts) expect(structuralProblems({ ...d, score: 0 }, coastReport)).toEqual([]);
	});
});

describe('wrong reasons from other parts of the article', () => {
	// The next paragraph often explains the same point: its reason may answer the question too.
	const harbour = {
		title: 'A Quiet Year in Porthcove',
		paragraphs: [
			'The harbour ferry stopped running in March because the old pier had become unsafe.',
			'Island fares rose sharply because the ferry no longer carried the morning commuters.',
			'The town held its summer fair on the green, as it has done for many years.',
			'The fish market moved inland because the quay flooded at every spring tide.',
			'Visitors from the mainland still came most weekends to walk along the cliffs.',
			'The lifeboat crew trained at night because most of its volunteers work during the day.',
			'The library opened a new reading room for children in the old customs house.',
			'The café on the front closed early because fewer walkers came along the coast path.'
		]
	};
	const drafts = causeEffectQuestions({ analysis: analyseArticle(harbour), seed: 0 });

	it('never offers the reason the next paragraph gives', () => {
		const ferry = drafts.find((d) => /ferry stop/.test(d.prompt));
		expect(ferry?.answer).toMatch(/old pier had become unsafe/);
		for (const o of ferry?.options ?? []) expect(o).not.toMatch(/commuters/);
		const fares = drafts.find((d) => /fares rose/.test(d.prompt));
		for (const o of fares?.options ?? []) expect(o).not.toMatch(/pier/);
	});
});

describe('a cause question never keeps an aside pointing outside it', () => {
	it('drops ", around this time," from the effect it asks about', () => {
		const link = linkOf(
			'The ferry, around this time, began to lose passengers, thanks to the new bridge across the bay.'
		);
		expect(link?.prompt).toBe(
			'According to paragraph 1, what is the reason that the ferry began to lose passengers?'
		);
	});
});
