/** `npm run bench`: every benchmark, each printed as a ratio to a baseline from the same run. */
import { cpus, loadavg } from 'node:os';
import { benchClassroom } from './classroom';
import { benchDebateStream } from './debate-stream';
import { benchEntry } from './entry';
import { benchGroups } from './groups';
import { benchMastery } from './mastery';
import { benchPostgresClassroom } from './postgres-classroom';
import { benchPostgresFanOut } from './postgres-fanout';
import { benchPostgresSave } from './postgres-save';
import { benchQuizgen } from './quizgen';
import { benchReports } from './reports';
import { benchRoom } from './room';
import { benchSaveAnswer } from './save-answer';
import { findPostgresBin } from '../scripts/lib/postgres-bin.js';

const only = process.argv[2];
// Figures from a shared machine mean little without how busy it was.
const machine = () =>
	`${cpus().length} cores, load average ${loadavg()
		.map((n) => n.toFixed(1))
		.join(' / ')} (1 / 5 / 15 min)`;
console.log(`Machine at start: ${machine()}`);
if (!only || only === 'quizgen') benchQuizgen();
if (!only || only === 'save') await benchSaveAnswer();
if (!only || only === 'reports') await benchReports();
if (!only || only === 'mastery') await benchMastery();
if (!only || only === 'debate') await benchDebateStream();
if (!only || only === 'room') await benchRoom();
if (!only || only === 'entry') await benchEntry();
if (!only || only === 'groups') await benchGroups();
if (!only || only === 'classroom') await benchClassroom();

// On PostgreSQL against SQLite in the same run (issue 18); the server programs must be installed.
const postgres = ['pg-save', 'pg-classroom', 'pg-fanout'];
if (!findPostgresBin() && (!only || postgres.includes(only))) {
	console.log(
		'\nPostgreSQL benchmarks skipped: no initdb/pg_ctl (see scripts/lib/postgres-bin.js).'
	);
} else {
	if (!only || only === 'pg-save') await benchPostgresSave();
	if (!only || only === 'pg-fanout') await benchPostgresFanOut();
	if (!only || only === 'pg-classroom') await benchPostgresClassroom();
}

console.log(`\nMachine at end: ${machine()}`);
