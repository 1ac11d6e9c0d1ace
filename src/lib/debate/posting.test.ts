import { describe, it, expect } from 'vitest';
import { canEdit, canPost } from './posting';
import { MINUTE_MS as MINUTE } from '../time';

describe('canPost: phase rules', () => {
	it('refuses a rebuttal in Opening with a reason a student understands', () => {
		expect(canPost('opening', 'rebuttal')).toEqual({
			ok: false,
			code: 'phase',
			reason:
				'Rebuttals open in the Rebuttal phase; it is now Opening. In this phase you can post a claim.'
		});
	});

	it('says a kind has closed when its phase is over', () => {
		const result = canPost('rebuttal', 'claim', { settings: { switchPhase: false } });
		expect(result).toEqual({
			ok: false,
			code: 'phase',
			reason:
				'Claims closed with the Opening phase; it is now Rebuttal. In this phase you can post a rebuttal, a question or a concession.'
		});
	});

	it('points to Switch for claims in Rebuttal only when Switch runs', () => {
		const result = canPost('rebuttal', 'claim', { settings: { switchPhase: true } });
		expect(result.ok).toBe(false);
		expect(!result.ok && result.reason).toMatch(/^Claims open in the Switch phase/);
	});

	it('names closing statements in full', () => {
		const result = canPost('rebuttal', 'closing');
		expect(!result.ok && result.reason).toMatch(/^Closing statements open in the Closing phase/);
	});

	it('explains that Prepare and Reflect are for reading and voting', () => {
		const prepare = canPost('prepare', 'claim');
		const reflect = canPost('reflect', 'closing');
		expect(!prepare.ok && prepare.reason).toContain('cast your stance vote');
		expect(!reflect.ok && reflect.reason).toContain('Posting has closed');
	});

	it('allows each kind in its phase', () => {
		expect(canPost('opening', 'claim', { side: 'for' })).toEqual({ ok: true });
		expect(canPost('closing', 'closing', { side: 'against' })).toEqual({ ok: true });
		expect(canPost('rebuttal', 'question', { side: 'for' })).toEqual({ ok: true });
	});

	it('refuses everything while paused', () => {
		const result = canPost('opening', 'claim', { paused: true });
		expect(!result.ok && result.reason).toContain('paused');
	});

	it('refuses a student without a side', () => {
		expect(canPost('opening', 'claim', { side: null })).toEqual({
			ok: false,
			code: 'no-side',
			reason: 'You need a side before you can post.'
		});
	});
});

describe('canPost: quiz gate', () => {
	it('asks for the quiz when the student has not taken it', () => {
		const result = canPost('opening', 'claim', { quiz: { threshold: 70, bestScore: null } });
		expect(!result.ok && result.reason).toContain('at least 70%');
	});

	it('reports the best score when it is below the threshold', () => {
		const result = canPost('opening', 'claim', { quiz: { threshold: 70, bestScore: 55 } });
		expect(!result.ok && result.reason).toContain('your best so far is 55%');
	});

	it('lets a student through at the threshold or with no gate', () => {
		expect(canPost('opening', 'claim', { quiz: { threshold: 70, bestScore: 70 } }).ok).toBe(true);
		expect(canPost('opening', 'claim', { quiz: { threshold: null, bestScore: null } }).ok).toBe(
			true
		);
	});
});

describe('canPost: threads', () => {
	it('requires a rebuttal to answer a post', () => {
		const result = canPost('rebuttal', 'rebuttal', { side: 'for' });
		expect(!result.ok && result.code).toBe('needs-parent');
		expect(!result.ok && result.reason).toContain('choose the post you are answering');
	});

	it('requires a rebuttal to answer the other side', () => {
		const ownSide = canPost('rebuttal', 'rebuttal', { side: 'for', parent: { side: 'for' } });
		expect(!ownSide.ok && ownSide.code).toBe('same-side');
		expect(!ownSide.ok && ownSide.reason).toContain('argues your own side');
		const other = canPost('rebuttal', 'rebuttal', { side: 'for', parent: { side: 'against' } });
		expect(other).toEqual({ ok: true });
	});

	it('judges the other side by the side argued in Switch', () => {
		// A "for" student argues "against" in Switch, so rebutting an "against" post is their own side.
		const own = canPost('switch', 'rebuttal', { side: 'for', parent: { side: 'against' } });
		expect(own.ok).toBe(false);
		const other = canPost('switch', 'rebuttal', { side: 'for', parent: { side: 'for' } });
		expect(other.ok).toBe(true);
	});

	it('lets a question answer either side but keeps claims at the top level', () => {
		expect(canPost('rebuttal', 'question', { side: 'for', parent: { side: 'for' } }).ok).toBe(true);
		const claim = canPost('opening', 'claim', { side: 'for', parent: { side: 'against' } });
		expect(!claim.ok && claim.code).toBe('own-thread');
		expect(!claim.ok && claim.reason).toContain('starts its own thread');
	});
});

describe('canEdit', () => {
	const post = { authorId: 7, createdAt: 1_000_000 };

	it('lets the author edit within five minutes', () => {
		expect(canEdit(post, 7, post.createdAt + 5 * MINUTE)).toEqual({ ok: true });
	});

	it('refuses after five minutes, saying how old the post is', () => {
		expect(canEdit(post, 7, post.createdAt + 7 * MINUTE)).toEqual({
			ok: false,
			code: 'edit-window',
			reason: 'Posts can be edited for 5 minutes after posting; this one is 7 minutes old.'
		});
	});

	it('refuses anyone but the author, and hidden posts', () => {
		expect(canEdit(post, 8, post.createdAt).ok).toBe(false);
		expect(canEdit({ ...post, hidden: true }, 7, post.createdAt).ok).toBe(false);
	});
});

describe('canPost: before and after the debate proper', () => {
	it('says when posting opens in Prepare, even while the clock waits', () => {
		const check = canPost('prepare', 'claim', { paused: true, side: 'for' });
		expect(check.ok).toBe(false);
		if (!check.ok) expect(check.reason).toMatch(/^Posting opens in the Opening phase/);
		if (!check.ok) expect(check.reason).not.toMatch(/paused/);
	});
});
