import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptProposal, checkLength, saveImport } from './article-import';
import * as articles from './articles';
import * as classes from '../classes/classes';
import { makeUser } from '../testing/factories';
import { useTempDatabase } from '../testing/temp-db';

let cleanup: () => void;
beforeAll(() => {
	cleanup = useTempDatabase();
});
afterAll(() => cleanup());

const RAW =
	'A Test Headline About Rivers\n\nThe river rose ten feet overnight, officials said.\n\nShare this\n\nResidents were moved to higher ground before dawn.';
const details = {
	title: 'Rivers',
	standfirst: null,
	byline: null,
	source: 'Test',
	publishedOn: null
};

describe('articles', () => {
	it('saves a reviewed import verbatim and lets only the owner and shared students read it', async () => {
		const owner = await makeUser('teacher');
		const otherTeacher = await makeUser('teacher');
		const member = await makeUser('student');
		const outsider = await makeUser('student');
		const klass = await classes.create(owner, 'Readers');
		await classes.join(member, klass.joinCode);
		const { keep } = acceptProposal(RAW);
		const article = saveImport(owner, RAW, { keep, details, classIds: [klass.id] })!;
		const read = articles.getReadable(member, article.id);
		expect(read?.paragraphs).toEqual([
			'The river rose ten feet overnight, officials said.',
			'Residents were moved to higher ground before dawn.'
		]);
		expect(read?.isOwner).toBe(false);
		expect(articles.getReadable(owner, article.id)?.isOwner).toBe(true);
		expect(articles.getReadable(otherTeacher, article.id)).toBeNull();
		expect(articles.getReadable(outsider, article.id)).toBeNull();
		expect(articles.listForStudent(member).map((a) => a.id)).toEqual([article.id]);
		expect(articles.listForStudent(outsider)).toEqual([]);
	});

	it("refuses to share with another teacher's class and to edit another's glossary", async () => {
		const owner = await makeUser('teacher');
		const other = await makeUser('teacher');
		const theirs = await classes.create(other, 'Theirs');
		const article = saveImport(owner, RAW, {
			keep: acceptProposal(RAW).keep,
			details,
			classIds: []
		})!;
		expect(() => articles.setSharing(owner, article.id, [theirs.id])).toThrow(
			classes.ClassNotFoundError
		);
		expect(() => articles.defineTerm(other, article.id, 'river', 'x')).toThrow(
			articles.ArticleNotFoundError
		);
		articles.defineTerm(owner, article.id, 'river', 'A large stream.');
		articles.defineTerm(owner, article.id, 'river', 'A large natural stream of water.');
		expect(articles.listGlossary(article.id).map((g) => g.definition)).toEqual([
			'A large natural stream of water.'
		]);
	});

	it('does not save an import whose body is empty, and limits the length', async () => {
		const owner = await makeUser('teacher');
		expect(saveImport(owner, RAW, { keep: new Set(), details, classIds: [] })).toBeNull();
		expect(checkLength('x'.repeat(100_001)).ok).toBe(false);
		expect(checkLength('   ').ok).toBe(false);
	});
});
