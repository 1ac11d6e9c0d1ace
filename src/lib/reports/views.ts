/** What the gradebook pages show, as plain types the components may import. */

/** One answer of a student's attempt, for their teacher. */
export interface AnswerDetail {
	questionId: number;
	position: number;
	prompt: string;
	answer: string;
	correctAnswer: string;
	correct: boolean;
	points: number;
	maxPoints: number;
	/** Different answers saved (guided reading shows them); 0 when unanswered. */
	tries: number;
}
