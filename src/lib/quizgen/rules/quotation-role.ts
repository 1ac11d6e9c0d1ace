/**
 * "Why does the author include the quotation in paragraph 8?" A paragraph that is
 * mostly one named person's words is there for what that person is: an expert's view, an
 * official's position, or the reaction of someone affected. The key comes from the role the
 * article gives the speaker (`roles.ts`), asked only when that role falls in exactly one of the
 * three kinds; the wrong options are the other kinds and roles the paragraph shows no sign of
 * (no figure, no date, no "for example"), so only who is speaking decides the answer.
 */
import { opensOnVowel } from './indefinite';
import type { Analysis, ArticleMention, Sentence } from '../analyse';
import { memoPer } from '../text';
import { lastSpeaker, peopleIndex, speaks } from '../roles';
import { inTitle, sentenceKey, type Candidate, type RuleContext } from './candidate';
import { choice } from './reading';
import { voiceOption, voiceOptions, type Voice } from './quotation-role-options';

/** Role words (as `roles.ts` normalises them) that make one kind of voice, and only one. */
const VOICES: Record<Voice, Set<string>> = {
	expert: new Set(
		'economist scientist professor doctor analyst historian psychologist ecologist nutritionist surgeon epidemiologist virologist meteorologist climatologist oceanographer geologist biologist chemist physicist strategist curator archivist'.split(
			' '
		)
	),
	official: new Set(
		// Not "president" or "commissioner": a club's president or a former envoy is no official.
		'minister governor mayor legislator spokesperson councillor prosecutor'.split(' ')
	),
	// Not from a role word: whether a worker's or a skipper's words are a "reaction" is not
	// clear-cut. Only a phrase naming the speaker as one the events fall on (`PHRASE_ROLES`).
	affected: new Set()
};

/** Every option the same shape and about the same length: no length or form tells. */
export const VOICE_TEXT: Record<Voice, string> = {
	expert: voiceOption('expert'),
	official: voiceOption('official'),
	affected: voiceOption('affected')
};
/** Roles of other kinds, offered only when the paragraph shows no sign of them. */
export type OtherRole = 'background' | 'example' | 'statistic';
const OTHER_TEXT: Record<OtherRole, string> = {
	background: 'To give background on events that came earlier',
	example: 'To give an example that illustrates a point',
	statistic: 'To give figures that support a point'
};

const WHO: Record<Voice, string> = {
	expert: 'an expert',
	official: 'an official',
	affected: 'someone affected by the events'
};

/** "President Claudia Sheinbaum", "Senator Warner": an office held, written as a title. */
const OFFICE_TITLE =
	/(?:President|Prime Minister|Vice President|Senator|Governor|Mayor|Minister|Secretary of State)\s+$/;

/** Roles of leading a body: a society's president speaks both as an expert and as its head. */
const LEADING = new Set(
	'president chair chairman chairwoman director head chief founder leader'.split(' ')
);

/** A body's head named in the sentence ("president of the Infectious Diseases Society"). */
const LEADS_BODY = new RegExp(`\\b(?:${[...LEADING].join('|')})\\s+of\\b`, 'i');

/**
 * A wrong voice that the speaker also fits, which a blind judge could defend: an official's
 * words after an attack are also how an affected person reacted, and a society's president who
 * is a doctor gives both an expert's view and an official's position.
 */
function alsoFits(wrong: Voice, key: Voice, roles: Set<string>): boolean {
	if (key === 'official') return wrong === 'affected';
	return key === 'expert' && wrong === 'official' && [...roles].some((r) => LEADING.has(r));
}

/** Whether the article writes an office as a title just before this person's name. */
function titledOfficial(ctx: RuleContext, surname: string): boolean {
	return titledSurnames(ctx.analysis).has(surname);
}

// Once per article: every mention was scanned again for each quotation.
const titledSurnames = memoPer(
	(analysis: Analysis) =>
		new Set(
			analysis.mentions
				.filter(
					(m) =>
						m.type === 'person' &&
						OFFICE_TITLE.test(
							(analysis.paragraphs[m.paragraph] ?? '').slice(Math.max(0, m.start - 40), m.start)
						)
				)
				.map((m) => m.text.split(/\s+/).pop())
		)
);

/**
 * Roles written as phrases the role list does not hold: "a senior fellow at the Council on
 * Foreign Relations" (an expert), "White House press secretary Josh Earnest" (an official).
 */
const PHRASE_ROLES: [Voice, RegExp][] = [
	[
		'expert',
		/\b(?:(?:senior|research|visiting) )?fellow at\b|\bscholar\b|\blecturer\b|\ban expert (?:on|in)\b|\bM\.?D\b/i
	],
	[
		'official',
		/\bpress secretary\b|\bsheriff\b|\bpolice chief\b|\bchief of police\b|\bambassador\b/i
	],
	// Someone the events fall on, named so beside the quotation ("…,” said Ana Ruiz, a resident
	// whose street flooded): the one case in which the words are plainly a reaction.
	[
		'affected',
		/\b(?:a|an|one|another)\s+(?:[\p{L}-]+\s+)?(?:resident|survivor|victim|patient|commuter|passenger|homeowner|tenant|evacuee|refugee|widow|widower)\b/iu
	]
];
/** Role words that say only that the events fell on the person. */
const AFFECTED_WORDS =
	/^(?:resident|survivor|victim|patient|commuter|passenger|homeowner|tenant|evacuee|refugee|widow|widower)s?$/i;

/** How the text may show a role `roles.ts` names by its family ("Senator" for a legislator). */
const SHOWN_AS: Record<string, string> = {
	doctor: 'doctor|Dr\\.|M\\.?D\\b',
	legislator: 'legislator|senator|lawmaker|MP\\b|congress(?:wo)?man|representative',
	spokesperson: 'spokes(?:man|woman|person)',
	scientist: 'scientist|researcher'
};

/** "a former ambassador": no office held now, so no official's position. */
const FORMER = /\b(?:former|ex-|retired|onetime|one-time)\s*(?:\S+\s+){0,2}$/i;

/** Each paragraph's person mentions with their place in the article's list, indexed once. */
const peopleByParagraph = memoPer((analysis: Analysis) => {
	const index = new Map<number, Array<[number, ArticleMention]>>();
	analysis.mentions.forEach((m, i) => {
		if (m.type !== 'person') return;
		const list = index.get(m.paragraph) ?? [];
		list.push([i, m]);
		index.set(m.paragraph, list);
	});
	return index;
});

/** Person mentions in this paragraph and the one before, in the article's order. */
function peopleNear(analysis: Analysis, paragraph: number): ArticleMention[] {
	const index = peopleByParagraph(analysis);
	return [...(index.get(paragraph - 1) ?? []), ...(index.get(paragraph) ?? [])]
		.sort((a, b) => a[0] - b[0])
		.map(([, m]) => m);
}

/** The voice and role a phrase gives this person where the quotation is (its paragraph or the one before). */
function phraseRole(
	ctx: RuleContext,
	surname: string,
	paragraph: number
): { voice: Voice; role: string } | null {
	for (const m of peopleNear(ctx.analysis, paragraph)) {
		if (m.text.split(/\s+/).pop() !== surname) continue;
		const text = ctx.analysis.paragraphs[m.paragraph] ?? '';
		const before = text.slice(Math.max(0, m.start - 40), m.start);
		const appositive = /^\s*,\s*([^,.;“"]+)/.exec(text.slice(m.end))?.[1] ?? '';
		const around = `${before} | ${appositive}`;
		for (const [voice, re] of PHRASE_ROLES) {
			const found = re.exec(around);
			if (!found || FORMER.test(around.slice(0, found.index))) continue;
			const word = found[0]
				.replace(/ at$/i, '')
				.replace(/^(?:a|an|one|another)\s+(?:[\p{L}-]+\s+)?/iu, (m) =>
					voice === 'affected' ? '' : m
				);
			const role = /expert/i.test(word) ? 'expert' : /^M\.?D$/i.test(word) ? 'doctor' : word;
			return { voice, role: role.toLowerCase() };
		}
	}
	return null;
}

const article = (word: string) => (opensOnVowel(word) ? 'an' : 'a');

/** The one kind of voice a person's stated roles make, or null when none or several. */
function voiceOf(roles: Set<string>): Voice | null {
	const kinds = (Object.keys(VOICES) as Voice[]).filter((v) =>
		[...roles].some((r) => VOICES[v].has(r))
	);
	return kinds.length === 1 ? (kinds[0] as Voice) : null;
}

/**
 * The question for a quotation paragraph (`sentences`), whose one named speaker has a role of
 * one kind. `signs` are the roles the paragraph shows any hint of (never offered as wrong).
 */
export function quotationQuestion(
	ctx: RuleContext,
	sentences: Sentence[],
	cue: Sentence,
	signs: Set<string>
): Candidate | null {
	// People named inside the quoted words ("…did with Shamir…") are spoken of, not speaking.
	const text = ctx.analysis.paragraphs[cue.paragraph] ?? '';
	const quoted = [...text.matchAll(/“[^”]*”|"[^"]*"/g)].map((q) => [
		q.index,
		q.index + q[0].length
	]);
	const spokenOf = (at: number) =>
		quoted.some(([a, b]) => at > (a as number) && at < (b as number));
	const named = sentences.flatMap((s) =>
		s.mentions.filter((m) => m.type === 'person' && !spokenOf(m.start))
	);
	// "“…,” he added." in a paragraph naming nobody: the man quoted in the paragraph before.
	const pronoun = /[”"],?\s+(she|he) (?:said|says|added)\b/.exec(cue.text)?.[1];
	const earlier =
		named.length === 0 && pronoun
			? lastSpeaker(ctx.analysis, cue, pronoun === 'she' ? 'female' : 'male', 1)
			: null;
	const people = earlier ? [earlier] : named;
	const surnames = new Set(people.map((m) => m.text.split(/\s+/).pop() ?? ''));
	// Two people in one paragraph: whose words it gives is itself a question. Not asked.
	if (surnames.size !== 1) return null;
	const person = people.reduce((a, b) => (b.text.length > a.text.length ? b : a));
	const surname = [...surnames][0] as string;
	// "…,” she said" in a paragraph naming one person is that person speaking.
	// Only when the paragraph opens on that person ("Lund rejected … “…,” she said"): a
	// paragraph about Lorenz may quote a woman who worked for him.
	const opensOn = sentences[0]?.text.startsWith(person.text.split(/\s+/).pop() ?? '') ?? false;
	const saidBy =
		opensOn && cue !== sentences[0] && /[”"],?\s+(?:she|he) (?:said|says)\b/.test(cue.text);
	// The quoted sentence names its speaker, or the paragraph is about the one who says it.
	const inCue = cue.mentions.some((m) => m.type === 'person' && m.text.endsWith(surname));
	if (!(inCue && speaks(ctx.analysis, surname)) && !saidBy && !earlier) return null;
	// The headline's person, or a quotation in the first two paragraphs, is the news itself,
	// not a voice the author brings in (a blind reader's finding).
	if (inTitle(ctx, person.text) || cue.paragraph < 2) return null;
	const roles = peopleIndex(ctx.analysis).roles.get(surname) ?? new Set<string>();
	// A title before the name makes an official whatever else the article calls them.
	const titled = titledOfficial(ctx, surname);
	const listed = voiceOf(roles);
	const found = listed || titled ? null : phraseRole(ctx, surname, cue.paragraph);
	// "a nurse who cares for a patient": a resident or a survivor only with no other role stated.
	const otherRole = [...roles].some((r) => !AFFECTED_WORDS.test(r));
	const phrased = found?.voice === 'affected' && otherRole ? null : found;
	const voice = titled ? 'official' : (listed ?? phrased?.voice);
	if (!voice || (titled && listed === 'expert')) return null;
	const role =
		phrased?.role ?? [...roles].find((r) => VOICES[voice].has(r)) ?? [...roles][0] ?? 'official';
	// The role is shown in the quotation's own paragraph, so the cited text can say who speaks.
	// Blind judges rejected a key resting on a role given paragraphs away, then on one given the
	// paragraph before, cited with the quotation alone ("'Our nation is in danger,' Essid
	// declared") and again cited as the sentence before it (the question names one paragraph,
	// the evidence another). "Dr. Lund" shows a doctor.
	const shown = new RegExp(`\\b(?:${SHOWN_AS[role] ?? role})`, 'i');
	if (!shown.test(ctx.analysis.paragraphs[cue.paragraph] ?? '')) return null;
	// "…,” says X, MD, president of the … Society": the role list may miss the office the
	// sentence itself names beside the expert's title.
	const heads = LEADS_BODY.test(cue.text) ? new Set([...roles, 'president']) : roles;
	const wrong = (Object.keys(VOICES) as Voice[]).filter(
		(v) => v !== voice && !alsoFits(v, voice, heads)
	);
	const unsigned = (Object.keys(OTHER_TEXT) as OtherRole[])
		.filter((r) => !signs.has(r))
		// "…history shows…" inside the quotation's paragraph: background is no clear wrong option.
		.filter((r) => r !== 'background' || !sentences.some((x) => /\bhistor/i.test(x.text)))
		.map((r) => OTHER_TEXT[r]);
	// At least one role the paragraph plainly lacks, beside the other voices.
	if (unsigned.length === 0) return null;
	const cited = { voice, role, speaker: surname, cited: cue.text };
	const { answer, others } = voiceOptions(ctx.analysis, cited, wrong, {
		voiceOf,
		room: unsigned.length
	});
	const paragraph = cue.paragraph + 1;
	const evidence = evidenceWithRole(ctx.analysis, cue, shown, surname);
	// The prompt leaves the speaker unnamed (the paragraph quotes one person only): naming them
	// would answer a "Who said …?" on the same words, and the reader has to find who speaks.
	const made = choice({
		ctx,
		skill: 'text-structure',
		rule: 'text-structure-quotation',
		prompt: `Why does the author include the quotation in paragraph ${paragraph}?`,
		answer,
		decoys: [...others, ...unsigned.slice(0, Math.max(1, 3 - others.length))],
		evidence,
		because: `it gives the words of ${person.text}, whom the paragraph presents as ${article(role)} ${role}: ${WHO[voice]}`,
		sentenceKey: sentenceKey(cue),
		quality: 0.8
	});
	// One question per speaker (text-structure.ts keeps the first): the speaker is its fact.
	return made && { ...made, factKey: `${QUOTATION_FACT}${surname}` };
}

/**
 * What the key rests on is who speaks, so the cited text must say it: the quoted sentence when
 * it names the role, else the quotation with the sentence of its paragraph that does.
 */
function evidenceWithRole(
	analysis: Analysis,
	cue: Sentence,
	shown: RegExp,
	surname: string
): { paragraph: number; start: number; end: number } {
	const inCue = { paragraph: cue.paragraph, start: cue.start, end: cue.end };
	if (shown.test(cue.text)) return inCue;
	const showing = (analysis.byParagraph[cue.paragraph] ?? []).filter((s) => shown.test(s.text));
	const role = showing.find((s) => s.text.includes(surname)) ?? showing[0];
	if (!role) return inCue;
	return {
		paragraph: cue.paragraph,
		start: Math.min(role.start, cue.start),
		end: Math.max(role.end, cue.end)
	};
}

/** The fact a quotation question tests: whose words they are ("…quotation:Lund"). */
export const QUOTATION_FACT = 'text-structure-quotation:';
