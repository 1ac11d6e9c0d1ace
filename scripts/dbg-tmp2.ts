import { readFileSync } from 'node:fs';
import { clutterReason } from '../src/lib/articles/clutter';
import { toUnits } from '../src/lib/articles/normalise';
import { classifyBlocks, densestRun, stopDensity } from '../src/lib/articles/body';
import { stopWords } from '../src/lib/language';
const raw = readFileSync(process.argv[2]!, 'utf8');
const units = toUnits(raw, (l) => clutterReason(l) !== null);
const stop = stopWords('en');
const classes = classifyBlocks(
	units,
	units.map((u) => clutterReason(u.text) !== null),
	stop
);
const [s, e] = densestRun(units, classes);
units.forEach((u, i) =>
	console.log(
		i >= s && i < e ? '|' : ' ',
		classes.final[i]!.padEnd(9),
		stopDensity(u.text, stop).toFixed(2),
		u.text.slice(0, 90)
	)
);
