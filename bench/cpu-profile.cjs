// Preload: V8 CPU profile of the whole process, written on SIGTERM (NODE_OPTIONS forbids --cpu-prof).
const inspector = require('node:inspector');
const fs = require('node:fs');
const session = new inspector.Session();
session.connect();
session.post('Profiler.enable', () =>
	session.post('Profiler.setSamplingInterval', { interval: 200 }, () =>
		session.post('Profiler.start')
	)
);
process.prependListener('SIGTERM', () => {
	session.post('Profiler.stop', (err, { profile }) => {
		fs.writeFileSync(
			`${process.env.PROF_OUT}/server-${process.pid}.cpuprofile`,
			JSON.stringify(profile)
		);
		process.exit(0);
	});
});
