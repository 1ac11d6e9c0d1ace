/**
 * Order of events from dated sentences: "In 1998, the city …", "… was founded in 1924." When the
 * article dates three or more events in different years, "Which of these happened first?" (or
 * most recently) offers the events without their dates, so the reader must connect each event
 * to its year.
 */
import type { Sentence } from '../analyse';
import { words } from '../text';
import { sentenceKey, type Candidate, type RuleContext } from './candidate';
import { asOption, choice, hasLoosePronoun, leansOutside, showable } from './reading';

interface Event {
	s: Sentence;
	year: number;
	/** The sentence without its date phrase. */
	event: string;
}

const MONTH =
	'(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const YEAR = '((?:1[6-9]|20)\\d{2})';
/** "in 1998", "in March 1998", "in the summer of 1959", "in early 2010". */
const WHEN = `(?:(?:early|late|mid-)\\s*)?(?:${MONTH}\\s+(?:\\d{1,2},?\\s+)?|the\\s+(?:(?:early|late)\\s+)?(?:spring|summer|fall|autumn|winter)\\s+of\\s+)?${YEAR}`;
const LEADING = new RegExp(
	`^(?:(?:But|And|Then|Later|Finally),?\\s+)?(?:In|By|On)\\s+${WHEN},\\s+(.+)$`,
	'i'
);
/** The date phrase anywhere in the main clause: "… was founded in 1924 by two brothers." */
const INSIDE = new RegExp(`,?\\s+in\\s+${WHEN}\\b,?`, 'i');
/** A year in a "When …," or "After …," clause dates that clause, not the sentence's event. */
const SUBORDINATE = /^(?:when|after|before|since|while|although|as|until|if|once|because)\b/i;

const FORECAST =
	/\b(?:will|could|would|may|might|expects?|expected|estimates?|projected|forecasts?|likely)\b/i;

export function eventOf(s: Sentence): Event | null {
	if (!showable(s) || /[“”"]/.test(s.text)) return null;
	const text = s.text.trim().replace(/[.!]+$/, '');
	if (SUBORDINATE.test(text)) return null;
	let year: number;
	let event: string;
	const lead = LEADING.exec(text);
	const inside = INSIDE.exec(text);
	if (lead) [year, event] = [Number(lead[1]), lead[2] as string];
	else if (inside) {
		year = Number(inside[1]);
		const before = text.slice(0, inside.index);
		// "up from 6.6 percent in 2017" dates a figure, "since … in 2012" a span: not the event.
		if (
			/\b(?:from|than|since|until|through)\s*(?:[\d.,]+\s*(?:%|percent)?\s*)?$|\b(?:up|down) from\b/i.test(
				before
			)
		)
			return null;
		const after = text.slice(inside.index + inside[0].length);
		// "X, in 2009, Y" and "X in 2009 and Y" both read "X Y" without the date.
		event = `${before} ${after}`.replace(/\s{2,}/g, ' ').trim();
	} else return null;
	// The event must carry no other year, or the options would give the order away.
	if (/\b(?:1[6-9]|20)\d{2}\b/.test(event) || leansOutside(event) || hasLoosePronoun(event))
		return null;
	// A forecast is no event; "In 1991, when …" still dates a clause; "I remember …" is a memory.
	if (FORECAST.test(event) || SUBORDINATE.test(event)) return null;
	if (/\b(?:I|me|my|we|our|you|your)\b/.test(event)) return null;
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
