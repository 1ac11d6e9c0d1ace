import { cartelCrackdown } from '../quizgen/fixtures/cartel-crackdown';
/**
 * Test fixtures: the body paragraphs of the demo article (a real magazine piece, "Why Trump’s
 * Cartel Crackdown Talk Has Alarmed Mexico", cleaned), and the brief's example paragraph.
 */

/** The example paragraph, with straight quotation marks. */
export const SEED_PARAGRAPH =
	'US President Donald Trump has signalled a sharp escalation in his administration\'s campaign against Mexican drug cartels, saying the US would now begin to "hit land" in its offensive against the gangs.';

/** The same paragraph as typeset, with curly quotation marks. */
export const SEED_PARAGRAPH_CURLY = SEED_PARAGRAPH.replace('"hit', '“hit').replace(
	'land"',
	'land”'
);

/** The seed article's 12 body paragraphs (one copy, shared with the generator's tests). */
export const CARTEL_ARTICLE: string[] = cartelCrackdown.paragraphs;
