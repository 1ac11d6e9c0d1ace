/**
 * Small built-in word lists. They classify capitalised names that wink-nlp only tags as proper
 * nouns, and they supply distractors when an article has too few of its own.
 */

export type PlaceKind = 'country' | 'region' | 'city';

// One-word names are space separated; names of several words are separated by bars.
const COUNTRIES = `Afghanistan Algeria Argentina Australia Austria Bangladesh Belgium Bolivia Brazil
Britain Canada Chile China Colombia Cuba Denmark Ecuador Egypt England Ethiopia Finland France
Germany Ghana Greece Guatemala Haiti Honduras Hungary India Indonesia Iran Iraq Ireland Israel Italy
Jamaica Japan Jordan Kenya Lebanon Libya Malaysia Mexico Morocco Nepal Netherlands Nicaragua Nigeria
Norway Pakistan Panama Peru Philippines Poland Portugal Qatar Russia Scotland Senegal Singapore
Somalia Spain Sudan Sweden Switzerland Syria Taiwan Tanzania Thailand Turkey Uganda Ukraine
Uruguay Venezuela Vietnam Wales Yemen Zambia Zimbabwe US USA UK UAE`;
const MULTI_COUNTRIES = `South Africa|South Korea|North Korea|New Zealand|Saudi Arabia|United States|
United Kingdom|El Salvador|Costa Rica|Sri Lanka`;

const REGIONS = `Africa Asia Europe Antarctica Arctic Oceania Caribbean Balkans Sahel Scandinavia
Siberia Amazon Patagonia`;
const MULTI_REGIONS = `Latin America|Central America|South America|North America|Middle East|
East Africa|West Africa|Southeast Asia|South Asia|Central Asia|Western Europe|Eastern Europe`;

const CITIES = `London Paris Berlin Madrid Rome Washington Beijing Tokyo Delhi Mumbai Moscow Kyiv Cairo
Lagos Nairobi Sydney Toronto Ottawa Chicago Boston Manchester Leeds Glasgow Edinburgh Dublin Geneva
Brussels Vienna Lisbon Athens Istanbul Tehran Baghdad Caracas Bogota Lima Havana Seoul Bangkok
Jakarta Manila Karachi Dhaka Johannesburg Birmingham Bristol Liverpool Cardiff Oxford Cambridge`;
const MULTI_CITIES = `New York|Los Angeles|San Francisco|Mexico City|Hong Kong|Buenos Aires|
Rio de Janeiro|Cape Town`;

const PLACE_KIND = new Map<string, PlaceKind>();
/** Canonical spelling of each built-in place, for distractors. */
const PLACE_SPELLING = new Map<string, string>();
for (const [single, multi, kind] of [
	[COUNTRIES, MULTI_COUNTRIES, 'country'],
	[REGIONS, MULTI_REGIONS, 'region'],
	[CITIES, MULTI_CITIES, 'city']
] as const) {
	const all = [...single.split(/\s+/), ...multi.split('|').map((name) => name.trim())];
	for (const name of all.filter(Boolean)) {
		PLACE_KIND.set(name.toLowerCase(), kind);
		PLACE_SPELLING.set(name.toLowerCase(), name);
	}
}

/** Places English names with "the" ("the US"): swapping them with "Mexico" breaks grammar. */
const WITH_ARTICLE =
	/^(?:US|USA|UK|UAE|Netherlands|Philippines|Caribbean|Balkans|Sahel|Arctic|Amazon|Middle East|United States|United Kingdom)$/i;

export function takesArticle(name: string): boolean {
	return WITH_ARTICLE.test(name);
}

export function placeKind(name: string): PlaceKind | null {
	return PLACE_KIND.get(name.toLowerCase()) ?? null;
}

const builtIn = new Map<PlaceKind, string[]>();

/** Built-in places of one kind, for distractors when the article names too few. */
export function builtInPlaces(kind: PlaceKind): string[] {
	let names = builtIn.get(kind);
	if (!names) {
		names = [...PLACE_KIND.entries()]
			.filter(([, k]) => k === kind)
			.map(([name]) => PLACE_SPELLING.get(name) ?? name)
			.filter((name) => name.length > 3);
		builtIn.set(kind, names);
	}
	return names;
}

/** A word inside a name that makes it an organisation rather than a person or place. */
export const ORGANISATION_WORDS = new Set(
	`Agency Association Authority Campaign Bank Board Bureau Center Centre Club College Commission Committee
Company Congress Corporation Council Court Department Foundation Fund Government Group Hospital
Inc Institute Laboratory Ltd Magazine Ministry Museum Network News Office Organisation Organization
Library Parliament Party Police Post Press School Senate Service Society Survey Times Trust Union
University Observatory Agency Academy Alliance Federation Reuters Telegraph Guardian Herald
Rail Railway Railways Airlines Airways Energy Motors Holdings Partners Media Health Systems
Technologies Labs Studios Records Insurance Pharmaceuticals Airport Council Assembly Tribunal`
		.split(/\s+/)
		.filter(Boolean)
);

/** Titles before a person's name; they are not part of the name itself. */
export const TITLES = new Set(
	`President President-elect Prime Minister Mr Mrs Ms Miss Dr Dr. Professor Prof Sir Dame Lord Lady
Senator Governor Mayor Councillor Cllr Judge Justice General Colonel Captain Chancellor Secretary
King Queen Prince Princess Pope Chief Officer Inspector Sergeant Rev Reverend Minister Deputy`
		.split(/\s+/)
		.filter(Boolean)
);

/** Capitalised words that start no person's name: calendar words, eras, headline words. */
export const NOT_NAME_WORDS = new Set(
	`January February March April May June July August September October November December Monday
Tuesday Wednesday Thursday Friday Saturday Sunday War Era Age Day Week Year Street Road Avenue
Park Bridge River Lake Mountain Mount Island Sea Ocean Bay Act Bill Law Covid Internet God The A An
In On At Of For And But Or If When While After Before Since From To With Without Under Over This
That These Those It He She They We I You His Her Their Our My Your Its Yes No Cold Great World
Northern Southern Eastern Western North South East West New National Royal United General Central`
		.split(/\s+/)
		.filter(Boolean)
);

/** Words a figure may carry in front that are not part of it ("about 40%", "by 2030"). */
export const LEADING_WORDS = new RegExp(
	'^(?:about|around|almost|nearly|roughly|approximately|some|over|under|more than|less than|' +
		'fewer than|up to|at least|just|only|by|in|on|since|from|until|before|after)\\s+',
	'i'
);

export const WEEKDAYS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;
