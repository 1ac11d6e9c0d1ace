/** The article reader's pure helpers: reading statistics, glossary terms, paragraph segments. */
export { readingStats, gradeLabel, WORDS_PER_MINUTE, type ReadingStats } from './readability';
export { splitSentences, type SentenceSpan } from './sentences';
export { countSyllables } from './syllables';
export {
	suggestTerms,
	findTermOccurrences,
	type TermSuggestion,
	type TermOccurrence
} from './glossary';
export {
	segmentParagraph,
	parseHighlight,
	highlightParam,
	type Mark,
	type Segment,
	type HighlightSpan
} from './segments';
