import { db, type Db } from './index';

/**
 * Statements prepared once per connection: drizzle's `.prepare()`d queries run at about the speed
 * of raw better-sqlite3, unprepared ones at a sixth of it (STYLE.md 7). Keyed by connection in a
 * WeakMap, so a test's temporary database gets its own statements and they go with it.
 */
export function preparedFor<T>(prepare: (database: Db) => T): () => T {
	const statements = new WeakMap<Db, T>();
	return () => {
		const database = db();
		let found = statements.get(database);
		if (!found) statements.set(database, (found = prepare(database)));
		return found;
	};
}
