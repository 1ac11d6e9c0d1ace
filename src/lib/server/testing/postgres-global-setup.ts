/**
 * vitest globalSetup of the `postgres` project: one throwaway server for the whole run (about
 * 2-4 s to initdb and start here); each test file makes its own database in it
 * (testing/pg-database.ts), so files stay independent and can run in parallel.
 */
import type { TestProject } from 'vitest/node';
import { startPostgres } from './postgres';

declare module 'vitest' {
	export interface ProvidedContext {
		postgresSocket: string;
	}
}

export default function setup(project: TestProject): () => void {
	const server = startPostgres();
	project.provide('postgresSocket', server.socketDir);
	return () => server.stop();
}
