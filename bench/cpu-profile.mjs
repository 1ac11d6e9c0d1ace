// Preloaded into the server by `ENTRY_PROFILE=<folder> npm run bench entry` (NODE_OPTIONS
// refuses --cpu-prof): profiles the whole process and writes the V8 CPU profile on SIGTERM.
import { Session } from 'node:inspector';
import { writeFileSync } from 'node:fs';

const session = new Session();
session.connect();
session.post('Profiler.enable', () =>
	session.post('Profiler.setSamplingInterval', { interval: 200 }, () =>
		session.post('Profiler.start')
	)
);
process.prependListener('SIGTERM', () => {
	// Same-thread sessions answer synchronously: the file is written before the process exits.
	session.post('Profiler.stop', (error, result) => {
		if (!error)
			writeFileSync(
				`${process.env.PROF_OUT}/server-${process.pid}.cpuprofile`,
				JSON.stringify(result.profile)
			);
		process.exit(0);
	});
});
