import { sentenceCount, wordCount } from '../src/lib/articles/shape';
const t = 'The sharing economy is a lie: Uber, Ayn Rand and the truth about tech and libertarians';
console.log(sentenceCount(t), wordCount(t), t.length);
