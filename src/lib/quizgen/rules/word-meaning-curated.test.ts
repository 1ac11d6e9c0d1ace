// Hand-written meanings (`lexicon/curated.ts`) for tier-2 words WordNet words badly, and the
// uses the rule used to pass over: a verb the tagger read as a noun, a sentence generate.ts
// drops as clutter. Our own sentences.
import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../analyse';
import { curatedChoice, curatedSense } from '../lexicon/curated';
import { distractors } from '../lexicon/distractors';
import { loadWordNet } from '../wordnet';
import type { LexicalPos } from '../lexicon/types';
import { wordMeaningQuestions } from './word-meaning';

const lexicon = loadWordNet();

function meaningsOf(paragraphs: string[], title = 'Harbour water plan') {
	return wordMeaningQuestions({
		analysis: analyseArticle({ title, paragraphs }),
		seed: 0,
		lexicon
	});
}

const find = (paragraphs: string[], lemma: string) =>
	meaningsOf(paragraphs).find((d) => d.factKey === lemma);

describe('a hand-written meaning where WordNet words the news sense badly', () => {
	it('asks "alleviate" as making less severe, not physical relief from pain', () => {
		const draft = find(
			[
				'To alleviate the shortage, the harbour council opened two new wells on the northern hill last spring.',
				'Residents had queued for bottled water for most of the winter.'
			],
			'alleviate'
		);
		expect(draft?.answer).toBe('Make less severe');
		expect(draft?.options).toHaveLength(4);
		expect(draft?.options?.join(' ')).not.toMatch(/relief|pain|easier/i);
	});

	it('asks "hypothesis" as an explanation not yet proven', () => {
		const draft = find(
			[
				'The harbour biologists began with a bold hypothesis about why the oysters had vanished from the bay.',
				'They spent two summers counting shells along the shore.'
			],
			'hypothesis'
		);
		expect(draft?.answer).toBe('A suggested explanation not yet proven');
	});

	it('never asks "chaotic" as disorder where the passage is about chaos theory', () => {
		const theory = [
			'The model of the harbour tides showed the hallmarks of chaos theory in every run. ' +
				'Each simulated current looped in chaotic laps around the same strange pattern for weeks.',
			'Small changes at the start grew into large differences later.'
		];
		expect(find(theory, 'chaotic')).toBeUndefined();
		const market = [
			'The harbour market on Saturday was a chaotic jumble of stalls, carts and shouting traders.',
			'Visitors struggled to find the fish sellers among the crowds.'
		];
		expect(find(market, 'chaotic')?.answer).toBe('Completely confused and disordered');
	});

	it('names "sanctions" as written, since "sanction" alone is approval', () => {
		const draft = find(
			[
				'The harbour states agreed to lift trade sanctions on the island after it closed its last illegal fishing fleet.',
				'Ferries to the island are expected to run again by summer.'
			],
			'sanction'
		);
		expect(draft?.prompt).toMatch(/what does “sanctions” most nearly mean\?$/);
		expect(draft?.answer).toBe('Penalties meant to force a change in behavior');
	});

	it('offers no wrong answer that also describes "tensions" between sides', () => {
		const draft = find(
			[
				'After the vote on the new quay, tensions between the fishermen and the hotel owners ran high for weeks.',
				'Both groups have asked the council for a public meeting.'
			],
			'tension'
		);
		expect(draft?.answer).toBe('Strained relations between people or groups');
		expect(draft?.options?.join(' ')).not.toMatch(/conflict|disagree|argument|hostil|dispute/i);
	});

	it('asks a word only in the context its meaning needs (`when`, `unless`)', () => {
		expect(curatedSense('meteoric', 'adj', 'She had a meteoric rise in the party.')).not.toBeNull();
		expect(curatedSense('meteoric', 'adj', 'The meteoric dust fell on the roofs.')).toBeNull();
		expect(curatedSense('inundate', 'verb', 'The clinic was inundated with calls.')).not.toBeNull();
		expect(curatedSense('inundate', 'verb', 'The river inundated the fields.')).toBeNull();
	});
});

/** Every wrong answer a hand-written meaning gets over 60 articles (the salt varies them). */
function wrongAnswersInAnyArticle(lemma: string, pos: LexicalPos, context: string): string {
	const entry = curatedSense(lemma, pos, context)!;
	const { senses, choice } = curatedChoice(entry, lemma, pos, lexicon.senses(lemma, pos));
	const passage = { near: new Set<string>(), around: new Set<string>() };
	const wrong: string[] = [];
	for (let salt = 0; salt < 60; salt++) {
		const use = { lemma, senses, choice, key: entry.key, avoid: entry.avoid, passage, salt };
		wrong.push(...(distractors(lexicon, use) ?? []));
	}
	return wrong.join(' | ');
}

describe('plain hand-written meanings (`lexicon/curated-plain.ts`)', () => {
	it('asks "futile" and keeps "without hope" out of its wrong answers', () => {
		const draft = find(
			[
				'The union leader said the pay offer was a futile attempt to end a strike that had lasted months.',
				'Talks will resume at the harbour office next week.'
			],
			'futile'
		);
		expect(draft?.answer).toBe('Having no chance of success');
		// Whatever article it is asked in (the salt varies the wrong answers), never "without hope".
		expect(wrongAnswersInAnyArticle('futile', 'adj', 'a futile attempt')).not.toMatch(
			/hope|useless|vain|fruitless/i
		);
	});

	// Blind judges, four rounds: beside "cognitive biases", WordNet's "a partiality that prevents
	// objective consideration" drew the wrong answer "a variation that deviates from the standard
	// or norm", which a bias also is; then "an unfair preference" was judged the prejudice sense,
	// when "cognitive biases" are tendencies that skew judgement. The meaning covers both.
	it('asks "biases" as tendencies to judge unfairly, no deviation from a norm among the wrong answers', () => {
		const draft = find(
			[
				'Researchers say simple cognitive biases lead shoppers to spend more than they planned.',
				'The harbour market now posts its prices beside each stall.'
			],
			'bias'
		);
		expect(draft?.answer).toBe('Tendencies to judge unfairly or wrongly');
		expect(wrongAnswersInAnyArticle('bias', 'noun', 'simple cognitive biases')).not.toMatch(
			/deviat|norm\b|divergen/i
		);
	});

	// Judged r98 and r99: "had surpassed" defined "be greater or better than", a "be" meaning that
	// cannot be put in the sentence's form.
	it('asks "surpassed" in the form the sentence has it', () => {
		const draft = find(
			[
				'By the end of the summer, visits to the harbour museum had surpassed two hundred thousand.',
				'The council will meet again next month to discuss the museum.'
			],
			'surpass'
		);
		expect(draft?.answer).toBe('Gone past or done better than');
		expect(draft?.options).toHaveLength(4);
		for (const option of draft?.options ?? []) expect(option).not.toMatch(/^Be\b/);
	});

	it('drops a meaning whose words the sentence already gives ("deter … fear")', () => {
		const drafts = meaningsOf([
			'Officials fear that the rising fares will deter tourists from visiting the harbour this summer.',
			'The council will meet again next month to discuss the fares.'
		]);
		expect(drafts.map((d) => d.factKey)).not.toContain('deter');
	});
});

describe('uses the rule used to pass over', () => {
	it('reads "exploits" after "that" as the verb the tagger took for a noun', () => {
		const draft = find(
			[
				'Investigators found a program that exploits the weakness in the harbour ticket machines to print free passes.',
				'The operator has since replaced the software on every machine.'
			],
			'exploit'
		);
		// In the sentence's form, both joined verbs: "exploits", so "uses or manipulates".
		expect(draft?.answer).toBe('Uses or manipulates to one’s advantage'.replace('’', "'"));
	});

	it('spends no word on a sentence generate.ts drops as page clutter', () => {
		const drafts = meaningsOf([
			'Sign up for our newsletter to read why the ferry company was reluctant to publish its safety records.',
			'The council will debate the ferry contract again in March.'
		]);
		expect(drafts.map((d) => d.factKey)).toEqual([]);
	});
});

describe('a phrase as used in the sentence (`lexicon/phrases.ts`)', () => {
	it('asks "play down" as a whole, named in its base form', () => {
		const draft = find(
			[
				'The harbour master played down the risk of flooding at Tuesday’s meeting with shop owners.',
				'Two streets near the quay flooded last winter.'
			],
			'play down'
		);
		expect(draft?.prompt).toMatch(/what does “play down” most nearly mean\?$/);
		expect(draft?.answer).toBe('Make seem less important');
		expect(draft?.options?.join(' ')).not.toMatch(/visible|obscure|hide|reduce/i);
	});

	it('never asks a phrase in its literal use', () => {
		const literal = [
			'The artist used bent glass tubes to spell out the names of the harbour boats in bright letters.',
			'Soldiers at the northern gate came under fire from rockets shortly after dawn on Sunday.'
		];
		const keys = meaningsOf(literal).map((d) => d.factKey);
		expect(keys).not.toContain('spell out');
		expect(keys).not.toContain('come under fire');
	});
});

describe('a word any reader can take apart', () => {
	// "Bloodless" is blood + less: a blind judge rejected it as answerable without the article.
	// "Relentless" and "ruthless" are built on words nobody uses, so they still need the context.
	it('is not asked when it is an everyday word with "-less" or "-ful"', () => {
		const paragraphs = [
			'The harbour council hopes for a smooth and bloodless handover after the mayor resigns next month.',
			'The relentless storms of the winter had closed the ferry for nine days in a row.'
		];
		expect(find(paragraphs, 'bloodless')).toBeUndefined();
		expect(find(paragraphs, 'relentless')).toBeDefined();
	});
});
