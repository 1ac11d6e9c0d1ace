import { sql, type SQL } from 'drizzle-orm';
import { db, dialect, type Db } from './index';

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

interface Preparable<P> {
	prepare(): P;
}

/**
 * A hot statement prepared under a name on PostgreSQL: the server parses and plans it once per
 * connection instead of on every execution (an unnamed statement is planned each time). SQLite
 * statements are prepared objects already. Names must be unique per statement text.
 */
export function preparedAs<P>(query: Preparable<P>, name: string): P {
	if (dialect() !== 'postgres') return query.prepare();
	return (query as unknown as { prepare(name: string): P }).prepare(name);
}

/**
 * A placeholder with its column's type: PostgreSQL cannot infer the type of a bare parameter
 * in a SELECT list or in arithmetic on an unknown; SQLite takes it as it is.
 */
export function typedPlaceholder(name: string, pgType: string): SQL {
	const value = sql.placeholder(name);
	return dialect() === 'postgres' ? sql`CAST(${value} AS ${sql.raw(pgType)})` : sql`${value}`;
}
