/**
 * Fill-in-the-blank on a sentence's key term: a figure or name first, else a content noun the
 * article repeats (its topic words). Function words, short words and words the sentence itself
 * repeats are never blanked, since a reader could guess them without the article.
 */
import type { Analysis, ArticleMention, Sentence } from '../analyse';
import type { Token } from '../nlp';
import { words } from '../text';
import { BLANK } from '../types';
import { askableFact } from './facts';
import { acceptedNames } from './who';
import {
	evidenceOf,
	explanationFor,
	fitForRecall,
	guessability,
	sentenceKey,
	type Candidate,
	type RuleContext
} from './candidate';

/** Nouns too general to test reading ("people", "year"). */
const GENERIC = new Set(
	`people thing things time times year years way part number percent cent week month day lot kind
country countries government state states world place problem problems situation report reports
group groups system area areas case cases point fact issue issues order sides side question
response comments remarks effort statement decision result results change changes support`.split(
		/\s+/
	)
);

interface Term {
	text: string;
	start: number;
	end: number;
	weight: number;
	mention?: ArticleMention;
}

const SPELLED =
	'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty'.split(
		' '
	);

const stem = (word: string) => word.toLowerCase().replace(/s$/, '');

/** In how many sentences each word stem occurs, counted once per article. */
const frequencies = new WeakMap<Analysis, Map<string, number>>();
function articleFrequency(analysis: Analysis, word: string): number {
	let counts = frequencies.get(analysis);
	if (!counts) {
		counts = new Map();
		for (const s of analysis.sentences) {
			for (const w of new Set(words(s.text).map(stem))) counts.set(w, (counts.get(w) ?? 0) + 1);
		}
		frequencies.set(analysis, counts);
	}
	return counts.get(stem(word)) ?? 0;
}

/** "Porters, cleaners, _____ and nurses": an item of a list is guessable from the others. */
function inList(s: Sentence, i: number): boolean {
	const text = (k: number) => s.tokens[k]?.text ?? '';
	const joiner = (k: number) => text(k) === ',' || /^(?:and|or)$/i.test(text(k));
	return (joiner(i - 1) && joiner(i + 1)) || (text(i - 1) === ',' && text(i - 3) === ',');
}

/** Inside quotation marks: the speaker's word choice, not a fact to recall. */
function inQuotation(s: Sentence, t: Token): boolean {
	const before = s.text.slice(0, t.start - s.start);
	// Right after a closing mark ("“hit land” _____") the blank belongs to the quoted phrase.
	if (/[”"’]\s*$/.test(before)) return true;
	return (before.match(/“/g) ?? []).length > (before.match(/”/g) ?? []).length;
}

export function nounTerms(s: Sentence, analysis: Analysis): Term[] {
	const title = new Set(words(analysis.title).map((w) => w.replace(/s$/, '')));
	return (
		s.tokens
			.filter(
				(t: Token, i) => t.pos === 'NOUN' && /^\p{Ll}{5,}$/u.test(t.text) && !inCompound(s, i)
			)
			.filter((t, i) => !inList(s, s.tokens.indexOf(t, i)) && !inQuotation(s, t))
			// A word the article uses once is rarely its key term, and any synonym would fit as well.
			.filter((t) => articleFrequency(analysis, t.text) >= 2)
			.filter((t) => !GENERIC.has(t.text) && !title.has(t.text.replace(/s$/, '')))
			.filter((t) => words(s.text).filter((w) => w === t.text.toLowerCase()).length === 1)
			.map((t) => {
				// Without a word-frequency list, length and repetition stand in for "key term":
				// "sovereignty" and "interdiction" are worth blanking, "crisis" rarely.
				const frequency = articleFrequency(analysis, t.text);
				// A word in more than a sixth of all sentences is the topic itself: easy to guess.
				if (frequency > Math.max(3, analysis.sentences.length / 6)) return { ...t, weight: 0 };
				const repeats = Math.min(frequency, 3);
				// After an adjective the noun is often a collocation ("military _____"): easier to guess.
				const afterAdjective = s.tokens[s.tokens.indexOf(t) - 1]?.pos === 'ADJ' ? 0.1 : 0;
				const weight = 0.3 + 0.05 * Math.min(t.text.length - 4, 6) + 0.1 * repeats - afterAdjective;
				return { text: t.text, start: t.start, end: t.end, weight };
			})
			.filter((term) => term.weight >= 0.65)
	);
}

const FIGURES = new Set(['percent', 'money', 'number']);

function factTerms(s: Sentence, ctx: RuleContext): Term[] {
	// A typed blank has no options to tell a repeated name ("Sheinbaum") from any other: skip it.
	return s.mentions
		// A typed name or place admits any other ("debuted in _____": Paris? Europe?); a figure
		// with what it counts admits only itself. Names are asked with options instead.
		.filter((m) => FIGURES.has(m.type) && askableFact(s, m) && guessability(ctx, s, m) < 0.3)
		.map((m) => {
			const weight = 0.85 * (1 - guessability(ctx, s, m));
			return { text: m.text, start: m.start, end: m.end, weight, mention: m };
		});
}

/** "money _____ networks": half of a compound is guessable from the other half. */
function inCompound(s: Sentence, i: number): boolean {
	const previous = s.tokens[i - 1];
	const before = previous?.pos ?? '';
	// "Shipping companies", "parking spaces": a gerund in front makes a compound too.
	const gerund = !!previous && /ing$/i.test(previous.text) && before !== 'ADP';
	return before === 'NOUN' || before === 'PROPN' || gerund || s.tokens[i + 1]?.pos === 'NOUN';
}

/** Typed answers a teacher would accept: "97%" also as "97 percent", plural or singular. */
export function acceptedVariants(answer: string, mention?: ArticleMention): string[] {
	const variants = [answer];
	const percent = /^(\d[\d,.]*)\s*(?:%|per cent|percent)$/i.exec(answer);
	if (percent) variants.push(`${percent[1]}%`, `${percent[1]} percent`, `${percent[1]} per cent`);
	if (mention?.type === 'person') variants.push(answer.split(' ').pop() ?? answer);
	// "$4 billion" also as "$4bn", "30,000" also as "30000".
	const scaled = /^(\D*[\d.,]+)\s*(billion|million|bn|m)$/i.exec(answer);
	if (scaled) {
		const short = /^b/i.test(scaled[2] ?? '') ? 'bn' : 'm';
		const long = short === 'bn' ? 'billion' : 'million';
		variants.push(`${scaled[1]}${short}`, `${scaled[1]} ${long}`);
	}
	if (/^\d{1,3}(?:,\d{3})+$/.test(answer)) variants.push(answer.replace(/,/g, ''));
	const spelled = SPELLED.indexOf(answer.toLowerCase());
	if (spelled > 0) variants.push(String(spelled)); // "Eleven" also as "11"
	if (!mention && /ies$/.test(answer)) variants.push(answer.replace(/ies$/, 'y'));
	else if (!mention && /[^s]s$/.test(answer)) variants.push(answer.slice(0, -1));
	return [...new Set(variants)];
}

/**
 * Blanks only a fact (a name, place or figure with what it counts): a blanked common noun
 * admits synonyms ("proposal" where "measure" fits as well) and a date, an age, a first name
 * or a function word is guessable, so `nounTerms` is kept for measurement but never used.
 */
export function clozeQuestions(s: Sentence, ctx: RuleContext): Candidate[] {
	if (!fitForRecall(s)) return [];
	const terms = factTerms(s, ctx).sort(
		(a, b) => b.weight - a.weight || a.start - b.start
	);
	return terms.slice(0, 2).map((term) => {
		const from = term.start - s.start;
		const blanked = s.text.slice(0, from) + BLANK + s.text.slice(term.end - s.start);
		return {
			kind: 'cloze',
			prompt: `Fill in the blank: ${blanked}`,
			answer: term.text,
			// A name is accepted in every form the article gives it ("Tomás Reyes", "SEC").
			acceptedAnswers: [
				...new Set([
					...acceptedVariants(term.text, term.mention),
					...(term.mention ? acceptedNames(ctx, term.mention) : [])
				])
			],
			explanation: explanationFor(ctx, s, `the missing term is “${term.text}”`),
			evidence: evidenceOf(s),
			skill: 'key-details' as const,
			rule: term.mention ? 'cloze-fact' : 'cloze-key-term',
			// A typed key term can often be filled with a synonym: it ranks below a fact's blank.
			quality: (term.mention ? 0.7 : 0.55) * term.weight,
			sentenceKey: sentenceKey(s),
			factKey: term.text.toLowerCase()
		};
	});
}
