/**
 * Point of view from the positions the article reports: a named person who says, argues or
 * warns that something should, must or cannot be, in reported speech ("Reed said the council
 * must keep the ferry") or in a whole quoted sentence ("“A town this size needs a pool,” said
 * Osei"). Two shapes:
 * - "Which person would most likely agree that …?" The options are people; those the article
 *   sets against the key person ("But …", "However, …", critics) come first, then speakers on
 *   other subjects; never a speaker on the same subject whose side is unknown (who might agree).
 * - "Which statement best describes the positions of X and Y?" when the article sets two people
 *   against each other on one subject. The options are stated positions: the key, the two views
 *   swapped, and each view given to both.
 * Claims with "I", "we", "he" or "you" are skipped: they give the speaker away or cannot stand
 * outside the quotation.
 */
import type { ArticleMention, Sentence } from '../analyse';
import { genderOfName } from '../gazetteer';
import { antecedent, explain, namedSubject } from '../sentences';
import { containsPhrase, fold, hash, memo, overlap, shuffle, words } from '../text';
import { isClutter, sentenceKey, type Candidate, type RuleContext } from './candidate';
import { lastSpeaker, speaks } from '../roles';
import { stanceQuestions } from './stance';
import { genderFair } from './people-options';
import { authorViewQuestions } from './author-view';
import { authorAgreeQuestions } from './author-agree';
import {
	asClause,
	choice,
	hasLoosePronoun,
	leansOutside,
	looksLikeClutter,
	sentenceBefore
} from './reading';

export interface Position {
	s: Sentence;
	person: ArticleMention;
	claim: string;
}

const VERB =
	/^(?:,[^,]{3,80},)?\s+(?:said|says|argued|argues|believes|believe[sd]?|warned|warns|insisted|insists|contends|contended|maintained|maintains|stressed|claimed|claims|asserted|added|told [\p{L} ]{2,30}?)\s+(?:that\s+)?(.+)$/iu;
/** A position, not a report: it judges, prescribes or denies. */
const OPINION =
	/\b(?:should|must|need(?:s|ed)? to|ought|cannot|can't|won't|wrong|right to|better|worse|unfair|important|dangerous|necessary|mistake|too|only way|best|failed|effective|ineffective|improved|crucial|key|worth|concerned|worried|worry|threat|hurting|harm|deserve[sd]?|legitimate|unacceptable|non-negotiable|essential|critical|no reason|risk(?:y|s)?|hard to|difficult|unprecedented|powerful|meant to|going to want|little (?:if any )?room|undermine|appropriate|inappropriate|symbol of|unite|unify|benefit(?:s|ing)?|damag(?:e|ing)|afford|helps?|hurts?)\b/i;
const TRAILING =
	/^(.+?),\s+(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?([\p{Lu}][\p{L}’'-]+(?:\s+[\p{Lu}][\p{L}’'-]+)?)\s+(?:said|says|argued|argues|warned|warns|insisted|added)\b[^,]*(?:,.*)?$/u;
const PRONOUNS = /\b(?:he|she|his|her|him|hers|himself|herself|i|we|our|us|me|my|you|your)\b/i;
/** "said he believed the attack would …": the belief is the claim. */
const SELF_REPORT = /^(?:he|she) (?:believed|believes|thinks|thought|felt|feels) (?:that )?/i;
/** A sentence that sets what follows against what came before. */
const CONTRAST =
	/^(?:but|however|yet|still|not everyone|others|critics|opponents)\b|\b(?:disagreed?|disputed?|rejected|opposed?|opposes)\b/i;

const surname = (name: string) => name.split(/\s+/).pop() ?? name;

function personNamed(
	s: Sentence,
	name: string | undefined,
	analysis: RuleContext['analysis']
): ArticleMention | undefined {
	if (!name) return undefined;
	const ofName = (x: ArticleMention) => x.type === 'person' && x.text.endsWith(name);
	// "said Mr. Reeves" where the name finder typed only "Eric Reeves" elsewhere: the same person.
	return (
		s.mentions.find(ofName) ?? analysis.mentions.find((x) => ofName(x) && x.subtype === 'full')
	);
}

/** A speaker and their claim; `quoted` when the claim is the speaker's own quoted words. */
interface Reported {
	person: ArticleMention;
	claim: string;
	quoted?: boolean;
}

/** "Networks, she said, must be tackled …", "“…,” she said.", "She said the plan would …". */
const PRONOUN_SPEAKER = [
	/^(?<a>[^“”"]+?),\s+(?:he|she)\s+(?:said|says|added|argued|warned),\s+(?<b>[^“”"]+)$/,
	// "The council must cut its spending, he said."
	/^(?<a>[^“”"]+?),\s+(?:he|she)\s+(?:said|says|added|argued|warned)$/,
	/^“?(?<a>[^“”]+?)[,.!]?”\s+(?:he|she)\s+(?:said|says|added|argued|warned|told)\b[^“”]*$/,
	/^(?:He|She)\s+(?:said|says|argued|argues|warned|insisted|believes|added)\s+(?:that\s+)?(?<a>[^“”"]+)$/
];

const ATTRIBUTION_VERB =
	/\b(?:said|says|argued|argues|warned|warns|added|adds|insisted|insists|told|tells|wrote|writes|stressed|cautioned)\b/;

/**
 * Who "he" or "she" is: the one person the sentence before names (in this paragraph, or ending
 * the paragraph before: a news quote often takes a paragraph of its own), when that person is
 * its subject or its speaker and no name's gender contradicts the pronoun.
 */
function speakerBefore(s: Sentence, analysis: RuleContext['analysis']): ArticleMention | null {
	const previous = sentenceBefore(analysis, s);
	if (!previous || previous.question || previous.interviewer) return null;
	const people = previous.mentions.filter((m) => m.type === 'person');
	if (new Set(people.map((m) => surname(m.text))).size !== 1) return null;
	const person =
		namedSubject(previous) ?? (ATTRIBUTION_VERB.test(previous.text) ? people[0] : null);
	if (!person) return null;
	const full = fullName(analysis.mentions, person) ?? person.text;
	const gender = genderOfName(full);
	const pronoun = /\bshe\b/i.test(s.text) ? 'female' : 'male';
	if (gender && gender !== pronoun) return null;
	return person;
}

/**
 * "“…,” he added." after a paragraph that quotes a man and names nobody else: the last person
 * quoted (`lastSpeaker`), never when the sentence before names someone who could be meant.
 */
function speakerEarlier(s: Sentence, analysis: RuleContext['analysis']): ArticleMention | null {
	const pronoun = /\bshe\b/i.test(s.text) ? 'female' : 'male';
	return lastSpeaker(analysis, s, pronoun);
}

/** A sentence whose speaker is "he" or "she", resolved to the person named just before. */
function pronounReported(s: Sentence, analysis: RuleContext['analysis']): Reported | null {
	if (s.question || s.interviewer || looksLikeClutter(s.text)) return null;
	const whole = curly(s.text.trim());
	const text = whole.replace(/[.!]+$/, '');
	for (const pattern of PRONOUN_SPEAKER) {
		const m = pattern.exec(/”/.test(text) ? whole : text);
		const claim = m?.groups ? [m.groups.a, m.groups.b].filter(Boolean).join(' ') : '';
		const person = claim
			? (antecedent(s, analysis) ?? speakerBefore(s, analysis) ?? speakerEarlier(s, analysis))
			: null;
		if (person && claim) return { person, claim, quoted: /”/.test(text) };
	}
	return null;
}

/** Straight quotes ("…," Coombes says.) as curly ones of the same length: offsets hold. */
const curly = (text: string) => text.replace(/^"/, '“').replace(/([,.!])"(?=\s)/, '$1”');

/**
 * A whole quoted sentence and its speaker: "“…,” said chief inspector Ann Lowe", "“…,” White
 * House spokesman Tom Earle told reporters", or the closing sentence of a longer quotation
 * ("…,” says Parata, bristling."). The speaker is the one person the attribution names.
 */
function quotedPosition(s: Sentence, analysis: RuleContext['analysis']): Reported | null {
	const text = curly(s.text.trim());
	const m = /^“?([^“”"]+?)[,.!]?”\s*(.*)$/u.exec(text);
	if (!m || (!text.startsWith('“') && !s.inQuote)) return null;
	const [, claim, attribution] = m as unknown as [string, string, string];
	if (/[“”"]/.test(attribution) || !ATTRIBUTION_VERB.test(attribution)) return null;
	const offset = s.start + text.length - attribution.length;
	const named = s.mentions.filter((x) => x.type === 'person' && x.start >= offset);
	if (new Set(named.map((x) => surname(x.text))).size !== 1) return null;
	// The name sits beside the verb: "said Lowe", "Lowe said", "spokesman Tom Earle told".
	const near =
		/^,?\s*(?:(?:[\p{L}.-]+\s+){0,7}?(?:said|says|argued|warned|added|told|wrote|insisted)\b)/u;
	if (!near.test(attribution)) return null;
	const person = personNamed(s, surname((named[0] as ArticleMention).text), analysis);
	return person ? { person, claim, quoted: true } : null;
}

/** A short opening phrase before "Name said": "When that fails, …", "In an interview, …". */
const OPENING_PHRASE =
	/^(?:when|if|after|as|although|while|because|before|since|until|once|in|on|at|during|with|by)\b(?:\s+\S+){0,9}$/i;

/**
 * "Upgrading the pipes is a slow process, “because the system is fixed,” said Rae Zimmerman, …":
 * the unquoted clause before the speaker's words is the speaker's view, reported.
 */
const LEAD_QUOTE =
	/^(?<claim>[^“”"]{20,}?),\s+“[^“”]+[,.]?”\s+(?:said|says|argued|warned|added)\s+(?:(?:[\p{Ll}][\p{L}-]*|Mr|Mrs|Ms|Dr|Prof)\.?\s+){0,3}(?<name>[\p{Lu}][\p{L}’'-]+(?:\s+(?:\p{Lu}\.\s+)?[\p{Lu}][\p{L}’'-]+)?)\b[^“”]*$/u;

function leadBeforeQuote(
	s: Sentence,
	text: string,
	analysis: RuleContext['analysis']
): Reported | null {
	const m = LEAD_QUOTE.exec(text)?.groups;
	const person = m?.name ? personNamed(s, surname(m.name), analysis) : undefined;
	// Read like a quoted sentence: a present judgement ("is a slow, painstaking process") counts.
	return person && m?.claim ? { person, claim: m.claim, quoted: true } : null;
}

/** "Claim, said Ian Mills, a spokesman for …" / "Claim, Mills said at the hearing." */
const SAID_NAME =
	/^(?<claim>[^“”"]+?),\s+(?:said|says|argued|warned|added|according to)\s+(?:(?:[\p{Ll}][\p{L}-]*|Mr|Mrs|Ms|Dr|Prof)\.?\s+){0,3}(?<name>[\p{Lu}][\p{L}’'-]+(?:\s+(?:\p{Lu}\.\s+)?[\p{Lu}][\p{L}’'-]+)?)\b[^“”]*$/u;

/**
 * A named speaker's reported claim holding a few of their words in quotation marks, the marks
 * balanced and opened only after the speech verb; the claim loses the marks, so it reads as the
 * article's report of the view ("said the plan was “reckless”" → "the plan was reckless").
 */
function inlineQuoted(s: Sentence, text: string): Reported | null {
	const opens = (text.match(/“/g) ?? []).length;
	if (/^[“"‘]/.test(text) || opens !== (text.match(/”/g) ?? []).length) return null;
	if ((text.match(/"/g) ?? []).length % 2 === 1) return null;
	const person = namedSubject(s);
	const m = person && VERB.exec(text.slice(person.end - s.start));
	const claim = m?.[1]?.replace(SELF_REPORT, '');
	// A mark before the verb quotes someone else's words in the subject ("“Shock” tactics …").
	if (!person || !claim || /[“”"]/.test(text.slice(0, text.length - claim.length - 1))) return null;
	return { person, claim: claim.replace(/[“”"]/g, '').replace(/\s+([,.])/g, '$1') };
}

/** The speaker and claim of a sentence that reports a position, or null. */
function reported(s: Sentence, analysis: RuleContext['analysis']): Reported | null {
	const quoted = /”|[,.!]"\s/.test(s.text) ? quotedPosition(s, analysis) : null;
	if (quoted) return quoted;
	if (
		/^“|”\s*(?:he|she)\b|^(?:he|she)\b|,\s+(?:he|she)\s+(?:said|says|added)\b/i.test(
			curly(s.text.trim())
		)
	)
		return pronounReported(s, analysis);
	// The sentence is only cited, never shown as an option: a pronoun outside the claim ("Reeves
	// said he thought …") does no harm, and the claim's own pronouns are checked after.
	if (s.inQuote || s.interviewer || looksLikeClutter(s.text)) return null;
	const text = s.text.trim().replace(/[.!]+$/, '');
	if (s.text.includes('?')) return null;
	// "Reeves said the council was “wrong” to sell the hall": a reported claim with the
	// speaker's words inside it is read by its verb, the marks dropped (`inlineQuoted`).
	if (/[“”"]/.test(s.text)) return leadBeforeQuote(s, text, analysis) ?? inlineQuoted(s, text);
	const trailing = TRAILING.exec(text);
	const late = personNamed(s, trailing?.[2], analysis);
	// "When that fails, Lowe said scare tactics work": the part before the name is an opening
	// phrase, and the claim follows the verb (read below by the sentence's subject).
	if (late && trailing?.[1] && !OPENING_PHRASE.test(trailing[1]))
		return { person: late, claim: trailing[1] };
	const saidName = SAID_NAME.exec(text)?.groups;
	const named = personNamed(s, saidName?.name && surname(saidName.name), analysis);
	if (named && saidName?.claim) return { person: named, claim: saidName.claim };
	const person = namedSubject(s);
	const after = person ? text.slice(person.end - s.start) : '';
	const m = person && (VERB.exec(after) ?? PARTICIPLE.exec(after));
	return person && m?.[1] ? { person, claim: m[1].replace(SELF_REPORT, '') } : null;
}

/**
 * "Ruiz rejected the plan, insisting that the ferry must stay public": what the person did, then
 * the view it came with, reported by a participle.
 */
const PARTICIPLE =
	/^\s+[^,“”"]{3,90},\s+(?:reaffirming|warning|insisting|arguing|stressing|asserting)\s+(?:that\s+)?(.+)$/iu;

/** Any verb a position is reported with: the patterns below only run where one occurs. */
const SPEECH =
	/\b(?:said|says|according to|argued|argues|believes?|believed|warned|warns|insisted|insists|contends|contended|maintained|maintains|stressed|claimed|claims|asserted|told|added|reaffirm(?:ed|ing)|warning|insisting|arguing|stressing|asserting)\b/;

/**
 * The position a sentence reports, or why it reports none ("no speaker", "pronoun"): the reason
 * is for tracing which sentences the rule passes over on a corpus.
 */
export function readPosition(s: Sentence, analysis: RuleContext['analysis']): Position | string {
	if (s.question) return 'question';
	if (!SPEECH.test(s.text)) return 'no speech verb';
	const found = reported(s, analysis);
	if (!found) return 'no named speaker';
	// "… and said the next phase would …" starts a second report: the claim ends before it.
	// "… but insisted progress had been made" likewise. A reported sentence is read report by
	// report ("claimed the firm had cut 40 jobs and said the sale would hurt the villages"): the
	// first that states a view is the position.
	const reports = found.claim
		// "Simply put, …" is the speaker's flourish, not part of the view.
		.replace(/^(?:simply put|put simply|in short|in other words|frankly|ultimately),\s+/i, '')
		.split(/,? (?:and|but) (?:also )?(?:said|added|warned|insisted|argued|noted)\b/)
		.map((claim) => claim.trim());
	const read = (found.quoted ? reports.slice(0, 1) : reports).map((claim) =>
		positionIn(s, found, claim)
	);
	return read.find((r): r is Position => typeof r !== 'string') ?? (read[0] as string);
}

/** The position one report states, or why it states none. */
function positionIn(s: Sentence, found: Reported, claim: string): Position | string {
	if (!claim || /^(?:said|says)\b/i.test(claim)) return 'no claim';
	if (!OPINION.test(claim) && !FORECAST.test(claim) && !(found.quoted && judges(s, claim)))
		return 'not an opinion';
	if (PRONOUNS.test(claim)) return 'pronoun';
	if (leansOutside(claim)) return 'leans outside';
	// "… that it puts the squeeze on …" leans on an earlier sentence; "… because …" explains a fact.
	if (loosePronoun(claim)) return 'loose pronoun';
	if (/\bbecause\b/i.test(claim)) return 'because';
	const count = words(claim).length;
	if (count < 5 || count > 30) return `length ${count}`;
	// A quotation opens the speaker's sentence: its first word is lower-cased inside the prompt
	// unless a name starts there.
	const opening =
		found.quoted && !s.mentions.some((m) => s.text.indexOf(claim) + s.start === m.start);
	const clause =
		opening && !/^(?:I\b|[A-Z]{2,})/.test(claim)
			? claim.charAt(0).toLowerCase() + claim.slice(1)
			: asClause(s, claim);
	return { s, person: found.person, claim: clause.replace(/[.!;:,]+$/, '') };
}

function positionOf(s: Sentence, analysis: RuleContext['analysis']): Position | null {
	const read = readPosition(s, analysis);
	return typeof read === 'string' ? null : read;
}

/**
 * A pronoun the claim cannot resolve itself: any "he", "they" or "it", and "its" or "their" in
 * the first words; later in the clause they point back to the noun before them ("the plan
 * would force the council to rethink its approach").
 */
function loosePronoun(claim: string): boolean {
	// "will find it more difficult to …", "make it harder to …": "it" stands for what follows.
	const dummy = claim.replace(
		/\b(?:find|finds|make|makes|making)\s+it\s+(?:\p{L}+\s+)?\p{L}+er\s+to\b|\bfind it (?:more |less )?\p{L}+ to\b/giu,
		''
	);
	if (/\b(?:he|she|him|her|his|they|them|it)\b/i.test(dummy)) return true;
	const head = claim.split(/\s+/).slice(0, 3).join(' ');
	return hasLoosePronoun(head);
}

/**
 * A forecast is a position when it says what something will do to something else ("would unite
 * Tunisians", "will cost jobs"), not when it reports a plan ("the meeting would start at seven").
 */
const FORECAST =
	/\b(?:would|will|could)\s+(?:\p{L}+\s+)?(?:unite|divide|force|cut|help|hurt|harm|cost|save|damage|improve|reduce|raise|destroy|weaken|strengthen|protect|threaten|undermine|worsen|boost|ruin|kill|leave|make|lead|end|fail|work|pay|encourage|discourage|drive|push|hit|send|keep|stop|block|bring|put|create|lose|win)\b/iu;

/** Verbs of a present judgement or a forecast, not a story told in the past. */
const PRESENT =
	/\b(?:is|are|will|can|could|would|should|must|may|might|isn[’']t|aren[’']t|won[’']t)\b/i;
/**
 * A speaker's own sentence that judges: a present or future verb and an evaluative word
 * (an adjective or adverb the tagger marks), never a past narrative ("the drug was in her system").
 */
function judges(s: Sentence, claim: string): boolean {
	if (!PRESENT.test(claim) || /\b(?:was|were|had|did)\b/i.test(claim)) return false;
	const at = s.text.indexOf(claim);
	const from = s.start + Math.max(at, 0);
	const to = from + claim.length;
	return s.tokens.some(
		(t) =>
			t.start >= from && t.end <= to && (t.pos === 'ADJ' || t.pos === 'ADV') && t.text.length > 3
	);
}

const FUNCTION_WORDS = new Set(
	'the and for are was were has had have not but its can may will would could should must that this with from they their there about into than then what when which who also been more most some such only over very just said says'.split(
		' '
	)
);
/** How many content words (four letters or more, as five-letter stems) two texts share. */
// Each paragraph is compared with every claim: its stems are found once.
const contentStems = memo(
	(t: string) =>
		new Set(
			words(t)
				.filter((w) => w.length >= 4 && !FUNCTION_WORDS.has(w))
				.map((w) => w.slice(0, 5))
		)
);
function sharedContent(a: string, b: string): number {
	const stems = contentStems;
	const x = stems(a);
	let n = 0;
	for (const w of stems(b)) if (x.has(w)) n++;
	return n;
}

/** Where a sentence sits in reading order, to compare positions cheaply. */
const order = (s: Sentence) => s.paragraph * 1000 + s.index;

/**
 * Positions of two people the article sets against each other: a contrast cue ("But …",
 * "However", critics) after the first and up to the second, at most three paragraphs apart.
 * `cues` holds the reading order of every cue sentence, ascending.
 */
function opposed(a: Position, b: Position, cues: number[]): boolean {
	if (surname(a.person.text) === surname(b.person.text)) return false;
	const [first, second] = order(a.s) <= order(b.s) ? [a, b] : [b, a];
	if (second.s.paragraph - first.s.paragraph > 3) return false;
	const [from, to] = [order(first.s), order(second.s)];
	return cues.some((c) => c > from && c <= to);
}

function contrastCues(analysis: RuleContext['analysis']): number[] {
	return analysis.sentences
		.filter((s) => CONTRAST.test(s.text.replace(/^[“"]/, '')))
		.map(order)
		.sort((x, y) => x - y);
}

const positionCache = new WeakMap<RuleContext['analysis'], Position[]>();

/** Every position the article reports, read once per analysis (claim-evidence asks too). */
export function positionsOf(analysis: RuleContext['analysis']): Position[] {
	let found = positionCache.get(analysis);
	if (!found) {
		found = analysis.sentences.flatMap((s) => positionOf(s, analysis) ?? []);
		positionCache.set(analysis, found);
	}
	return found;
}

export function pointOfViewQuestions(ctx: RuleContext): Candidate[] {
	const { analysis } = ctx;
	const positions = positionsOf(analysis);
	if (positions.length === 0) return [...stanceQuestions(ctx), ...authorsViews(ctx)];
	const speakers = new Set(positions.map((p) => surname(p.person.text)));
	const people = new Map<string, ArticleMention>();
	// People named in the story itself, never only in a byline or bio line ("… is a writer for").
	for (const s of analysis.sentences) {
		if (isClutter(s.text) || looksLikeClutter(s.text)) continue;
		for (const m of s.mentions) if (m.type === 'person') people.set(surname(m.text), m);
	}
	const cues = contrastCues(analysis);
	// Every paragraph that names each person: a speaker none of whose paragraphs shares a
	// content word with a claim speaks on other subjects, and is a fair decoy for it.
	const said = new Map<string, string[]>();
	for (const m of analysis.mentions) {
		if (m.type !== 'person') continue;
		const list = said.get(surname(m.text)) ?? [];
		list.push(analysis.paragraphs[m.paragraph] ?? '');
		said.set(surname(m.text), list);
	}
	const elsewhere = (name: string, claim: string) =>
		(said.get(name) ?? []).every((text) => sharedContent(text, claim) === 0);
	const against = (p: Position) =>
		new Set(positions.filter((q) => opposed(p, q, cues)).map((q) => surname(q.person.text)));
	const agree = positions.flatMap((p): Candidate[] => {
		// One form for every option: full names when the article gives the key person's.
		// The cited sentence must show the key as the options give it: "Trump claimed …" is keyed
		// "Trump", not "Donald Trump", however the article names him elsewhere.
		const named = fullName(analysis.mentions, p.person);
		const keyFull = named && p.s.text.includes(named) ? named : undefined;
		const full = !!keyFull;
		const key = surname(p.person.text);
		const opponents = against(p);
		// Without someone the article sets against this person, "who would agree" only matches
		// the quoted words to a name (two blind readers rejected every such item).
		if (opponents.size === 0) return [];
		// A speaker on the same subject might agree too: decoys are opponents, speakers on other
		// subjects (no shared words), then people with no stated view.
		const unrelated = new Set(
			positions
				.filter((q) => !opponents.has(surname(q.person.text)) && overlap(q.claim, p.claim) < 0.08)
				.map((q) => surname(q.person.text))
		);
		const sameSide = (name: string) =>
			positions.some((q) => surname(q.person.text) === name && overlap(q.claim, p.claim) >= 0.08);
		const ranks = new Map<string, number>();
		const rankOf = (name: string) => {
			let rank = ranks.get(name);
			if (rank === undefined) ranks.set(name, (rank = rankFor(name)));
			return rank;
		};
		const rankFor = (name: string) =>
			opponents.has(name)
				? 0
				: unrelated.has(name) && !sameSide(name)
					? 1
					: speakers.has(name) || speaks(analysis, name)
						? elsewhere(name, p.claim)
							? 3
							: 9
						: 2;
		// Someone the article quotes whose view was not read may hold this one too: never a
		// decoy. Someone it only names is one when it gives a full name ("General Assembly" is
		// no person whatever the title before it).
		const others = [...people.values()]
			.filter((m) => surname(m.text) !== key && !containsPhrase(p.claim, surname(m.text)))
			.filter((m) => rankOf(surname(m.text)) !== 2 || fullName(analysis.mentions, m))
			.filter((m) => rankOf(surname(m.text)) < 9)
			.sort((a, b) => rankOf(surname(a.text)) - rankOf(surname(b.text)))
			.map((m) => (full ? fullName(analysis.mentions, m) : surname(m.text)))
			.filter((name): name is string => !!name);
		const answer = keyFull ?? key;
		// The key is never the one woman among men (or man among women): a set fair by gender.
		const decoys = genderFair(ctx, answer, [...new Set(others)]);
		const made = choice({
			ctx,
			skill: 'point-of-view',
			rule: 'point-of-view-agree',
			prompt: `Which person would most likely agree that ${p.claim}?`,
			answer,
			decoys,
			evidence: { paragraph: p.s.paragraph, start: p.s.start, end: p.s.end },
			because: `${answer} holds this view`,
			sentenceKey: sentenceKey(p.s),
			quality: opponents.size > 0 ? 0.9 : 0.8
		});
		return made ? [made] : [];
	});
	// One "who would agree" per person: a second on the same speaker tests the same reading.
	// The best of each person's: set against an opponent first, then the shortest prompt.
	const best = [...agree].sort(
		(a, b) => b.quality - a.quality || a.prompt.length - b.prompt.length
	);
	const once = best.filter((c, i) => best.findIndex((d) => d.answer === c.answer) === i);
	return [
		...once,
		...contrasts(ctx, positions, cues),
		...stanceQuestions(ctx),
		...authorsViews(ctx)
	];
}

/** The author's own positions: a verdict's attitude, and which statement the author holds. */
const authorsViews = (ctx: RuleContext) => [
	...authorViewQuestions(ctx),
	...authorAgreeQuestions(ctx)
];

/** The shortest claim each of two opposed people makes, stated as the options of one question. */
function contrasts(ctx: RuleContext, positions: Position[], cues: number[]): Candidate[] {
	const { analysis } = ctx;
	const short = positions.filter((p) => words(p.claim).length <= 18);
	const seen = new Set<string>();
	return short.flatMap((a, i): Candidate[] => {
		const b = short.slice(i + 1).find((q) => opposed(a, q, cues));
		if (!b) return [];
		const pair = [surname(a.person.text), surname(b.person.text)];
		if (seen.has(pair.join('/'))) return [];
		seen.add(pair.join('/'));
		const [x, y] = pair as [string, string];
		const answer = `${x} believes that ${a.claim}, while ${y} believes that ${b.claim}.`;
		const options = [
			answer,
			`${x} believes that ${b.claim}, while ${y} believes that ${a.claim}.`,
			`Both ${x} and ${y} believe that ${a.claim}.`,
			`Both ${x} and ${y} believe that ${b.claim}.`
		];
		if (new Set(options.map(fold)).size < 4) return [];
		const prompt = `Which statement best describes the positions of ${x} and ${y}?`;
		const cite = (p: Position) => explain(analysis, p.s.paragraph, p.s.start, p.s.end);
		return [
			{
				kind: 'multiple_choice',
				prompt,
				options: shuffle(options, hash(prompt, ctx.seed)),
				answer,
				explanation: `${cite(b)}; ${cite(a).replace(/^Paragraph/, 'paragraph')}, so ${x} and ${y} hold opposite views.`,
				evidence: { paragraph: b.s.paragraph, start: b.s.start, end: b.s.end },
				skill: 'point-of-view',
				rule: 'point-of-view-contrast',
				sentenceKey: sentenceKey(b.s),
				factKey: `point-of-view-contrast:${pair.join('/')}`,
				quality: 0.92
			}
		];
	});
}

const fullNames = new WeakMap<ArticleMention[], Map<string, string>>();

/** The full name the article gives a person, when it gives one (indexed once per article). */
function fullName(mentions: ArticleMention[], m: ArticleMention): string | undefined {
	let index = fullNames.get(mentions);
	if (!index) {
		index = new Map();
		for (const x of mentions)
			if (x.type === 'person' && x.subtype === 'full' && !index.has(surname(x.text)))
				index.set(surname(x.text), x.text);
		fullNames.set(mentions, index);
	}
	return index.get(surname(m.text));
}
