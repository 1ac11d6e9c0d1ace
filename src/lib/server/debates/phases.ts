/**
 * Phase control: the teacher starts, pauses, resumes, extends and advances; with auto-advance a
 * phase also ends by itself. That is checked lazily whenever the room is read (so a restart
 * loses nothing) and by a timer (so an idle room still moves on and its streams hear of it).
 */
import { and, eq, inArray } from 'drizzle-orm';
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
import { debates } from '../db/tables';
import type { Debate } from '../db/schema';
import { DebateRefusal, enterAsTeacher, find, groupsOf } from './debates';
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
async function save(
	debate: Debate,
	phase: Phase,
	clock: PhaseClock,
	type: string,
	onlyFrom?: Phase
): Promise<Debate> {
	const rootId = debate.parentId ?? debate.id;
	const rooms = [rootId, ...(await groupsOf(rootId)).map((g) => g.id)];
	const updated = await live.changeRooms(async (tx, emitIn) => {
		// Conditional on the phase read: of two readers finding the time up, one moves on (on
		// PostgreSQL the second's update waits for the first, then matches no row).
		const which = inArray(debates.id, rooms);
		const rows = await tx
			.update(debates)
			.set({ phase, clock })
			.where(onlyFrom ? and(which, eq(debates.phase, onlyFrom)) : which)
			.returning();
		if (rows.length === 0) return rows;
		for (const id of rooms) await emitIn(id, type, { phase, clock });
		return rows;
	});
	if (updated.length === 0) return (await find(debate.id)) ?? debate;
	const root = updated.find((row) => row.id === rootId);
	if (root) schedule(root);
	return updated.find((row) => row.id === debate.id) ?? debate;
}

/** Moves to the next phase with its full countdown running. */
function moveOn(debate: Debate, now: number, onlyFrom?: Phase): Promise<Debate> {
	const next = nextPhase(debate.settings, debate.phase);
	if (!next) throw new DebateRefusal('Reflect is the last phase; the debate is complete.');
	const clock = startClock(now, debate.settings.durations[next]);
	return save(debate, next, clock, 'phase', onlyFrom);
}

export async function advance(teacher: PublicUser, debateId: number, now = Date.now()) {
	return moveOn((await enterAsTeacher(teacher, debateId)).debate, now);
}

/** Starts the current phase's countdown afresh from its full duration. */
export async function start(teacher: PublicUser, debateId: number, now = Date.now()) {
	const { debate } = await enterAsTeacher(teacher, debateId);
	const clock = startClock(now, debate.settings.durations[debate.phase]);
	return save(debate, debate.phase, clock, 'clock');
}

export async function pause(teacher: PublicUser, debateId: number, now = Date.now()) {
	const { debate } = await enterAsTeacher(teacher, debateId);
	return save(debate, debate.phase, pauseClock(debate.clock, now), 'clock');
}

export async function resume(teacher: PublicUser, debateId: number, now = Date.now()) {
	const { debate } = await enterAsTeacher(teacher, debateId);
	return save(debate, debate.phase, resumeClock(debate.clock, now), 'clock');
}

export async function extend(
	teacher: PublicUser,
	debateId: number,
	minutes: number,
	now = Date.now()
): Promise<Debate> {
	if (!Number.isInteger(minutes) || minutes < 1 || minutes > 60)
		throw new DebateRefusal('Extend by 1 to 60 minutes.');
	const { debate } = await enterAsTeacher(teacher, debateId);
	return save(debate, debate.phase, extendClock(debate.clock, minutes, now), 'clock');
}

/**
 * With auto-advance on, a running phase whose time is up moves on (once: the update is
 * conditional on the phase it read, so two readers cannot advance twice).
 */
export async function advanceIfDue(debate: Debate, now = Date.now()): Promise<Debate> {
	if (!debate.settings.autoAdvance || debate.clock.status !== 'running') return debate;
	if (!isPhaseOver(now, debate.clock.endsAt)) return debate;
	if (!nextPhase(debate.settings, debate.phase)) return debate;
	const fresh = await find(debate.id);
	if (!fresh || fresh.phase !== debate.phase) return fresh ?? debate;
	return moveOn(fresh, now, fresh.phase);
}

function schedule(debate: Debate): void {
	clearTimeout(timers.get(debate.id));
	timers.delete(debate.id);
	const { clock, settings } = debate;
	if (!settings.autoAdvance || clock.status !== 'running' || clock.endsAt === null) return;
	const wait = Math.min(Math.max(0, clock.endsAt - Date.now()), MAX_TIMER_MS);
	const timer = setTimeout(() => {
		timers.delete(debate.id);
		find(debate.id)
			.then((fresh) => fresh && advanceIfDue(fresh))
			.catch((error) => console.error('Auto-advance failed:', error));
	}, wait);
	// A pending countdown must not keep a test run or a shutting-down server alive.
	timer.unref();
	timers.set(debate.id, timer);
}
