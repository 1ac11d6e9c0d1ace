/**
 * Order of events from dated sentences: "In 1998, the city …", "… was founded in 1924." When the
 * article dates three or more events in different years, "Which of these happened first?" (or
 * most recently) offers the events without their dates, so the reader must connect each event
 * to its year.
 */
import type { Sentence } from '../analyse';
import { words } from '../text';
import { sentenceKey, type Candidate, type RuleContext } from './candidate';
import { asOption, choice, leansOutside, showable } from './reading';

interface Event {
	s: Sentence;
	year: number;
	/** The sentence without its date phrase. */
	event: string;
}

const MONTH =
	'(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const LEADING = new RegExp(
	`^(?:In|By|On|Since)\\s+(?:(?:early|late|mid-)\\s*)?(?:${MONTH}\\s+(?:\\d{1,2},?\\s+)?)?((?:1[6-9]|20)\\d{2}),\\s+(.+)$`
);
const TRAILING = new RegExp(`^(.+?)\\s+in\\s+(?:${MONTH}\\s+)?((?:1[6-9]|20)\\d{2})$`);

const FORECAST =
	/\b(?:will|could|would|may|might|expects?|expected|estimates?|projected|forecasts?|likely)\b/i;

function eventOf(s: Sentence): Event | null {
	if (!showable(s) || /[“”"]/.test(s.text)) return null;
	const text = s.text.trim().replace(/[.!]+$/, '');
	let year: number;
	let event: string;
	const lead = LEADING.exec(text);
	const trail = TRAILING.exec(text);
	if (lead) [year, event] = [Number(lead[1]), lead[2] as string];
	else if (trail) [year, event] = [Number(trail[2]), trail[1] as string];
	else return null;
	// The event must carry no other year, or the options would give the order away.
	if (/\b(?:1[6-9]|20)\d{2}\b/.test(event) || leansOutside(event)) return null;
	// A forecast is no event, and "up from 6.6 percent in 2017" dates a figure, not the sentence.
	if (
		FORECAST.test(event) ||
		(trail && !lead && /\b(?:from|than|since|until)\s*$|\b(?:up|down) from\b/.test(trail[1] ?? ''))
	)
		return null;
	const count = words(event).length;
	return count >= 5 && count <= 28 ? { s, year, event: asOption(event) } : null;
}

export function sequenceQuestions(ctx: RuleContext): Candidate[] {
	const events = ctx.analysis.sentences.flatMap((s) => eventOf(s) ?? []);
	const byYear = new Map<number, Event>();
	for (const e of events) if (!byYear.has(e.year)) byYear.set(e.year, e);
	const dated = [...byYear.values()].sort((a, b) => a.year - b.year);
	if (dated.length < 3) return [];
	const ask = (key: Event, others: Event[], which: 'first' | 'most recently'): Candidate | null =>
		choice({
			ctx,
			skill: 'sequence',
			rule: `sequence-${which === 'first' ? 'first' : 'last'}`,
			prompt: `According to the article, which of these events happened ${which}?`,
			answer: key.event,
			decoys: others.map((o) => o.event),
			evidence: { paragraph: key.s.paragraph, start: key.s.start, end: key.s.end },
			because: `it is dated ${key.year}, ${which === 'first' ? 'before' : 'after'} the others (${others
				.map((o) => o.year)
				.sort((a, b) => a - b)
				.join(', ')})`,
			sentenceKey: sentenceKey(key.s),
			quality: 0.85
		});
	const first = dated[0] as Event;
	const last = dated[dated.length - 1] as Event;
	const made = [ask(first, dated.slice(1, 4), 'first')];
	if (dated.length >= 4) made.push(ask(last, dated.slice(-4, -1), 'most recently'));
	return made.flatMap((c) => c ?? []);
}
