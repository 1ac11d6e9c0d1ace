import { describe, expect, it } from 'vitest';
import { clutterReason } from './clutter';
import type { RemovalReason } from './types';

/** Lines of furniture as other sites write them; none of these phrases is in the rules as such. */
const CLUTTER: [string, RemovalReason][] = [
	['https://example.com/news/123', 'link'],
	['5 min read', 'reading-time'],
	['Reading time: 7 minutes', 'reading-time'],
	['4-minute read', 'reading-time'],
	['Advertisement', 'advertisement'],
	['- Advertisement -', 'advertisement'],
	['Article continues after advertisement', 'advertisement'],
	['Scroll to continue with content', 'advertisement'],
	['Sponsored: Book your ski holiday now!', 'advertisement'],
	['Crowds gather outside parliament on Monday. Photograph: Ana Ruiz/Reuters', 'photo-caption'],
	['Firefighters at the scene (AP Photo/Jane Doe)', 'photo-caption'],
	['FILE PHOTO: The central bank building in Frankfurt', 'photo-caption'],
	['Photo by Sam Lee on Unsplash', 'photo-caption'],
	['Volume 12, Issue 3', 'issue-banner'],
	['Issue 112', 'issue-banner'],
	['By Ana Ruiz, March 3, 2024', 'byline'],
	['Written by Li Wei', 'byline'],
	['Updated 3 hours ago', 'date'],
	['Last updated: 12:30 pm EDT, Tue March 4, 2025', 'date'],
	['(With inputs from Reuters)', 'partner-credit'],
	['Additional reporting by Sam Lee; Editing by Ana Ruiz', 'partner-credit'],
	['Source: The Conversation', 'source'],
	['This article first appeared on The Conversation.', 'source'],
	['Share', 'share-buttons'],
	['Click to share on Twitter (Opens in new window)', 'share-buttons'],
	['Home | World | Europe', 'navigation'],
	['Topics: Climate, Energy, Europe', 'navigation'],
	['Skip to main content', 'navigation'],
	['You might also like', 'related-links'],
	['Also Read | Five things to know about the budget', 'related-links'],
	['Sign up to our weekly newsletter', 'newsletter'],
	['Get the best stories in your inbox every week.', 'newsletter'],
	['Already a subscriber? Log in', 'subscription-prompt'],
	['Support independent journalism today.', 'subscription-prompt'],
	['Unlock unlimited access for £1 a week.', 'subscription-prompt'],
	['Have your say in the comments below.', 'comment-prompt'],
	['12 comments', 'comment-prompt'],
	['New issue on sale now!', 'promo'],
	['Download our app', 'promo'],
	['Find out more', 'promo']
];

/** Prose that shares vocabulary with clutter but is reporting. */
const PROSE = [
	'He declined to comment on the report.',
	'Shares in the company fell 5% on Monday.',
	'Subscribers to the service rose by a third last year, the firm said in its annual report.',
	'By the end of the year, prices had doubled.',
	'The bank offered credit by the end of the quarter to small firms.',
	'Voters who register late can still take part in the primary, officials said.',
	'The volume of trade rose, and the issue of tariffs returned to the agenda.',
	'Readers of the newsletter were surveyed in May.',
	'Mexico’s response was swift and unequivocal.'
];

describe('clutterReason', () => {
	it.each(CLUTTER)('removes %j as %s', (text, reason) => {
		expect(clutterReason(text)).toBe(reason);
	});

	it.each(PROSE)('keeps %j', (text) => {
		expect(clutterReason(text)).toBeNull();
	});
});
