/**
 * Fill-in-the-blank on a sentence's figure, typed by the student ("97%", also "97 percent").
 * Names and places are asked with options instead (`facts.ts`); common nouns never.
 */
import type { ArticleMention, Sentence } from '../analyse';
import { BLANK } from '../types';
import { challengedVersion } from '../sentences';
import { askableFact, centralFigure, smallCount, SPELLED } from './facts';
import { acceptedNames } from './who';
import {
	evidenceOf,
	explanationFor,
	fitForRecall,
	guessability,
	inCaption,
	sentenceKey,
	type Candidate,
	type RuleContext
} from './candidate';

interface Term {
	text: string;
	start: number;
	end: number;
	weight: number;
	mention?: ArticleMention;
}

const FIGURES = new Set(['percent', 'money', 'number']);

function factTerms(s: Sentence, ctx: RuleContext): Term[] {
	return (
		s.mentions
			// A typed name or place admits any other ("debuted in _____": Paris? Europe?); a figure
			// with what it counts admits only itself. Names are asked with options instead.
			.filter(
				(m) =>
					FIGURES.has(m.type) &&
					!smallCount(s, m) &&
					askableFact(s, m) &&
					centralFigure(ctx, s, m) &&
					guessability(ctx, s, m) < 0.3
			)
			.map((m) => {
				const weight = 0.85 * (1 - guessability(ctx, s, m));
				return { text: m.text, start: m.start, end: m.end, weight, mention: m };
			})
	);
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
 * Blanks only a figure with what it counts ("_____ teraflops", "_____ of the vote"). A blanked
 * common noun admits synonyms ("proposal" where "measure" fits as well); a date, an age, a first
 * name or a function word is guessable; a typed name or place admits any other.
 */
export function clozeQuestions(s: Sentence, ctx: RuleContext): Candidate[] {
	if (!fitForRecall(s) || inCaption(ctx.analysis, s.paragraph)) return [];
	if (challengedVersion(s, ctx.analysis)) return [];
	const terms = factTerms(s, ctx).sort((a, b) => b.weight - a.weight || a.start - b.start);
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
