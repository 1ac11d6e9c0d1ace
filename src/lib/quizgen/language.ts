/**
 * The generator's English-only rule, on the app's one language detector (`src/lib/language.ts`):
 * an article plainly in another language is refused in one sentence rather than wrapped in
 * English templates. A short or mixed text the detector is unsure of is not refused.
 */
import { detectLanguage } from '../language';

/** The one sentence a refusal gives, or null when the article reads as English (or unsure). */
export function refusalFor(text: string): string | null {
	const language = detectLanguage(text);
	if (!language.confident || language.code === 'en' || language.code === 'und') return null;
	return `This article appears to be in ${language.name}, and questions can only be made from English text, so none were made.`;
}
