/**
 * Motions a teacher might start from, drawn from the article alone (never from another
 * debate): a question the headline or standfirst asks, a choice the headline names ("A or B",
 * "A vs B"), or a decision it reports ("Council approves bus lanes"); the sides are named after
 * the groups the text sets against each other ("supporters" and "critics") when it has both.
 * Pure: the teacher edits or ignores what this offers.
 */
import { MOTION_MAX, SIDE_NAME_MAX } from './limits';

export interface ArticleText {
	title: string;
	standfirst: string | null;
	paragraphs: readonly string[];
}

export interface DebateSuggestion {
	motion: string;
	sideFor: string;
	sideAgainst: string;
}

const MAX_SUGGESTIONS = 3;

// Words a report uses for the two camps; the first found of each names a side.
const FOR_CAMPS = ['supporters', 'proponents', 'advocates', 'backers', 'campaigners'];
const AGAINST_CAMPS = ['critics', 'opponents', 'sceptics', 'skeptics', 'detractors'];

// A decision reported in a headline, as the verb's base form: "Council bans cars" → "ban".
const DECISIONS: Record<string, string> = {
	approves: 'approve',
	approved: 'approve',
	backs: 'back',
	backed: 'back',
	bans: 'ban',
	banned: 'ban',
	rejects: 'reject',
	rejected: 'reject',
	scraps: 'scrap',
	scrapped: 'scrap',
	passes: 'pass',
	passed: 'pass',
	introduces: 'introduce',
	introduced: 'introduce',
	cuts: 'cut',
	raises: 'raise',
	raised: 'raise',
	closes: 'close',
	closed: 'close',
	ends: 'end',
	ended: 'end'
};
const PLANS = /^(.+?)\s+(?:plans|proposes|wants|votes|moves|aims)\s+to\s+(.+)$/i;

const clean = (text: string) => text.replace(/\s+/g, ' ').trim();
const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const sentences = (text: string) => text.match(/[^.!?]+[.!?]+/g)?.map(clean) ?? [];

/** Words the body capitalises mid-sentence: names, which a Title Case headline must keep. */
function properNouns(article: ArticleText): Set<string> {
	const names = new Set<string>();
	for (const sentence of sentences(article.paragraphs.join(' '))) {
		for (const word of sentence.split(' ').slice(1)) {
			const bare = word.replace(/[^\p{L}\p{N}'’-]/gu, '');
			if (/^\p{Lu}/u.test(bare)) names.add(bare);
		}
	}
	return names;
}

/** Headline words in running text: "Approves New Bus Lanes" → "approves new bus lanes". */
const inRunningText = (words: readonly string[], names: Set<string>) =>
	words
		.map((word) => (/^\p{Lu}\p{Ll}+$/u.test(word) && !names.has(word) ? word.toLowerCase() : word))
		.join(' ');

/** "Town council" → "The town council"; a name ("Mexico", "NHS") stands alone. */
function subject(words: readonly string[], names: Set<string>): string {
	const [first = '', ...rest] = words;
	if (/^(the|a|an)$/i.test(first))
		return capital(inRunningText(words, names).replace(/^\S+/, capital(first.toLowerCase())));
	if (names.has(first) || /^\p{Lu}{2,}/u.test(first))
		return `${first} ${inRunningText(rest, names)}`.trim();
	return `The ${inRunningText(words, new Set()).replace(/^\S+/, (w) => w.toLowerCase())}`;
}

function questions(article: ArticleText): string[] {
	const found = [clean(article.title), ...sentences(article.standfirst ?? '')];
	return found.filter((s) => s.endsWith('?') && s.length >= 12);
}

/** "Cars or bikes?" and "Cars vs bikes: the city decides" name their own sides. */
function choice(title: string): DebateSuggestion | null {
	for (const part of title.split(':')) {
		const match = /^([^,;?]{2,40}?)\s+(?:or|vs\.?|versus)\s+([^,;?]{2,40}?)\??$/i.exec(clean(part));
		if (!match) continue;
		const [a, b] = [capital(match[1]!.trim()), capital(match[2]!.trim())];
		return {
			motion: `${a} would be a better choice than ${b.toLowerCase()}.`,
			sideFor: a,
			sideAgainst: b
		};
	}
	return null;
}

/** "Town Council Approves New Bus Lanes" → "The town council was right to approve new bus lanes." */
function decision(article: ArticleText): string | null {
	const names = properNouns(article);
	const title = clean(article.title).replace(/[.!]$/, '');
	const words = title.split(' ');
	const at = words.findIndex((word, i) => i > 0 && DECISIONS[word.toLowerCase()] !== undefined);
	if (at > 0 && at < words.length - 1) {
		const verb = DECISIONS[words[at]!.toLowerCase()];
		return `${subject(words.slice(0, at), names)} was right to ${verb} ${inRunningText(words.slice(at + 1), names)}.`;
	}
	const plan = PLANS.exec(title);
	if (!plan) return null;
	return `${subject(plan[1]!.split(' '), names)} should ${inRunningText(plan[2]!.split(' '), names)}.`;
}

/** The camps the text sets against each other, when it names one of each. */
function camps(article: ArticleText): { sideFor: string; sideAgainst: string } | null {
	const text = [article.standfirst ?? '', ...article.paragraphs].join(' ').toLowerCase();
	const has = (word: string) => new RegExp(`\\b${word}\\b`).test(text);
	const pro = FOR_CAMPS.find(has);
	const con = AGAINST_CAMPS.find(has);
	return pro && con ? { sideFor: capital(pro), sideAgainst: capital(con) } : null;
}

const fits = (s: DebateSuggestion) =>
	s.motion.length <= MOTION_MAX &&
	s.sideFor.length <= SIDE_NAME_MAX &&
	s.sideAgainst.length <= SIDE_NAME_MAX &&
	s.sideFor.toLowerCase() !== s.sideAgainst.toLowerCase();

/** Up to three suggestions, best first; none when the article offers nothing to argue from. */
export function suggestDebates(article: ArticleText): DebateSuggestion[] {
	const sides = camps(article) ?? { sideFor: 'Yes', sideAgainst: 'No' };
	const found: DebateSuggestion[] = [];
	const picked = choice(article.title);
	if (picked) found.push(picked);
	for (const question of questions(article)) found.push({ motion: question, ...sides });
	const decided = decision(article);
	if (decided)
		found.push({
			motion: decided,
			...(camps(article) ?? { sideFor: 'Agree', sideAgainst: 'Disagree' })
		});
	const seen = new Set<string>();
	return found
		.filter((s) => fits(s) && !seen.has(s.motion.toLowerCase()) && seen.add(s.motion.toLowerCase()))
		.slice(0, MAX_SUGGESTIONS);
}
