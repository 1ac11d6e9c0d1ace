// `npm run bench`: make sure the app is built, then run the benchmarks in bench/.
import { ensureBuild, ensureDependencies, run } from './prepare.js';

ensureDependencies();
ensureBuild();
run('node_modules/.bin/tsx', ['bench/run.ts', ...process.argv.slice(2)]);
