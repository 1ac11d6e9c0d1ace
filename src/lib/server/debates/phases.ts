/**
 * Phase control: the teacher starts, pauses, resumes, extends and advances; with auto-advance a
 * phase also ends by itself. That is checked lazily whenever the room is read (so a restart
 * loses nothing) and by a timer (so an idle room still moves on and its streams hear of it).
 */
import { eq, inArray } from 'drizzle-orm';
import {
	extendClock,
	isPhaseOver,
	nextPhase,
	pauseClock,
	resumeClock,
	startClock,
	type Phase,
	type PhaseClock
} from '../../debate';
import { db } from '../db';
import { debates, type Debate } from '../db/schema';
import { DebateRefusal, enterAsTeacher, groupsOf } from './debates';
import * as live from './live';
import type { PublicUser } from '../auth/public-user';

const timers = new Map<number, ReturnType<typeof setTimeout>>();
/** setTimeout's ceiling (about 24.8 days); a longer countdown is rechecked on read. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * A class debate split into groups shares one phase and clock: the change reaches the debate
 * and every group in one transaction, each room's event in its own log, whichever room the
 * teacher pressed the button in.
 */
function save(debate: Debate, phase: Phase, clock: PhaseClock, type: string): Debate {
	const rootId = debate.parentId ?? debate.id;
	const rooms = [rootId, ...groupsOf(rootId).map((g) => g.id)];
	const updated = live.changeRooms((tx, emitIn) => {
		const rows = tx
			.update(debates)
			.set({ phase, clock })
			.where(inArray(debates.id, rooms))
			.returning()
			.all();
		for (const id of rooms) emitIn(id, type, { phase, clock });
		return rows;
	});
	const root = updated.find((row) => row.id === rootId);
	if (root) schedule(root);
	return updated.find((row) => row.id === debate.id) ?? debate;
}

/** Moves to the next phase with its full countdown running. */
function moveOn(debate: Debate, now: number): Debate {
	const next = nextPhase(debate.settings, debate.phase);
	if (!next) throw new DebateRefusal('Reflect is the last phase; the debate is complete.');
	return save(debate, next, startClock(now, debate.settings.durations[next]), 'phase');
}

export function advance(teacher: PublicUser, debateId: number, now = Date.now()): Debate {
	return moveOn(enterAsTeacher(teacher, debateId).debate, now);
}

/** Starts the current phase's countdown afresh from its full duration. */
export function start(teacher: PublicUser, debateId: number, now = Date.now()): Debate {
	const { debate } = enterAsTeacher(teacher, debateId);
	const clock = startClock(now, debate.settings.durations[debate.phase]);
	return save(debate, debate.phase, clock, 'clock');
}

export function pause(teacher: PublicUser, debateId: number, now = Date.now()): Debate {
	const { debate } = enterAsTeacher(teacher, debateId);
	return save(debate, debate.phase, pauseClock(debate.clock, now), 'clock');
}

export function resume(teacher: PublicUser, debateId: number, now = Date.now()): Debate {
	const { debate } = enterAsTeacher(teacher, debateId);
	return save(debate, debate.phase, resumeClock(debate.clock, now), 'clock');
}

export function extend(
	teacher: PublicUser,
	debateId: number,
	minutes: number,
	now = Date.now()
): Debate {
	if (!Number.isInteger(minutes) || minutes < 1 || minutes > 60)
		throw new DebateRefusal('Extend by 1 to 60 minutes.');
	const { debate } = enterAsTeacher(teacher, debateId);
	return save(debate, debate.phase, extendClock(debate.clock, minutes, now), 'clock');
}

/**
 * With auto-advance on, a running phase whose time is up moves on (once: the update is
 * conditional on the phase it read, so two readers cannot advance twice).
 */
export function advanceIfDue(debate: Debate, now = Date.now()): Debate {
	if (!debate.settings.autoAdvance || debate.clock.status !== 'running') return debate;
	if (!isPhaseOver(now, debate.clock.endsAt)) return debate;
	if (!nextPhase(debate.settings, debate.phase)) return debate;
	const fresh = db().select().from(debates).where(eq(debates.id, debate.id)).get();
	if (!fresh || fresh.phase !== debate.phase) return fresh ?? debate;
	return moveOn(fresh, now);
}

function schedule(debate: Debate): void {
	clearTimeout(timers.get(debate.id));
	timers.delete(debate.id);
	const { clock, settings } = debate;
	if (!settings.autoAdvance || clock.status !== 'running' || clock.endsAt === null) return;
	const wait = Math.min(Math.max(0, clock.endsAt - Date.now()), MAX_TIMER_MS);
	const timer = setTimeout(() => {
		timers.delete(debate.id);
		const fresh = db().select().from(debates).where(eq(debates.id, debate.id)).get();
		if (fresh) advanceIfDue(fresh);
	}, wait);
	// A pending countdown must not keep a test run or a shutting-down server alive.
	timer.unref();
	timers.set(debate.id, timer);
}
