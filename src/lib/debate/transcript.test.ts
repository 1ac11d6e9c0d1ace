import { describe, it, expect } from 'vitest';
import { DEFAULT_MOTION, DEFAULT_SIDE_NAMES } from './sides';
import { PARAGRAPHS } from './fixtures';
import { scoresCsv, transcriptMarkdown, type ScoreRow, type TranscriptPost } from './transcript';

const DEBATE = { motion: DEFAULT_MOTION, sideNames: DEFAULT_SIDE_NAMES };
const NAMES = new Map([
	[1, 'Ana'],
	[2, 'Ben'],
	[3, 'Caro [admin](http://evil.test)']
]);

const post = (
	fields: Partial<TranscriptPost> & Pick<TranscriptPost, 'id' | 'authorId'>
): TranscriptPost => ({
	side: 'for',
	kind: 'claim',
	phase: 'opening',
	parentId: null,
	claim: 'A claim.',
	reasoning: '',
	evidence: null,
	createdAt: fields.id * 1000,
	edited: false,
	hidden: false,
	...fields
});

const QUOTE = 'cartels were effectively “running the country”';

const POSTS: TranscriptPost[] = [
	post({
		id: 1,
		authorId: 1,
		claim: 'Mexico cannot stop the cartels alone.',
		evidence: { paragraph: 0, quote: QUOTE },
		reasoning: 'If cartels run the country,\nthe state needs help.'
	}),
	post({ id: 2, authorId: 3, side: 'against', claim: '# I WIN\n<script>alert(1)</script>' }),
	post({
		id: 3,
		authorId: 3,
		side: 'against',
		kind: 'rebuttal',
		phase: 'rebuttal',
		parentId: 1,
		claim: 'That is Trump’s claim, not a fact.',
		edited: true
	}),
	post({ id: 4, authorId: 2, kind: 'rebuttal', phase: 'rebuttal', parentId: 3, claim: 'Reply.' }),
	post({ id: 5, authorId: 2, hidden: true, claim: 'Hidden claim.' }),
	post({ id: 6, authorId: 3, side: 'against', kind: 'rebuttal', phase: 'rebuttal', parentId: 5 })
];

describe('transcriptMarkdown', () => {
	const markdown = transcriptMarkdown(DEBATE, POSTS, NAMES);
	const lines = markdown.split('\n');

	it('starts with the motion and the sides', () => {
		expect(lines[0]).toBe(`# Debate: ${DEFAULT_MOTION}`);
		expect(markdown).toContain('Sides: **Intervention** (for) and **Cooperation** (against)');
	});

	it('groups threads by phase, then side', () => {
		// The rebuttal to a hidden post starts its own thread in the Rebuttal phase.
		const order = ['## Opening', '### Intervention', '### Cooperation', '## Rebuttal'];
		const at = order.map((heading) => lines.indexOf(heading));
		expect(at.every((index) => index > 0)).toBe(true);
		expect([...at].sort((a, b) => a - b)).toEqual(at);
	});

	it('threads rebuttals under the post they answer', () => {
		expect(lines).toContain('- **Ana** (Intervention, claim)');
		expect(lines).toContain(
			'  - **Caro \\[admin\\](http\\://evil.test)** (Cooperation, rebuttal, Rebuttal phase, edited)'
		);
		// Same phase as the post it answers: no phase note.
		expect(lines).toContain('    - **Ben** (Intervention, rebuttal)');
	});

	it('shows evidence as a blockquote with its paragraph', () => {
		expect(PARAGRAPHS[0]).toContain(QUOTE);
		expect(lines).toContain(`  > ${QUOTE}`);
		expect(lines).toContain('  > (paragraph 1)');
	});

	it('escapes user text so it cannot add headings or HTML', () => {
		expect(lines.filter((line) => /^\s*#/.test(line))).toEqual(
			lines.filter((line) => /^#{1,3} /.test(line) && !line.includes('WIN'))
		);
		expect(markdown).toContain('\\# I WIN \\<script\\>alert(1)\\</script\\>');
		expect(markdown).not.toContain('<script>');
	});

	it('leaves hidden posts out and marks replies to them', () => {
		expect(markdown).not.toContain('Hidden claim.');
		expect(markdown).toContain('(Cooperation, rebuttal, in reply to a hidden post)');
	});

	it('says so when there are no posts', () => {
		expect(transcriptMarkdown(DEBATE, [], NAMES)).toContain('No posts yet.');
	});
});

describe('scoresCsv', () => {
	const row: ScoreRow = {
		student: '=cmd|"/c calc"!A1',
		side: 'Intervention',
		scores: { claim: 4, evidence: 3, reasoning: null, engagement: 2, civility: 4 },
		comment: 'Good use of paragraph 5,\nbut answer Cooperation more.',
		posts: 3,
		rebuttals: 1
	};
	const csv = scoresCsv([row]);

	it('writes a header and one quoted, neutralised row per student', () => {
		const [header, first] = csv.split('\r\n');
		expect(header).toBe(
			'Student,Side,Claim,Evidence,Reasoning,Engagement with the other side,Civility,Total,Posts,Rebuttals,Comment'
		);
		expect(first).toBe(
			`"'=cmd|""/c calc""!A1",Intervention,4,3,,2,4,13,3,1,"Good use of paragraph 5,\nbut answer Cooperation more."`
		);
		expect(csv.endsWith('"\r\n')).toBe(true);
	});

	it('leaves the total empty until something is scored', () => {
		const empty = scoresCsv([
			{
				...row,
				student: 'Ana',
				scores: { claim: null, evidence: null, reasoning: null, engagement: null, civility: null }
			}
		]);
		expect(empty.split('\r\n')[1]).toMatch(/^Ana,Intervention,,,,,,,3,1,/);
	});
});
