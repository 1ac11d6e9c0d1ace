/** The grading module's public surface: import from here rather than from the files behind it. */
export * from './types';
export {
	parseResponse,
	isQuestionKind,
	MAX_ANSWER_LENGTH,
	MAX_LIST_LENGTH
} from './parse-response';
export { gradeResponse, gradeAttempt } from './grade';
export { foldText, matchesAccepted } from './match-text';
export { readNumber, sameNumber, type ReadNumber } from './numbers';
export * from './item-stats';
export { flagItem, type FlagCode } from './item-flags';
export { buildItemStatsInput, chosenOptions, optionsOf } from './item-matrix';
