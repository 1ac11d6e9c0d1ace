/**
 * A statement key (a central idea, a claim's support, a point a detail serves) whose content
 * another draft of the same quiz prints: the other draft hands the answer over. The ranker
 * keeps two such drafts apart (`rank.ts`, `conflicts`).
 */
import { words } from '../text';

const STOP = new Set(
	'about after again also among another because been before being between both could does during each even every from have having here however into itself just like made make many more most much must only other over said says same should since some such than that their them then there these they this those through under until very were what when where which while will with would year years first last people told'.split(
		' '
	)
);
/** Words that carry a statement's content: four letters or more, not a function word. */
export const contentWords = (text: string) =>
	words(text).filter((w) => w.length >= 4 && !STOP.has(w));

/** Skills whose key is a statement from the text, which another draft must not print. */
const STATEMENT_KEYS = new Set(['central-idea', 'claim-evidence', 'text-structure']);
/** The words every text-structure option shares: not the content of its key. */
export const OPTION_LEAD = /^To support the point that\s+/i;
const printedCache = new Map<string, string[]>();
// The ranker asks of every pair it weighs: each draft's words are gathered once.
const shownCache = new Map<string, Set<string>>();
function shownWords(shown: string): Set<string> {
	let set = shownCache.get(shown);
	if (!set) {
		if (shownCache.size > 5000) shownCache.clear();
		set = new Set(words(shown));
		shownCache.set(shown, set);
	}
	return set;
}

function keyWords(answer: string): string[] {
	let found = printedCache.get(answer);
	if (!found) {
		if (printedCache.size > 5000) printedCache.clear();
		found = [...new Set(contentWords(answer.replace(OPTION_LEAD, '')))];
		printedCache.set(answer, found);
	}
	return found;
}

/**
 * Whether another draft prints this draft's key statement: nearly all of its content words
 * (85%, five words at least) in what the student reads of the other draft. Word by word rather
 * than as one phrase, so that a trimmed lede ("…on Wednesday…" cut) or a point recast after
 * "To support the point that" is still caught. For the ranker: two such drafts never go together.
 */
export function keyPrintedIn(
	draft: { skill: string; answer: string; kind: string },
	shown: string
): boolean {
	if (!STATEMENT_KEYS.has(draft.skill) || draft.kind === 'true_false') return false;
	const key = keyWords(draft.answer);
	if (key.length < 5) return false;
	const seen = shownWords(shown);
	return key.filter((w) => seen.has(w)).length >= 0.85 * key.length;
}
