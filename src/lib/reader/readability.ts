/**
 * Reading statistics for an article: length, reading time and a grade estimate from the two
 * classic Flesch formulas. Both use only words per sentence and syllables per word.
 */
import { splitSentences } from './sentences';
import { countSyllables } from './syllables';
import { wordTokens } from './text';

export interface ReadingStats {
	words: number;
	sentences: number;
	syllables: number;
	/** Whole minutes, rounded up; 0 only for text without words. */
	readingMinutes: number;
	/** Higher is easier; 60–70 is plain English. Not clamped, so it can leave 0–100. */
	fleschReadingEase: number;
	/** A US school grade, to one decimal. */
	fleschKincaidGrade: number;
	/** "Grade 1" … "Grade 12", "College", or "No text". */
	gradeLabel: string;
}

/** Silent reading of English non-fiction by adults (Brysbaert 2019, J. Memory and Language). */
export const WORDS_PER_MINUTE = 238;

const EMPTY: ReadingStats = {
	words: 0,
	sentences: 0,
	syllables: 0,
	readingMinutes: 0,
	fleschReadingEase: 0,
	fleschKincaidGrade: 0,
	gradeLabel: 'No text'
};

function roundToTenth(value: number): number {
	return Math.round(value * 10) / 10;
}

/**
 * Flesch–Kincaid grade level (Kincaid, Fishburne, Rogers & Chissom 1975, Navy research report
 * 8-75): 0.39 × words/sentence + 11.8 × syllables/word − 15.59.
 */
export function fleschKincaidGrade(wordsPerSentence: number, syllablesPerWord: number): number {
	return 0.39 * wordsPerSentence + 11.8 * syllablesPerWord - 15.59;
}

/**
 * Flesch reading ease (Flesch 1948, "A new readability yardstick", J. Applied Psychology 32):
 * 206.835 − 1.015 × words/sentence − 84.6 × syllables/word.
 */
export function fleschReadingEase(wordsPerSentence: number, syllablesPerWord: number): number {
	return 206.835 - 1.015 * wordsPerSentence - 84.6 * syllablesPerWord;
}

/** "Grade 9" for 8.5 to 9.4; anything above grade 12 reads as "College"; never below "Grade 1". */
export function gradeLabel(grade: number): string {
	if (grade > 12) return 'College';
	return `Grade ${Math.max(1, Math.round(grade))}`;
}

export function readingMinutes(words: number): number {
	return words === 0 ? 0 : Math.max(1, Math.ceil(words / WORDS_PER_MINUTE));
}

/** Counts words, sentences and syllables over all paragraphs (a paragraph ends a sentence). */
function countText(paragraphs: string[]): { words: number; sentences: number; syllables: number } {
	const totals = { words: 0, sentences: 0, syllables: 0 };
	for (const paragraph of paragraphs) {
		for (const sentence of splitSentences(paragraph)) {
			const tokens = wordTokens(sentence.text);
			if (tokens.length === 0) continue; // a stray "—" or "*" is not a sentence
			totals.sentences++;
			totals.words += tokens.length;
			for (const token of tokens) totals.syllables += countSyllables(token.text);
		}
	}
	return totals;
}

export function readingStats(paragraphs: string[]): ReadingStats {
	const { words, sentences, syllables } = countText(paragraphs);
	if (words === 0) return { ...EMPTY };
	const wordsPerSentence = words / sentences;
	const syllablesPerWord = syllables / words;
	const grade = roundToTenth(fleschKincaidGrade(wordsPerSentence, syllablesPerWord));
	return {
		words,
		sentences,
		syllables,
		readingMinutes: readingMinutes(words),
		fleschReadingEase: roundToTenth(fleschReadingEase(wordsPerSentence, syllablesPerWord)),
		fleschKincaidGrade: grade,
		gradeLabel: gradeLabel(grade)
	};
}
