/**
 * Decoys for the article's central idea that echo the headline as the key does. Minor details
 * that share none of the headline's words leave the key the only option restating it: blind
 * judges rejected such items as "answerable from the title alone", and `giveaways.ts` drops
 * them. So when the chosen decoys give the key away, one or two are swapped for later sentences
 * that name the headline's subject too but state only a part, a consequence or a reaction:
 * true, narrower, and told apart from the key only by what the whole article is about.
 */
import type { Sentence } from '../analyse';
import { titleGiveaway } from '../giveaways';
import { words } from '../text';
import { similarLength } from './reading';

/** An echoing decoy must sit well under the key in how much the article returns to it. */
const ECHO_CENTRAL = 0.85;
/** Words of the key (beyond the headline's) an echoing decoy may share: more is a paraphrase. */
const ECHO_OVERLAP = 1;

export interface EchoSpec {
	title: string;
	prompt: string;
	answer: string;
	decoys: string[];
	/** Later sentences fit as decoys in all but how much they name the headline's subject. */
	pool: Sentence[];
	/** How central a sentence is (`centrality`), and the key's score. */
	central: (s: Sentence) => number;
	keyCentral: number;
	/** The sentence as an option. */
	option: (s: Sentence) => string;
	/** The headline's words a text shares (`titleShare`). */
	titleShare: (text: string) => number;
	/** Content words of a text. */
	content: (text: string) => readonly string[];
}

const stem = (w: string) => w.slice(0, 5);

function gives(spec: EchoSpec, decoys: string[]): boolean {
	const options = [spec.answer, ...decoys];
	return titleGiveaway(
		{ skill: 'central-idea', prompt: spec.prompt, options, answer: spec.answer },
		spec.title
	);
}

/**
 * Whether a sentence restates the key in other words: beyond the headline's words, it shares
 * more than `ECHO_OVERLAP` of the key's own, or the article returns to it nearly as much.
 */
function secondIdea(spec: EchoSpec, s: Sentence): boolean {
	const title = new Set(spec.content(spec.title).map(stem));
	const key = new Set(
		spec
			.content(spec.answer)
			.map(stem)
			.filter((w) => !title.has(w))
	);
	const own = new Set(
		spec
			.content(s.text)
			.map(stem)
			.filter((w) => !title.has(w))
	);
	const shared = [...own].filter((w) => key.has(w)).length;
	return shared > ECHO_OVERLAP || spec.central(s) >= ECHO_CENTRAL * spec.keyCentral;
}

/**
 * The decoys, with echoing ones swapped in (or topped up) when the plain ones give the key away;
 * the plain decoys unchanged when no echoing sentence fits, so that `generate.ts` drops the draft.
 */
export function echoingDecoys(spec: EchoSpec): string[] {
	if (spec.decoys.length === 3 && !gives(spec, spec.decoys)) return spec.decoys;
	const keyShare = spec.titleShare(spec.answer);
	const length = words(spec.answer).length;
	// The headline words the key names are its subject ("Sudan", "sanctions"); others in the
	// headline ("United States") the key leaves out echo it only by the way.
	const title = new Set(spec.content(spec.title).map(stem));
	const subject = new Set(
		spec
			.content(spec.answer)
			.map(stem)
			.filter((w) => title.has(w))
	);
	const names = (text: string) =>
		new Set(
			spec
				.content(text)
				.map(stem)
				.filter((w) => subject.has(w))
		).size;
	// Naming the key's subject most (never more headline words than the key), then nearest the
	// key in length; each within `similarLength`'s reach and unlike the key.
	const echoes = spec.pool
		.map((s) => ({ s, share: spec.titleShare(s.text), text: spec.option(s) }))
		.filter(
			({ s, share, text }) =>
				share >= 1 &&
				share <= keyShare &&
				!secondIdea(spec, s) &&
				!spec.decoys.includes(text) &&
				similarLength(spec.answer, [text], 1).length === 1
		)
		.map((e) => ({ ...e, names: names(e.text) }))
		.sort(
			(a, b) => b.names - a.names || b.share - a.share || gap(a.text, length) - gap(b.text, length)
		)
		.map(({ text }) => text);
	const tries = [
		...echoes.map((e) => [e]),
		...echoes.slice(1).map((e) => [echoes[0] as string, e])
	];
	for (const swapped of tries.filter((t) => !overlaps(t[0] ?? '', t[1] ?? ''))) {
		const plain = spec.decoys.filter((d) => !swapped.some((e) => overlaps(d, e)));
		const decoys = [...swapped, ...similarLength(spec.answer, plain, 3 - swapped.length)];
		if (decoys.length === 3 && !gives(spec, decoys)) return decoys;
	}
	return spec.decoys;
}

const gap = (text: string, length: number) => Math.abs(words(text).length - length);

/** Two options sharing most of their words would both be right or both be wrong. */
function overlaps(a: string, b: string): boolean {
	const x = new Set(words(a));
	const y = words(b);
	return y.filter((w) => x.has(w)).length / Math.max(1, Math.min(x.size, y.length)) >= 0.5;
}
