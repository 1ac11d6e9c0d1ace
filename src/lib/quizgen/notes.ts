/**
 * The notes that come back with a quiz: plain sentences saying why fewer drafts came back than
 * were asked for, and why the first ten test fewer than four skills on a long article.
 */
import type { Analysis } from './analyse';
import { speaks } from './roles';
import { FIRST_DRAFTS, PER_TEN, SHORT_WORDS, type SkillCaps } from './rank';
import { RECALL_SKILL, SKILL_LABELS, SKILLS, type Skill } from './skills';
import { listed, wordCount as words_ } from './text';
import type { ArticleInput, QuestionDraft } from './types';

/** Skills a long article's first ten drafts should show, when its text supports them. */
export const MIN_SKILLS = 4;

/** What a skill's rules look for, said when an article gave them nothing sound. */
const NEEDS: Record<Skill, string> = {
	'central-idea': 'a lede the rest of the article returns to',
	'word-meaning': 'academic words whose sense the sentence makes clear',
	'cause-effect': 'causes stated with markers such as “because”, “led to” or “as a result”',
	'claim-evidence': 'a general claim followed by figures, a study or an example',
	'point-of-view': 'people stating positions, in their own words or reported',
	'text-structure': 'paragraphs with clear roles (background, example, counterpoint)',
	sequence: 'three or more events dated in different years',
	inference: 'a change between two stated figures, or what “only since” a year implies',
	'key-details': 'facts stated plainly'
};

/** The people the article quotes or reports speaking, by the name it gives them in full. */
function speakers(analysis: Analysis): string[] {
	const names = new Map<string, string>();
	for (const m of analysis.mentions) {
		if (m.type !== 'person' || !speaks(analysis, m.text)) continue;
		const surname = m.text.split(/\s+/).pop() ?? m.text;
		if ((names.get(surname)?.length ?? 0) < m.text.length) names.set(surname, m.text);
	}
	return [...names.values()];
}

interface Shortfall {
	article: ArticleInput;
	analysis: Analysis;
	drafts: QuestionDraft[];
	count: number;
	mix?: SkillCaps;
	/** The most recall drafts the default quiz may hold (`recallShare`). */
	recallCap?: number;
}

/** Plain sentences saying why fewer drafts came back than were asked for; empty otherwise. */
function countNotes({ article, analysis, drafts, count, mix, recallCap }: Shortfall): string[] {
	if (drafts.length >= count) return [];
	const notes = [
		drafts.length === 0
			? `None of the ${count} questions asked for met the quality bar.`
			: `Only ${drafts.length} of the ${count} questions asked for met the quality bar.`
	];
	const words = article.paragraphs.reduce((sum, p) => sum + words_(p), 0);
	if (words < SHORT_WORDS)
		notes.push(`The article is short (${words} words), so it supports few questions.`);
	const quotes = (article.paragraphs.join(' ').match(/“[^”]{20,}”|"[^"]{20,}"/g) ?? []).length;
	const voices = speakers(analysis);
	if (quotes < 2 && voices.length !== 1)
		notes.push(
			'It quotes almost no one, so there are few questions on points of view or attribution.'
		);
	// One voice: "Who said …?" has only one possible answer, and no view is set against another.
	if (voices.length === 1)
		notes.push(
			`It quotes only one person (${voices[0]}), so there are no “who said” questions and no views to compare.`
		);
	if (analysis.mentions.filter((m) => m.type === 'person').length < 2)
		notes.push('It names few people, so there are few "who" questions.');
	// Said only when the cap is what stopped recall: otherwise the text had no more sound recall.
	const recall = drafts.filter((d) => d.skill === RECALL_SKILL).length;
	if (!mix && recallCap !== undefined && recall >= recallCap)
		notes.push(
			`Recall questions (who, what, how many) are kept to ${recallCap}, so that most questions test understanding.`
		);
	const meanings = drafts.filter((d) => d.skill === 'word-meaning').length;
	const share = PER_TEN['word-meaning'] ?? Infinity;
	if (!mix && meanings > 0 && meanings >= share * Math.ceil(drafts.length / FIRST_DRAFTS))
		notes.push(
			`Word-meaning questions are kept to ${share} in every ${FIRST_DRAFTS}, so that the quiz is not a vocabulary list.`
		);
	if (mix) {
		const got = new Map<Skill, number>();
		for (const d of drafts) got.set(d.skill, (got.get(d.skill) ?? 0) + 1);
		for (const [skill, wanted] of Object.entries(mix) as Array<[Skill, number]>) {
			const have = got.get(skill) ?? 0;
			if (have < wanted)
				notes.push(
					`${SKILL_LABELS[skill]}: ${have} of ${wanted}, as the text supports no more sound ones.`
				);
		}
	}
	return notes;
}

/**
 * A long article whose first ten drafts show fewer than four skills: which skills had no sound
 * candidate, and what each would have needed.
 */
function skillNotes(
	article: ArticleInput,
	drafts: QuestionDraft[],
	available: Set<Skill>
): string[] {
	const words = article.paragraphs.reduce((sum, p) => sum + words_(p), 0);
	const shown = new Set(drafts.slice(0, FIRST_DRAFTS).map((d) => d.skill));
	// With no drafts at all, "none met the quality bar" already says it: no list of every skill.
	if (words < SHORT_WORDS || shown.size >= MIN_SKILLS || drafts.length === 0) return [];
	const absent = SKILLS.filter((s) => !available.has(s) && s !== RECALL_SKILL);
	if (absent.length === 0) return [];
	const tested = `The first questions test ${shown.size} reading skill${shown.size === 1 ? '' : 's'}, not ${MIN_SKILLS}`;
	// What each missing skill needs helps when one or two are missing; a longer list is only read
	// as names ("none on cause and effect, point of view or sequence").
	if (absent.length <= 2) {
		const list = absent.map((s) => `${SKILL_LABELS[s].toLowerCase()} (it needs ${NEEDS[s]})`);
		return [`${tested}: the article gave no sound questions on ${list.join(' or ')}.`];
	}
	const names = absent.map((s) => SKILL_LABELS[s].toLowerCase());
	return [`${tested}: none was sound on ${listed(names, 'or')}.`];
}

/** Every note for a quiz: why fewer than asked, and why fewer skills than promised. */
export function shortfallNotes(shortfall: Shortfall & { available?: Set<Skill> }): string[] {
	const notes = countNotes(shortfall);
	if (shortfall.mix || !shortfall.available) return notes;
	return [...notes, ...skillNotes(shortfall.article, shortfall.drafts, shortfall.available)];
}
