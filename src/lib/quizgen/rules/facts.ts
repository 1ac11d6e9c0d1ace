/**
 * Questions on one fact in a sentence (a name, place, figure or date): "Which percentage
 * completes this sentence?" as multiple choice, and true/false statements that either repeat
 * the sentence or swap that fact for another of the same type.
 */
import type { ArticleMention, Sentence } from '../analyse';
import { optionsFor, pickDistractors } from '../distractors';
import { isStandalone } from '../sentences';
import { hash } from '../text';
import { BLANK } from '../types';
import {
	TYPE_NOUN,
	evidenceOf,
	explanationFor,
	guessability,
	isModifier,
	occursOnce,
	replaceMention,
	sentenceKey,
	type Candidate,
	type RuleContext
} from './candidate';

/** Facts worth asking about: figures first, then people, organisations and places. */
const TYPE_WEIGHT: Record<ArticleMention['type'], number> = {
	percent: 1,
	money: 1,
	number: 0.9,
	date: 0.85,
	person: 0.9,
	organisation: 0.85,
	place: 0.75
};

function askableFacts(s: Sentence): ArticleMention[] {
	if (!isStandalone(s)) return [];
	return s.mentions.filter((m) => occursOnce(s, m) && !isModifier(s, m));
}

export function completionQuestions(s: Sentence, ctx: RuleContext): Candidate[] {
	return askableFacts(s).flatMap((m): Candidate[] => {
		const blanked = replaceMention(s, m, BLANK);
		const prompt = `Which ${TYPE_NOUN[m.type]} completes this sentence from paragraph ${s.paragraph + 1}? “${blanked}”`;
		const seed = hash(prompt, ctx.seed);
		const choice = optionsFor({ answer: m, analysis: ctx.analysis, avoid: s.text, count: 3, seed });
		if (!choice) return [];
		return [
			{
				kind: 'multiple_choice',
				prompt,
				options: choice.options,
				answer: m.text,
				explanation: explanationFor(ctx, s, `the missing ${TYPE_NOUN[m.type]} is ${m.text}`),
				evidence: evidenceOf(s),
				rule: 'fact-completion',
				quality: 0.7 * TYPE_WEIGHT[m.type] * choice.quality * (1 - guessability(ctx, s, m)),
				sentenceKey: sentenceKey(s),
				factKey: m.text.toLowerCase()
			}
		];
	});
}

/** "Meanwhile, X…" reads oddly out of context; the statement starts at X. */
function withoutConnective(text: string): string {
	const rest = text.replace(
		/^(?:Meanwhile|However|But|And|Still|Yet|Indeed|Historically),?\s+/,
		''
	);
	return rest.charAt(0).toUpperCase() + rest.slice(1);
}

/**
 * A true and, when a swap exists, a false version of one sentence. Both share a fact key, so
 * ranking keeps at most one, and it balances True against False across the quiz. A false swap
 * never uses a fact named anywhere in the same paragraph, so it cannot accidentally be true there.
 */
export function trueFalseQuestions(s: Sentence, ctx: RuleContext): Candidate[] {
	const facts = askableFacts(s).sort((a, b) => TYPE_WEIGHT[b.type] - TYPE_WEIGHT[a.type]);
	const fact = facts[0];
	if (!fact) return [];
	const paragraph = ctx.analysis.paragraphs[s.paragraph] ?? '';
	const seed = hash(s.text, ctx.seed);
	const request = { answer: fact, analysis: ctx.analysis, avoid: paragraph, count: 1, seed };
	const swap = pickDistractors(request).values[0];
	const variant = (statement: string, isTrue: boolean, because: string): Candidate => ({
		kind: 'true_false',
		prompt: `True or false? ${withoutConnective(statement)}`,
		answer: isTrue ? 'True' : 'False',
		explanation: explanationFor(ctx, s, because),
		evidence: evidenceOf(s),
		rule: isTrue ? 'fact-restated' : 'fact-swap',
		// A false swap tests reading more than a restatement does; the seed breaks ties.
		quality: (isTrue ? 0.5 : 0.55) * TYPE_WEIGHT[fact.type] + (seed % 7) / 1000,
		sentenceKey: sentenceKey(s),
		factKey: fact.text.toLowerCase()
	});
	const faithful = variant(s.text, true, 'the statement is true');
	if (swap === undefined) return [faithful];
	const because = `the statement is false: it was ${fact.text}, not ${swap}`;
	return [faithful, variant(replaceMention(s, fact, swap), false, because)];
}
