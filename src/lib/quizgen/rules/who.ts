/**
 * "Who …?" from sentences whose subject is a named person or organisation: "Sheinbaum rejected
 * any suggestion of foreign intervention" gives "Who rejected any suggestion of foreign
 * intervention?". Made as short answer and, when enough names exist, as multiple choice.
 */
import type { ArticleMention, Sentence } from '../analyse';
import { optionsFor } from '../distractors';
import type { Token } from '../nlp';
import { isStandalone } from '../sentences';
import { containsPhrase, hash } from '../text';
import {
	evidenceOf,
	explanationFor,
	sentenceKey,
	type Candidate,
	type RuleContext
} from './candidate';

/** Words allowed before the subject: titles and roles ("US President", "Council leader"). */
const isRoleWord = (t: Token) =>
	/^\p{Lu}/u.test(t.text) || (t.pos === 'NOUN' && !/^(?:the|a|an)$/i.test(t.text));

/** The subject: a name at the start, after a role, or after an opening clause and comma. */
function subjectOf(s: Sentence): ArticleMention | null {
	const named = s.mentions.filter((m) => m.type === 'person' || m.type === 'organisation');
	for (const m of named) {
		const before = s.tokens.filter((t) => t.end <= m.start);
		const lastComma = before.map((t) => t.text).lastIndexOf(',');
		const lead = before.slice(lastComma + 1);
		if (lead.every(isRoleWord) && !lead.some((t) => t.text === '“')) return m;
	}
	return null;
}

/** Where the predicate ends: before a trailing "-ing" clause or a new clause after a comma. */
function predicateEnd(tokens: Token[]): number {
	for (let i = 1; i < tokens.length - 1; i++) {
		const next = tokens[i + 1]?.text ?? '';
		if (tokens[i]?.text !== ',' || i < 4) continue;
		if (/ing$/.test(next) || /^(?:but|while|which|as|who|where|and)$/i.test(next)) return i;
	}
	return tokens.length;
}

/** "Who rejected …?" built from the words after the subject, or null if they do not fit. */
export function whoPrompt(s: Sentence, subject: ArticleMention): string | null {
	let rest = s.tokens.filter((t) => t.start >= subject.end);
	if (rest[0]?.text === ',') return null; // an appositive or relative clause: too risky to cut
	if (rest[0]?.pos === 'ADV' && /^(?:also|then|later|now)$/i.test(rest[0].text))
		rest = rest.slice(1);
	if (rest[0]?.pos !== 'VERB' && rest[0]?.pos !== 'AUX') return null;
	const kept = rest
		.slice(0, predicateEnd(rest))
		.filter((t, i, all) => i < all.length - 1 || t.pos !== 'PUNCT');
	const first = kept[0];
	const last = kept[kept.length - 1];
	if (!first || !last || kept.length < 4) return null;
	const predicate = s.text.slice(first.start - s.start, last.end - s.start);
	if ((predicate.match(/[“”"]/g) ?? []).length % 2 === 1) return null;
	const who = subject.type === 'person' ? 'Who' : 'Which organisation';
	return `${who} ${predicate}?`;
}

function fullNameOf(ctx: RuleContext, m: ArticleMention): string {
	if (m.subtype !== 'short') return m.text;
	const full = ctx.analysis.mentions.find(
		(x) => x.subtype === 'full' && x.text.endsWith(` ${m.text}`)
	);
	return full?.text ?? m.text;
}

export function whoQuestions(s: Sentence, ctx: RuleContext): Candidate[] {
	if (!isStandalone(s)) return [];
	const subject = subjectOf(s);
	const prompt = subject && whoPrompt(s, subject);
	if (!subject || !prompt || containsPhrase(prompt, subject.text)) return [];
	const surname = subject.text.split(' ').pop() ?? subject.text;
	if (containsPhrase(prompt, surname)) return [];
	const base = {
		prompt,
		answer: subject.text,
		explanation: explanationFor(ctx, s, `the answer is ${subject.text}`),
		evidence: evidenceOf(s),
		sentenceKey: sentenceKey(s),
		factKey: subject.text.toLowerCase()
	};
	const full = fullNameOf(ctx, subject);
	const accepted = [...new Set([subject.text, full, full.split(' ').pop() ?? full])];
	const drafts: Candidate[] = [
		{ ...base, kind: 'short_answer', acceptedAnswers: accepted, rule: 'who-did', quality: 0.8 }
	];
	const seed = hash(prompt, ctx.seed);
	const choice = optionsFor({
		answer: subject,
		analysis: ctx.analysis,
		avoid: prompt,
		count: 3,
		seed
	});
	if (choice) {
		const quality = 0.85 * choice.quality;
		drafts.push({
			...base,
			kind: 'multiple_choice',
			options: choice.options,
			rule: 'who-did',
			quality
		});
	}
	return drafts;
}
