/**
 * Pseudonyms for anonymous debates: "Amber Falcon". A student's pseudonym depends only on the
 * debate and the student, so it is the same on every page and after every reload, yet differs
 * between debates so students cannot be tracked from one room to the next.
 */

// Kept in rows of ten: one name a line would make the file a list.
// prettier-ignore
const ADJECTIVES = [
	'Amber', 'Azure', 'Bold', 'Brave', 'Bright', 'Calm', 'Clever', 'Coral', 'Crimson', 'Daring',
	'Eager', 'Emerald', 'Gentle', 'Golden', 'Hazel', 'Indigo', 'Ivory', 'Jade', 'Keen', 'Lively',
	'Lucky', 'Mellow', 'Misty', 'Nimble', 'Olive', 'Patient', 'Plum', 'Quick', 'Quiet', 'Rapid',
	'Rosy', 'Ruby', 'Sage', 'Scarlet', 'Silver', 'Sleek', 'Snowy', 'Steady', 'Sunny', 'Swift',
	'Teal', 'Tidy', 'Topaz', 'Violet', 'Vivid', 'Wise', 'Witty', 'Zesty'
];

// prettier-ignore
const ANIMALS = [
	'Badger', 'Beaver', 'Bison', 'Crane', 'Dolphin', 'Eagle', 'Falcon', 'Ferret', 'Finch', 'Fox',
	'Gazelle', 'Gecko', 'Heron', 'Ibis', 'Jaguar', 'Koala', 'Lark', 'Lemur', 'Lynx', 'Marten',
	'Marmot', 'Newt', 'Ocelot', 'Orca', 'Osprey', 'Otter', 'Owl', 'Panda', 'Pelican', 'Puffin',
	'Quail', 'Raven', 'Robin', 'Salmon', 'Seal', 'Sparrow', 'Stork', 'Swan', 'Tapir', 'Tern',
	'Tiger', 'Toucan', 'Turtle', 'Walrus', 'Wombat', 'Wren', 'Yak', 'Zebra'
];

const NAME_COUNT = ADJECTIVES.length * ANIMALS.length;
/** Past this many probes the room is implausibly crowded; a number keeps names unique. */
const MAX_PROBES = 64;

/** 32-bit FNV-1a: tiny, fast and well spread, which is all a name picker needs. */
function fnv1a(text: string): number {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193);
	}
	return hash >>> 0;
}

function nameAt(index: number): string {
	const adjective = ADJECTIVES[index % ADJECTIVES.length] ?? 'Quiet';
	const animal = ANIMALS[Math.floor(index / ADJECTIVES.length) % ANIMALS.length] ?? 'Owl';
	return `${adjective} ${animal}`;
}

/** The `attempt`-th candidate name for a student; attempt 0 is their usual pseudonym. */
function candidate(debateId: number | string, userId: number | string, attempt: number): string {
	return nameAt(fnv1a(`${debateId}:${userId}:${attempt}`) % NAME_COUNT);
}

/** A student's pseudonym in a debate, before any clash with another member is resolved. */
export function pseudonym(debateId: number | string, userId: number | string): string {
	return candidate(debateId, userId, 0);
}

/**
 * Unique pseudonyms for a room. Pass members in join order (joinedAt, then id): on a clash the
 * earlier member keeps the name and the later one takes their next candidate, so nobody's
 * pseudonym changes when someone new joins.
 */
export function roomPseudonyms(
	debateId: number | string,
	userIds: readonly (number | string)[]
): Map<number | string, string> {
	const names = new Map<number | string, string>();
	const taken = new Set<string>();
	for (const userId of userIds) {
		if (names.has(userId)) continue;
		let name = candidate(debateId, userId, 0);
		for (let attempt = 1; taken.has(name) && attempt < MAX_PROBES; attempt++) {
			name = candidate(debateId, userId, attempt);
		}
		const base = name;
		for (let n = 2; taken.has(name); n++) name = `${base} ${n}`;
		taken.add(name);
		names.set(userId, name);
	}
	return names;
}
