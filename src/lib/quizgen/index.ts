export { generateQuestions, defaultCount } from './generate';
export { structuralProblems } from './checks';
export { BLANK } from './types';
export type {
	ArticleInput,
	EvidencePart,
	EvidenceSpan,
	GenerateOptions,
	QuestionDraft,
	QuestionKind
} from './types';
