import { clutterReason } from '../src/lib/articles/clutter';
for (const t of ['Apple’s Vision Pro is the Retina display moment for headsets', 'The sharing economy is a lie: Uber, Ayn Rand and the truth about tech and libertarians', 'How to Program Your Mind to Stop Buying Crap You Don’t Need']) console.log(clutterReason(t), t);
