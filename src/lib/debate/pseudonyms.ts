/**
 * Pseudonyms for anonymous debates: "Amber Falcon". A student's pseudonym is keyed by the
 * debate's secret (random, stored with the debate, never sent to a browser) and the student,
 * so it is the same on every page and after every reload, differs between debates, and cannot
 * be recomputed from ids: an unkeyed hash of debate and user id let a classmate who knew ids
 * from a named debate map every pseudonym back to a name.
 */
import { hmac } from '@oslojs/crypto/hmac';
import { SHA256 } from '@oslojs/crypto/sha2';

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

const encoder = new TextEncoder();

/** The first 32 bits of HMAC-SHA256(secret, message). */
function keyedHash(secret: string, message: string): number {
	const mac = hmac(SHA256, encoder.encode(secret), encoder.encode(message));
	return new DataView(mac.buffer, mac.byteOffset, 4).getUint32(0);
}

function nameAt(index: number): string {
	const adjective = ADJECTIVES[index % ADJECTIVES.length] ?? 'Quiet';
	const animal = ANIMALS[Math.floor(index / ADJECTIVES.length) % ANIMALS.length] ?? 'Owl';
	return `${adjective} ${animal}`;
}

/** The `attempt`-th candidate name for a student; attempt 0 is their usual pseudonym. */
function candidate(secret: string, userId: number | string, attempt: number): string {
	return nameAt(keyedHash(secret, `${userId}:${attempt}`) % NAME_COUNT);
}

/** A student's pseudonym in a debate (by its secret), before clashes are resolved. */
export function pseudonym(secret: string, userId: number | string): string {
	return candidate(secret, userId, 0);
}

/** The last few rooms' names, by secret and member list (a join changes the key). */
const recent = new Map<string, ReadonlyMap<number | string, string>>();
const RECENT_ROOMS = 64;

/**
 * Unique pseudonyms for a room. Pass members in join order (joinedAt, then id): on a clash the
 * earlier member keeps the name and the later one takes their next candidate, so nobody's
 * pseudonym changes when someone new joins.
 */
export function roomPseudonyms(
	secret: string,
	userIds: readonly (number | string)[]
): ReadonlyMap<number | string, string> {
	// Every room load names its authors; an HMAC per member cost ~3 ms a load for a class of 35.
	const key = `${secret}\n${userIds.join(',')}`;
	const known = recent.get(key);
	if (known) return known;
	const names = assign(secret, userIds);
	if (recent.size >= RECENT_ROOMS) recent.delete(recent.keys().next().value!);
	recent.set(key, names);
	return names;
}

function assign(secret: string, userIds: readonly (number | string)[]) {
	const names = new Map<number | string, string>();
	const taken = new Set<string>();
	for (const userId of userIds) {
		if (names.has(userId)) continue;
		let name = candidate(secret, userId, 0);
		for (let attempt = 1; taken.has(name) && attempt < MAX_PROBES; attempt++) {
			name = candidate(secret, userId, attempt);
		}
		const base = name;
		for (let n = 2; taken.has(name); n++) name = `${base} ${n}`;
		taken.add(name);
		names.set(userId, name);
	}
	return names;
}
