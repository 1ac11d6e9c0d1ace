import { defineConfig } from 'drizzle-kit';

/**
 * The PostgreSQL twin of drizzle.config.ts: `npm run db:generate:pg` writes drizzle-pg/ from
 * schema.pg.ts. Generating and checking need no server; the URL is only for `drizzle-kit
 * studio` or `push` against a real one.
 */
export default defineConfig({
	schema: './src/lib/server/db/schema.pg.ts',
	out: './drizzle-pg',
	dialect: 'postgresql',
	dbCredentials: { url: process.env.DATABASE_URL ?? 'postgres://localhost/standpoint' },
	strict: true,
	verbose: true
});
