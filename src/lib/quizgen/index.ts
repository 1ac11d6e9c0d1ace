export { generateQuiz, generateQuestions, defaultCount } from './generate';
export { structuralProblems } from './checks';
export { BLANK } from './types';
export type {
	ArticleInput,
	EvidencePart,
	EvidenceSpan,
	GenerateOptions,
	GenerateResult,
	QuestionDraft,
	QuestionKind
} from './types';
