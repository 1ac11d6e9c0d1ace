import { readFileSync } from 'node:fs';
import { analyseArticle } from '/work/wt/cleaner/src/lib/articles/clean';
const lines = analyseArticle(readFileSync(process.argv[2]!, 'utf8'));
for (const l of lines)
	console.log(
		(l.role === 'removed' ? 'x ' + l.reason : '+ ' + l.role).padEnd(22),
		l.text.slice(0, 100)
	);
