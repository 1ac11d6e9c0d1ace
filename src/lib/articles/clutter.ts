import { isCredit, isDateLine, isPrintNote, parseByline, parseSource } from './metadata';
import { AGENCY, isAgencyCredit, isCaptionLabel, isDescriptive } from './captions';
import { isAuthorBio, isCookieNotice, isLoadingNote, isTeaserShape } from './notices';
import { isBoxByline, isDisclosures, isLiveTeaser, isSectionLabel } from './labels';
import { endsSentence, isPitch, sentenceCount, wordCount, words } from './shape';
import type { RemovalReason } from './types';

/**
 * Rules that recognise one line of page furniture on its own. Each rule pairs a shape (short,
 * not a sentence, bracketed, made only of button words) with, at most, the generic vocabulary
 * of its kind of clutter; none names a particular site.
 */
type Rule = [RemovalReason, (text: string) => boolean];

const URL_ONLY = /^(?:https?:\/\/|www\.)\S+$/i;

/** "3 min read", "/3 min read", "Reading time: 4 minutes", "5-minute read". */
const READING_TIME =
	/^\W*(?:(?:estimated\s+)?read(?:ing)?\s+time\W*)?\d+(?:\s*(?:-|–|to)\s*\d+)?[\s-]*(?:min(?:ute)?s?|m)\b\.?(?:\s*(?:read|reading|listen|watch))?\W*$/i;

/** Advertising labels and the "story continues below" notes that wrap ad slots. */
const ADVERT =
	/^\W*(?:advertisement|advertising|advert|ads?|sponsored(?:\s+(?:content|post|story|by\b.*))?|promoted(?:\s+(?:content|stories))?|paid\s+(?:content|post|partnership)|partner\s+content|(?:story|article)\s+continues\s+(?:below|after)(?:\s+(?:this\s+)?(?:advertisement|ad))?|continue\s+reading\s+(?:below|the\s+main\s+story)|scroll\s+(?:down\s+)?to\s+continue(?:\s+(?:with\s+content|reading))?|skip\s+(?:this\s+)?ad(?:vert(?:isement)?)?)\W*$/i;

/** An ad label in front of its copy: "Sponsored: Book your holiday now!", "Ad: …". */
const ADVERT_LABEL =
	/^(?:advertisement|advert|ad|sponsored|promoted|paid (?:content|post)|partner content)\s*[:|–—-]\s*\S/i;

/** A photo credit in brackets at the end: "(Photo: AP)", "(AP Photo/Jane Doe)", "(File image)". */
const CAPTION_BRACKET =
	/\((?:[^()]*[\s/])?(?:photos?|photograph|picture|pic|images?|illustration|video|graphic|credit|courtesy)\b[^()]*\)\W*$/i;
/** A trailing credit: "… Photograph: Jane Doe/Reuters", "Photo by X on Unsplash", "Image: X". */
const CAPTION_TRAILING =
	/(?:^|[\s.|—–-])(?:(?:photo|photograph|picture|image)s?\s*(?:by\s+|:\s*|\/\s*)|(?:photo |image )?credits?\s*:\s*)(\S.{0,60})$/i;

/**
 * "… into the tower. Source: Supplied": a picture's source run on after its caption. A
 * credit list ("Photos by A (Agency), B, C."): the pictures' own line, however it ends.
 */
const SOURCE_AFTER = /[.!?]['"’”]?\s+Source:\s*[^.!?]{2,40}$/u;
const PHOTOS_BY =
	/^(?:photos|photographs|pictures|images|illustrations)\s+(?:by|courtesy of)\s+\S/i;

/** A credit list is names: each part between commas a few words, "Photos by" and all. */
function isCreditList(text: string): boolean {
	if (!PHOTOS_BY.test(text)) return false;
	const parts = text.replace(/\.$/, '').split(/,|;|\band\b/);
	return parts.every((part, i) => words(part).length <= (i === 0 ? 6 : 4));
}

function hasTrailingCredit(text: string): boolean {
	if (SOURCE_AFTER.test(text) || isCreditList(text)) return true;
	const credit = CAPTION_TRAILING.exec(text)?.[1];
	return credit !== undefined && !endsSentence(credit) && words(credit).length <= 8;
}

/** A caption signed in brackets: "… in Frankfurt. (AP)", "… at dusk. (Sam Holt / Derby Wire)". */
const SIGNED_BRACKET = new RegExp(`\\((?:${AGENCY}|[^()/]{2,40}\\s/\\s[^()]{2,40})\\)\\W*$`, 'u');
/** A credit run on after the caption's last sentence: "… on Tuesday. Credit Jane Doe/Reuters". */
const CREDIT_AFTER = /[.!?]['"’”]?\s+Credit\s+(\p{Lu}.{0,80})$/u;
/**
 * Captions point at the people in the picture ("(left)", "from left", "Pictured: …") or at the
 * picture itself ("so this photo from the agency will have to do"): body text rarely says
 * "this photo" in a line of its own unless it stands beside one.
 */
const POINTING =
	/\((?:left|right|centre|center|top|bottom|above|below|pictured|inset)\)|^pictured\b|\bfrom left\s*[,:]|\bclockwise from (?:top|left|right|bottom)\b|\b(?:this|these) (?:photo(?:graph)?|picture|image|still)s?\b(?! of\b)/i;

function isSignedCaption(text: string): boolean {
	if (text.length <= 300 && sentenceCount(text) <= 3 && SIGNED_BRACKET.test(text)) return true;
	const credit = CREDIT_AFTER.exec(text)?.[1];
	if (text.length <= 500 && credit && !endsSentence(credit) && words(credit).length <= 12) {
		return true;
	}
	// "Clockwise from top: …" names the pictures of a set, however long the list runs.
	if (/^clockwise from (?:top|left|right|bottom)\b/i.test(text) && text.length <= 500) return true;
	return POINTING.test(text) && isDescriptive(text);
}

/** "FILE PHOTO: …", or a credit after a slash to a picture agency. */
const CAPTION_OTHER =
	/^(?:file\s+)?(?:photo|image|picture)\s*:|^(?:map|chart|graphic|infographic|interactive|timeline)\s*:\s*[^.!?]{2,100}$|^(?:media|image|photo|video) caption\b|\/\s*(?:getty images|afp|reuters|ap|shutterstock|alamy|epa|bloomberg)\W*$/i;

/** A caption run into its credit, as copied from a figure: "… in Queens.CreditJane Doe". */
const GLUED_CREDIT = /[.!?]['"’”]?Credit\s?\p{Lu}/u;

/** Magazine banners: "09 Jan 2026 - Vol 04 | Issue 53", "Issue 112", "In this issue". */
function isIssueBanner(text: string): boolean {
	if (text.length > 100 || endsSentence(text)) return false;
	const volumeAndIssue = /\bvol(?:ume)?\.?\s*\d+/i.test(text) && /\bissue\b/i.test(text);
	const issueNumber = /\bissue\s*(?:no\.?\s*|#\s*)?\d+\b/i.test(text) && text.length <= 60;
	return volumeAndIssue || issueNumber || /^(?:in this issue|print edition)\b/i.test(text);
}

/** Breadcrumbs and menus ("Home › World › Americas"), tag lists, skip links. */
function isNavigation(text: string): boolean {
	if (
		/^(?:skip to (?:main )?content|menu|search|home|back to top|table of contents)\W*$/i.test(text)
	) {
		return true;
	}
	// Skip links, sometimes several run together: "Skip to contentSkip to site index".
	if (/^skip to\b/i.test(text) && text.length <= 80 && !endsSentence(text)) return true;
	if (/^(?:tags?|topics?|filed under|categories|category)\s*:/i.test(text) && text.length <= 200) {
		return true;
	}
	const parts = text.split(/\s*[|›»>/•]\s*/).filter(Boolean);
	return parts.length >= 3 && !endsSentence(text) && parts.every((part) => words(part).length <= 4);
}

/** Words that share buttons and social links are made of; a line of nothing else is a toolbar. */
const SHARE_WORDS = new Set(
	(
		'share shares sharing tweet email e-mail mail print copy link copied facebook twitter x ' +
		'linkedin whatsapp reddit pinterest telegram flipboard messenger bluesky threads mastodon ' +
		'tumblr instagram youtube tiktok save saved bookmark gift article story this page on via to ' +
		'click opens in new window follow us and or the read later for'
	).split(' ')
);
const SHARE_ACTIONS =
	/\b(?:share|read later|save for later|bookmark|tweet|email|print|copy|copied|facebook|twitter|linkedin|whatsapp|reddit|pinterest|telegram|flipboard|bluesky|mastodon|instagram|follow)\b/i;

/** A network's own name: the links of a "Follow us" row copy glued ("FacebookTwitter"). */
const NETWORKS =
	/^(?:(?:facebook|twitter|x|linkedin|whatsapp|reddit|pinterest|telegram|instagram|youtube|tiktok|bluesky|threads|mastodon|flipboard|tumblr|rss)\s*)+$/i;

function isShareButtons(text: string): boolean {
	if (text.length > 120) return false;
	// "Síguenos: FacebookTwitter", "Folgen Sie uns: …": a label in any language, then networks.
	const labelled = /^([^:]{1,25}):\s*(.+)$/u.exec(text);
	if (labelled && words(labelled[1]!).length <= 3 && NETWORKS.test(labelled[2]!)) return true;
	if (!SHARE_ACTIONS.test(text)) return false;
	const tokens = text.toLowerCase().match(/[@\p{L}\p{N}][\p{L}\p{N}._-]*/gu) ?? [];
	return tokens.every((token) => SHARE_WORDS.has(token) || token.startsWith('@'));
}

const NEWSLETTER =
	/\b(?:newsletters?|inbox|e-?mail address|enter your e-?mail|unsubscribe|mailing list|(?:daily|weekly|morning|evening) (?:briefing|digest|email)|by signing up|privacy (?:policy|notice))\b/i;
const SUBSCRIPTION =
	/\b(?:subscri(?:be|bers?|ptions?|bing)|sign[- ]?(?:up|in)|log[- ]?in|register|premium|ad[- ]free|paywall|(?:unlimited|full|uninterrupted)(?: digital)? access|free trial|members?[- ]only|membership|already a (?:subscriber|member)|create (?:a|an) (?:free )?account|support (?:our|independent|quality) journalism|become a (?:member|supporter|subscriber)|donate)\b/i;
const COMMENTS =
	/\b(?:comments?|join the (?:conversation|discussion|debate)|leave a (?:comment|reply)|have your say|what do you think|tell us what you think|let us know|share your (?:thoughts|views|opinion)|reply)\b/i;

/** Headers that introduce a list of links to other stories. */
const RELATED =
	/^(?:what['’]s (?:trending|hot|popular)|related(?: (?:stories|articles|content|coverage|reading|news|posts|links))?|read more|read also|also read|read next|up next|what to read next|more (?:on|from|about|in|stories|like this|to read)|see also|further reading|recommended(?: for you| reading| stories)?|you (?:may|might) also (?:like|enjoy|be interested in)|most (?:read|popular|viewed|shared)|trending(?: now| stories)?|top stories|popular (?:now|stories)|editor['’]?s picks|don['’]?t miss)\b\s*([:|–—-]?)\s*(.*)$/i;

function isRelatedHeader(text: string): boolean {
	// A box's own name may come first: "Harbour Buzz - What's Trending".
	const named = /^[^.!?]{2,30}\s[-–—|]\s(.{4,40})$/u.exec(text)?.[1];
	if (named && RELATED.test(named) && isRelatedHeader(named)) return true;
	const match = RELATED.exec(text);
	if (!match || text.length > 160) return false;
	const [, separator, rest = ''] = match;
	return rest === '' || separator !== '' || !endsSentence(rest);
}

/** Marketing calls: "Read Now", "Out now!", "Latest edition", "Download the app", "50% off". */
const PROMO =
	/\b(?:check out (?:more|our)|out now|on sale(?: now)?|available now|(?:latest|new|current) (?:edition|issue)|this week['’]?s (?:edition|issue)|read now|buy now|shop now|order now|book now|listen now|watch now|download (?:the|our) app|get the app|free (?:e-?book|guide|download)|special offer|limited[- ]time|\d+% off|promo code)\b/i;
/** Words in a promo's label that need not address the reader: "Latest edition out now". */
const PROMO_LABEL_WORDS = 6;
const CALL_TO_ACTION =
	/^(?:read|watch|listen|download|buy|shop|order|book|explore|discover|get|see|view|check|find|click|tap)\b.{0,30}\b(?:now|here|today|more|app)\W*$/i;

/** Footer legal lines: rights, terms, privacy and cookie notices. */
const LEGAL =
	/\b(?:all rights reserved|terms (?:of (?:use|service)|and conditions)|privacy (?:policy|notice|statement)|cookie (?:policy|settings|preferences)|ad ?choices|do not sell my (?:personal )?info(?:rmation)?)\b/i;

/** Media labels left where a picture or video was: "Image", "Photo", "Video 2:14", "Gallery". */
const MEDIA_LABEL =
	/^(?:image|photo|picture|video|gallery|slideshow|play video|watch|credit|enlarge this image|image \d+ of \d+)(?:\s*[:|]?\s*[\d:]+(?:\s+photos)?)?$/i;

/** A photo credit alone: "Jane Doe/Reuters", "Credit Jane Doe for The Times". */
const CREDIT_ALONE =
	/^(?:credit\s+\S.{0,60}|[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){0,3}\s*\/\s*[\p{Lu}][\p{L}&.' -]{1,40})$/u;

/** Reporting may mention a privacy policy; a footer line is short, or a rights notice. */
function isLegal(text: string): boolean {
	if (text.length > 300 || !LEGAL.test(text)) return false;
	return (
		(text.length <= 120 && !endsSentence(text)) ||
		/all rights reserved|^(?:©|\(c\)|copyright)/i.test(text) ||
		isPitch(text)
	);
}

const short = (limit: number) => (text: string) => text.length <= limit;
const both =
	(...tests: ((text: string) => boolean)[]) =>
	(text: string) =>
		tests.every((test) => test(text));

/**
 * A whole line in square brackets ("[Read: Why the board wants a breakwater]") is the editor's
 * link to another story set into the body, not a paragraph of it.
 */
const BRACKETED_LINK = /^\[[^[\]]{8,200}\]$/;

/** "Storms are worse. Keep up with our newsletter.": the pitch may be the last sentence. */
function pitchesAnywhere(text: string): boolean {
	return isPitch(text) || text.split(/(?<=[.!?])\s+/).some((sentence) => isPitch(sentence));
}

/**
 * A plan's price alone: "$7/month", "£80/person/year", "€5 per week". Only with its period: a
 * shop box's bare "from $610" may head a product's list of pros and cons, which is the body's,
 * so it goes by a later pass whose reason does not spread (markPriceBoxes).
 */
const PRICE_ALONE =
	/^(?:from\s+)?(?:[$£€¥]|us\$)\s?\d[\d,.]*(?:\s*(?:\/|per\b|a\b)\s*[a-z]+)*\s*(?:\/|per\b|a\b)\s*(?:month|mo|year|yr|week|wk|day|issue)\.?$/i;
/** The payment methods under a plan box: "We accept credit card, Apple Pay and Google Pay." */
const PAYMENT_METHODS =
	/^we (?:accept|take)\b.{0,80}\b(?:cards?|paypal|apple pay|google pay)\b.{0,40}$/i;
/** A link to a whole document: "Read the full transcript of his interview" (not a sentence). */
const READ_THE_FULL = /^(?:read|see|watch|listen to|view)\s+(?:the\s+)?(?:full|complete|whole)\s/i;
/** A gallery's link: "Gallery: Lamp room | 14 Photos", a link to a page of pictures. */
export const GALLERY_LINK =
	/^(?:gallery|slideshow|photos)\s*:.{1,100}\|\s*\d+\s+(?:photos|images|pictures)$/i;
/** A dateline with the desk: "Coast Desk (Portree) First published March 3, 2021: 9:10 AM ET". */
const FIRST_PUBLISHED_DATE =
	/^.{0,60}?\b(?:first )?(?:published|posted|updated)\s*:?\s+(?:on\s+)?\p{L}{3,9}\.?\s+\d{1,2},\s+\d{4}\b[^.]{0,30}$/iu;
/** A kicker over the headline that ends in a dash: "Biz & IT —". */
const DASH_KICKER = /^[^.!?]{2,40}\s[—–]$/u;

/** In order: the first rule that matches names the reason. */
const RULES: Rule[] = [
	['link', (text) => URL_ONLY.test(text) || BRACKETED_LINK.test(text)],
	['cookie-notice', isCookieNotice],
	['author-bio', isAuthorBio],
	['reading-time', both(short(50), (text) => READING_TIME.test(text))],
	['advertisement', both(short(120), (text) => ADVERT.test(text) || ADVERT_LABEL.test(text))],
	// A link, not an ad label: the widget's other lines ("Powered by …") are not swept with it.
	['link', isDisclosures],
	['link', (text) => READ_THE_FULL.test(text) && text.length <= 100 && !endsSentence(text)],
	// Before the menus: a price's slashes ("$60/person/year") are not a breadcrumb's.
	['promo', (text) => PRICE_ALONE.test(text)],
	['subscription-prompt', (text) => PAYMENT_METHODS.test(text)],
	[
		'photo-caption',
		both(
			short(300),
			(text) =>
				CAPTION_BRACKET.test(text) ||
				hasTrailingCredit(text) ||
				CAPTION_OTHER.test(text) ||
				GLUED_CREDIT.test(text)
		)
	],
	['photo-caption', isSignedCaption],
	['photo-caption', (text) => GALLERY_LINK.test(text)],
	[
		'photo-caption',
		both(
			short(80),
			(text) => MEDIA_LABEL.test(text) || CREDIT_ALONE.test(text) || isAgencyCredit(text)
		)
	],
	['photo-caption', (text) => isCaptionLabel(text) || /\bview graphic\W*$/i.test(text)],
	['outside-article', isLoadingNote],
	['issue-banner', isIssueBanner],
	['byline', (text) => parseByline(text) !== null || isBoxByline(text)],
	['date', (text) => isDateLine(text) || FIRST_PUBLISHED_DATE.test(text)],
	['teaser', isTeaserShape],
	['teaser', isLiveTeaser],
	['section-label', (text) => isSectionLabel(text) || DASH_KICKER.test(text)],
	['partner-credit', isCredit],
	['source', (text) => parseSource(text) !== null || isPrintNote(text)],
	['share-buttons', isShareButtons],
	['navigation', isNavigation],
	['related-links', isRelatedHeader],
	['newsletter', both(short(250), (text) => NEWSLETTER.test(text), pitchesAnywhere)],
	['comment-prompt', both(short(200), (text) => COMMENTS.test(text), isPitch)],
	['subscription-prompt', both(short(200), (text) => SUBSCRIPTION.test(text), isPitch)],
	[
		'promo',
		both(
			short(120),
			(text) => sentenceCount(text) <= 2,
			(text) => PROMO.test(text) || CALL_TO_ACTION.test(text),
			// Reporting says tickets go "on sale" too; a promo speaks to the reader, or is a label.
			(text) => isPitch(text) || wordCount(text) <= PROMO_LABEL_WORDS
		)
	],
	['legal', isLegal]
];

/** A gallery's counters under its link: "9", "+6" (pictures shown, pictures more). */
const GALLERY_COUNTER = /^\+?\d{1,3}$/;

/**
 * The counters printed under a gallery link go with it. Its reason does not spread further:
 * the list under a product's gallery (pros and cons) is the body's.
 */
export function galleryCounters(texts: string[]): number[] {
	return texts.flatMap((text, i) => {
		if (!GALLERY_LINK.test(text)) return [];
		const counters: number[] = [];
		for (let j = i + 1; j < texts.length && GALLERY_COUNTER.test(texts[j]!); j += 1)
			counters.push(j);
		return counters;
	});
}

/** The reason this line is clutter on its own, or null when it may be content. */
export function clutterReason(text: string): RemovalReason | null {
	return RULES.find(([, test]) => test(text))?.[0] ?? null;
}

/**
 * Reasons that spread to the unpunctuated fragments around them: a promo box or newsletter box
 * comes with headings, labels and buttons of its own. Metadata reasons do not spread.
 */
export const SPREADING_REASONS: ReadonlySet<RemovalReason> = new Set<RemovalReason>([
	'promo',
	'subscription-prompt',
	'newsletter',
	'advertisement',
	'related-links',
	'share-buttons',
	'comment-prompt',
	'issue-banner',
	'navigation'
]);
