/**
 * "Why does the author include paragraph N?" The role comes from discourse cues: earlier dates
 * or history words (background), "for example" (an example), "however" or critics (a
 * counterpoint), several figures (statistics), a paragraph that is mostly one named person's
 * quotation (a quotation). Asked only when exactly one strong cue fires, so one role is defensible;
 * the wrong options are only roles of which the paragraph shows no sign at all (no figure, no
 * quotation mark, no "but", no past tense…), checked with the same detectors, so none also fits.
 */
import type { Sentence } from '../analyse';
import { sentenceKey, type Candidate, type RuleContext } from './candidate';
import { claimsSupport, supportScore } from './claim-evidence';
import { QUOTATION_FACT, quotationQuestion } from './quotation-role';
import { unsignedRoles } from './role-decoys';
import { rebuttalQuestion } from './rebuttal-role';
import { wordCount } from '../text';
import { choice, looksLikeClutter, similarLength } from './reading';
import { clause, garbledOpening, otherPoints, pointBefore } from './text-structure-points';

type Role = 'background' | 'example' | 'counterpoint' | 'statistic' | 'quotation';

export const ROLE_TEXT: Record<Role, string> = {
	background: 'To give background on events that came earlier',
	example: 'To give an example that illustrates a point',
	counterpoint: 'To present a view that challenges what came before',
	statistic: 'To support a point with figures',
	quotation: 'To give a person’s view in their own words'
};

const HISTORY =
	/\b(?:historically|decades ago|years ago|centuries|was founded|originally|in the past|at the time|back then|since the \d{4}s|in the (?:19|18)\d0s)\b/i;
const DATED =
	/\b(?:in|since|by|until|from|during|between)\s+(?:the\s+)?(?:(?:early|late|mid-?)\s*)?(?:\p{Lu}\p{Ll}+\s+)?(?:1[6-9]\d{2}|20\d{2})\b/giu;
/** A counterpoint is a view: someone says, argues or believes otherwise. */
const VIEW =
	/\b(?:said|says|argue[sd]?|believe[sd]?|disagree[sd]?|warn(?:s|ed)?|insist(?:s|ed)?|claim(?:s|ed)?|critics|opponents)\b/i;
const EXAMPLE = /\b(?:for example|for instance|one example|to take one|case in point)\b/i;
// "But" alone is a connective more often than a counterpoint: only firmer cues count.
const COUNTER =
	/(?:^|[.!?]\s+)(?:however,? (?:critics|opponents|others|not everyone)|but critics|critics (?:say|argue|warn)|opponents|not everyone|on the other hand|others (?:say|argue|disagree))\b/i;
// Not global: a global regex keeps `lastIndex` between calls, which made generation depend on history.
const YEAR = /\b(?:1[6-9]\d{2}|20\d{2})\b/;

function yearsOf(text: string): number[] {
	return (text.match(new RegExp(YEAR.source, 'g')) ?? []).map(Number);
}

/** The article's "now": the year it mentions most (ties to the later), 0 when none. */
export function currentYear(paragraphs: string[]): number {
	const counts = new Map<number, number>();
	for (const y of paragraphs.flatMap(yearsOf)) counts.set(y, (counts.get(y) ?? 0) + 1);
	let best = 0;
	for (const [y, n] of counts)
		if (n > (counts.get(best) ?? 0) || (n === counts.get(best) && y > best)) best = y;
	return best;
}

function quotedShare(text: string): number {
	const inside = (text.match(/“[^”]*”|"[^"]*"/g) ?? []).join('').length;
	return inside / Math.max(text.length, 1);
}

/**
 * An article told as history (a quarter or more of its paragraphs dated years back) has no
 * "background": its dated paragraphs are the story itself.
 */
export function isHistory(paragraphs: string[], latestYear: number): boolean {
	const dated = paragraphs.filter((p) =>
		yearsOf((p.match(DATED) ?? []).join(' ')).some((y) => y <= latestYear - 5)
	).length;
	return dated * 4 >= paragraphs.length;
}

/** A paragraph that looks ahead or instructs is not background, whatever dates it holds. */
const AHEAD = /\b(?:will|plans? to|next year|is expected|are expected)\b/i;
const IMPERATIVE =
	/^(?:consider|try|make|take|figure|write|find|ask|keep|check|look|use|get|don[’']t|do not)\b/i;
/** Signs of a look back short of a history cue: a paragraph with them may be background. */
const PAST_HINT =
	/\b(?:once|ago|began|founded|first|grandfather|grandmother|father|mother|used to|had been|earlier|previously|former(?:ly)?)\b/i;
/** Words that announce an example without "for example": such a paragraph also gives examples. */
const EXAMPLE_HINT = /\b(?:such as|including|like the|among them|one of)\b/i;
const CONTRAST_HINT =
	/\b(?:but|yet|although|though|however|while|whereas|critics|opponents|despite)\b/i;

interface Cues {
	strong: Role[];
	/** Roles with any sign at all in the paragraph: never offered as a wrong option. */
	weak: Set<Role>;
}

/** The role the paragraph as a whole plays (strong), and every role it shows a hint of (weak). */
export function cuesOf(
	text: string,
	sentences: Sentence[],
	latestYear: number,
	history: boolean
): Cues {
	// Asked up to four times per paragraph (by each question shape in turn): read once.
	const known = cuesRead.get(sentences);
	if (known && known.text === text && known.latestYear === latestYear && known.history === history)
		return known.cues;
	const cues = readCues(text, sentences, latestYear, history);
	cuesRead.set(sentences, { text, latestYear, history, cues });
	return cues;
}

const cuesRead = new WeakMap<
	Sentence[],
	{ text: string; latestYear: number; history: boolean; cues: Cues }
>();

function readCues(text: string, sentences: Sentence[], latestYear: number, history: boolean): Cues {
	const strong: Role[] = [];
	const weak = new Set<Role>();
	const quotes = quotedShare(text);
	// A year that dates an event ("in 1998", "since 1924"), not one in a name ("the Act of 1940").
	const years = yearsOf((text.match(DATED) ?? []).join(' '));
	const earlier =
		latestYear > 0 && years.some((y) => y <= latestYear - 5) && !years.some((y) => y >= latestYear);
	const looksBack = HISTORY.test(text) || (earlier && !history);
	// A figure other than a year ("2%", "5,000 incidents") makes the paragraph as much statistics.
	const figures = /\d/.test(text.replace(new RegExp(YEAR.source, 'g'), ''));
	if (looksBack || YEAR.test(text) || PAST_HINT.test(text)) weak.add('background');
	if (
		quotes < 0.2 &&
		looksBack &&
		!figures &&
		!AHEAD.test(text) &&
		!sentences.some((s) => IMPERATIVE.test(s.text))
	)
		strong.push('background');
	if (EXAMPLE.test(text)) strong.push('example');
	if (EXAMPLE.test(text) || EXAMPLE_HINT.test(text)) weak.add('example');
	if (COUNTER.test(text) && VIEW.test(text) && quotes < 0.2) strong.push('counterpoint');
	if (CONTRAST_HINT.test(text) || COUNTER.test(text)) weak.add('counterpoint');
	const mentions = sentences.flatMap((s) => s.mentions);
	const figure = (s: Sentence) =>
		s.mentions.some((m) => m.type === 'percent' || m.type === 'money' || m.type === 'number');
	const amounts = mentions.filter((m) => m.type === 'percent' || m.type === 'money').length;
	const numbers = mentions.filter((m) => m.type === 'number').length;
	if (amounts + numbers > 0 || /\d/.test(text)) weak.add('statistic');
	// Figures make the paragraph's point only when most of its sentences carry them.
	const withFigures = sentences.filter(figure).length;
	const mostlyFigures = withFigures >= 2 && withFigures * 2 >= sentences.length;
	if (amounts + numbers >= 3 && amounts >= 2 && quotes < 0.2 && mostlyFigures)
		strong.push('statistic');
	const named = sentences.some((s) => s.mentions.some((m) => m.type === 'person'));
	if (quotes > 0) weak.add('quotation');
	if (quotes >= 0.5 && named) strong.push('quotation');
	return { strong, weak };
}

/** The sentence that shows the cue, for the explanation and the evidence span. */
function cueSentence(role: Role, sentences: Sentence[]): Sentence | undefined {
	const test: Record<Role, (s: Sentence) => boolean> = {
		background: (s) => HISTORY.test(s.text) || YEAR.test(s.text),
		example: (s) => EXAMPLE.test(s.text),
		counterpoint: (s) => COUNTER.test(s.text),
		statistic: (s) => s.mentions.some((m) => m.type === 'percent' || m.type === 'money'),
		quotation: (s) =>
			/^[“"]/.test(s.text) && !s.inQuote && s.mentions.some((m) => m.type === 'person')
	};
	return sentences.find((s) => test[role](s));
}

/** The detail the question names: "the example", "the figures", "the quotation". */
const DETAIL: Partial<Record<Role, string>> = {
	example: 'the example',
	statistic: 'the figures',
	quotation: 'the quotation'
};

/**
 * "Why does the author include the example in paragraph 7?", its options all "To support the
 * point that …": the key is the point stated just before the detail, the others points made
 * elsewhere. Every option names the same role, so only the meaning tells them apart, never a
 * surface cue ("example" in the option beside "For example" in the text).
 */
function purposeQuestion(
	ctx: RuleContext,
	role: Role,
	cue: Sentence,
	paragraphText: string
): Candidate | null {
	const detail = DETAIL[role];
	const point = detail ? pointBefore(ctx, cue) : undefined;
	if (!detail || !point) return null;
	// A quotation explains as often as it backs the point before it ("we wanted to predict …"
	// is the researchers' reasoning, not support): its purpose cannot be told soundly. Not asked.
	if (role === 'quotation') return null;
	if (garbledOpening(ctx, point)) return null;
	const option = (x: Sentence) => `To support the point that ${clause(ctx, x)}`;
	const answer = option(point);
	// A decoy point the detail would back as well ("the majority occur in winter" beside
	// "many more leaks in winter") makes two options right.
	const pool = otherPoints(ctx, cue, point, paragraphText)
		.filter((x) => !garbledOpening(ctx, x) && (role !== 'statistic' || supportScore(x, cue) === 0))
		.map(option);
	const decoys = similarLength(answer, pool, 3);
	if (decoys.length < 3) return null;
	const paragraph = cue.paragraph + 1;
	// The point may stand two sentences back (`pointBefore`), so its paragraph is named as it is.
	const where =
		point.paragraph === cue.paragraph ? 'just before it' : `in paragraph ${point.paragraph + 1}`;
	return choice({
		ctx,
		skill: 'text-structure',
		rule: `text-structure-${role}`,
		prompt: `Why does the author include ${detail} in paragraph ${paragraph}?`,
		answer,
		decoys,
		evidence: { paragraph: cue.paragraph, start: cue.start, end: cue.end },
		because: `it backs up the point made ${where}, that ${clause(ctx, point)}`,
		sentenceKey: sentenceKey(cue),
		quality: 0.85
	});
}

/** The question for the one role the paragraph's cues show, if exactly one. */
function byRole(
	ctx: RuleContext,
	sentences: Sentence[],
	text: string,
	latestYear: number,
	history: boolean
): Candidate | null {
	const { strong, weak } = cuesOf(text, sentences, latestYear, history);
	if (strong.length !== 1) return null;
	const role = strong[0] as Role;
	const cue = cueSentence(role, sentences);
	if (!cue || cue.question) return null;
	// A quotation is asked by who speaks (an expert, an official, someone affected).
	if (role === 'quotation') return quotationQuestion(ctx, sentences, cue, weak);
	// An example or figures are asked by the point they serve: asked by role, the cue word
	// gives the answer away ("For example" beside "To give an example").
	return DETAIL[role] ? purposeQuestion(ctx, role, cue, text) : roleQuestion(ctx, role, cue, weak);
}

/** "In 1991, …", "Back in the 1990s, …", "Until 2005, …": a paragraph opening on a past year. */
const YEAR_OPENING =
	/^(?:back\s+)?(?:in|until|during)\s+(?:the\s+)?(?:(?:early|late|mid-?)\s*)?(?:(?:january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|fall|winter)\s+(?:of\s+)?)?(?:1[6-9]|20)\d{2}s?\b/i;

/**
 * Roles asked of a whole paragraph: a counterpoint, and background when the paragraph opens by
 * looking back ("In the past, …", "In 1991, …"), with wrong roles it plainly does not play (never
 * "an example", which a dated event told as history often is as well).
 */
const BECAUSE: Partial<Record<Role, string>> = {
	counterpoint: 'it turns to a view that challenges what the article said before',
	background: 'it goes back to earlier events that explain the news the article reports'
};

/**
 * "Why does the author include paragraph N?" answered by a role (background, counterpoint) whose
 * wording the paragraph does not echo; the wrong roles are those it shows no sign of.
 */
function roleQuestion(
	ctx: RuleContext,
	role: Role,
	cue: Sentence,
	weak: Set<Role>,
	paragraphText = ctx.analysis.paragraphs[cue.paragraph] ?? ''
): Candidate | null {
	const because = BECAUSE[role];
	if (!because) return null;
	// "…, who warned of the deficit in the past, nevertheless …" or "This was common at the time":
	// a history word inside a sentence makes no background paragraph; one that opens it may.
	// The paragraph itself opens on a year gone by: "The Flag Code has guidelines … In the past,
	// the court found …" is legal context, not earlier events; and "In the past, …" beside "events
	// that came earlier" says the answer in other words (a judged give-away), while "In 1991, …"
	// leaves the reader to see that 1991 is long before the news.
	if (
		role === 'background' &&
		(cue.index > 0 || !YEAR_OPENING.test(cue.text) || wordCount(cue.text) < 10)
	)
		return null;
	// Digits that are all years ("In 1991, …") make no figures: a background paragraph still
	// plainly gives none.
	const onlyYears =
		!/\d/.test(paragraphText.replace(new RegExp(YEAR.source, 'g'), '')) &&
		!/\b(?:percent|per cent|million|billion|dozens?|hundreds|thousands|half|third|quarter|majority)\b/i.test(
			paragraphText
		);
	// A dated event told as history is often an example as well: never offered beside background.
	const roles = (Object.keys(ROLE_TEXT) as Role[])
		.filter((r) => r !== role && !(role === 'background' && r === 'example'))
		.filter((r) => !weak.has(r) || (role === 'background' && r === 'statistic' && onlyYears))
		.map((r) => ROLE_TEXT[r]);
	// Background's plainest wrong roles first: no quotation, no look ahead, no study.
	const quote = roles.filter((r) => r === ROLE_TEXT.quotation);
	const decoys =
		role === 'background'
			? [
					...quote,
					...unsignedRoles(paragraphText, ctx.analysis.paragraphs.join('\n')),
					...roles.filter((r) => !quote.includes(r))
				]
			: roles;
	if (role === 'background' && decoys.length < 3) return null;
	return choice({
		ctx,
		skill: 'text-structure',
		rule: `text-structure-${role}`,
		prompt: `Why does the author include paragraph ${cue.paragraph + 1}?`,
		answer: ROLE_TEXT[role],
		decoys: decoys.slice(0, 3),
		evidence: { paragraph: cue.paragraph, start: cue.start, end: cue.end },
		because,
		sentenceKey: sentenceKey(cue),
		quality: role === 'counterpoint' ? 0.85 : 0.75
	});
}

// Written in digits: "three states" and "five decades" tell a story; "500 leaks" counts.
const hasAmount = (s: Sentence) =>
	s.mentions.some(
		(m) => (m.type === 'percent' || m.type === 'money' || m.type === 'number') && /\d/.test(m.text)
	);

/**
 * Figures serving the point stated just before them ("Interest costs already dwarf … . Grants
 * to students total $30 billion, a tenth of …"): asked as "Why does the author include the
 * figures in paragraph N?" when the figures back that point (`supportScore`: they share its
 * words and a claim of degree gets its numbers), whatever the rest of the paragraph holds.
 */
function figuresQuestion(ctx: RuleContext, sentences: Sentence[], text: string): Candidate | null {
	for (const cue of sentences) {
		if (cue.question || !hasAmount(cue)) continue;
		const point = pointBefore(ctx, cue);
		if (point && supportScore(point, cue) >= 2.5 && !claimsSupport(point, cue))
			return purposeQuestion(ctx, 'statistic', cue, text);
	}
	return null;
}

const BUT_OPENING = /^(?:but|however,?|yet)\s/i;
const SAYS =
	/\b(?:said|say|says|argue[sd]?|believe[sd]?|disagree[sd]?|warn(?:s|ed)?|insist(?:s|ed)?|contend(?:s|ed)?)\b/i;
const GROUP_VOICE =
	/^(?:but|however,?|yet)\s+(?:most|many|some|other)?\s*(?:experts|critics|analysts|economists|opponents|scientists|researchers|others)\s+(?:say|said|argue|argued|believe|warn|warned|insist|contend|disagree)\b/i;
const surnamesIn = (sentences: Sentence[]) =>
	new Set(
		sentences.flatMap((s) =>
			s.mentions.filter((m) => m.type === 'person').map((m) => m.text.split(/\s+/).pop() ?? '')
		)
	);

/**
 * A counterpoint from another voice: the paragraph opens "But …" or "However, …" with a person
 * stating a view ("But Reed said the council must …") after a paragraph in which someone else
 * spoke. Asked by role; the wrong roles are those the paragraph shows no sign of.
 */
function counterQuestion(ctx: RuleContext, paragraph: number, weak: Set<Role>): Candidate | null {
	const { byParagraph } = ctx.analysis;
	const [first] = byParagraph[paragraph] ?? [];
	if (!first || !BUT_OPENING.test(first.text) || !SAYS.test(first.text)) return null;
	// Another voice: experts or critics as a group, or a person not named in the paragraph before.
	// The speaker is named before the verb ("But Reed said …"), not after ("… say little of Gille").
	const verbAt = first.start + (SAYS.exec(first.text)?.index ?? 0);
	const speakers = new Set(
		first.mentions
			.filter((m) => m.type === 'person' && m.start < verbAt)
			.map((m) => m.text.split(/\s+/).pop() ?? '')
	);
	const before = surnamesIn(byParagraph[paragraph - 1] ?? []);
	const group = GROUP_VOICE.test(first.text);
	if (!group && (speakers.size === 0 || [...speakers].some((name) => before.has(name))))
		return null;
	return roleQuestion(ctx, 'counterpoint', first, weak);
}

const SPOKEN = /[“"](?:\S+\s+){4,}[^”"]*[”"]/;

/**
 * A paragraph that quotes one named speaker's sentence (five words or more), with no other
 * strong role: asked by who speaks (`quotation-role.ts`), like a paragraph that is mostly quotation.
 */
function quotedQuestion(
	ctx: RuleContext,
	sentences: Sentence[],
	text: string,
	latestYear: number,
	history: boolean
): Candidate | null {
	const { strong, weak } = cuesOf(text, sentences, latestYear, history);
	if (strong.length > 0) return null;
	// A sentence that quotes five words or more and names its speaker, not scare quotes.
	const cue = sentences.find(
		(s) =>
			SPOKEN.test(s.text) &&
			!s.question &&
			// "…,” she said": the one person the paragraph names (`quotationQuestion` checks).
			(s.mentions.some((m) => m.type === 'person') ||
				/[”"],?\s+(?:she|he) (?:said|says|added)\b/.test(s.text))
	);
	return cue ? quotationQuestion(ctx, sentences, cue, weak) : null;
}

export function textStructureQuestions(ctx: RuleContext): Candidate[] {
	const { analysis } = ctx;
	if (analysis.paragraphs.length < 4) return [];
	const latestYear = currentYear(analysis.paragraphs);
	const history = isHistory(analysis.paragraphs, latestYear);
	const made = analysis.paragraphs.flatMap((text, paragraph): Candidate[] => {
		const sentences = analysis.byParagraph[paragraph] ?? [];
		// The first paragraph introduces; an interviewer's question or a one-liner has no role to ask about.
		if (paragraph === 0 || sentences.length === 0 || sentences.some((s) => s.interviewer))
			return [];
		if (looksLikeClutter(text) || text.split(/\s+/).length < 12) return [];
		const made =
			byRole(ctx, sentences, text, latestYear, history) ??
			figuresQuestion(ctx, sentences, text) ??
			counterQuestion(ctx, paragraph, cuesOf(text, sentences, latestYear, history).weak) ??
			quotedQuestion(ctx, sentences, text, latestYear, history);
		return made ? [made] : [];
	});
	const weak = (p: number) =>
		cuesOf(analysis.paragraphs[p] ?? '', analysis.byParagraph[p] ?? [], latestYear, history).weak;
	const taken = new Set(made.map((c) => c.evidence.paragraph));
	const rebuttal = rebuttalQuestion(ctx, ROLE_TEXT, weak, taken);
	// One quotation question per speaker: a second on the same voice asks the same thing.
	const speakers = new Set<string>();
	return [...made, ...(rebuttal ? [rebuttal] : [])].filter((c) => {
		if (!c.factKey.startsWith(QUOTATION_FACT)) return true;
		return !speakers.has(c.factKey) && !!speakers.add(c.factKey);
	});
}
