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
Uruguay Venezuela Vietnam Wales Yemen Zambia Zimbabwe US USA UK UAE Paraguay Cambodia Laos Myanmar
Mongolia Kazakhstan Uzbekistan Armenia Azerbaijan Belarus Serbia Croatia Bosnia Romania Bulgaria
Slovakia Slovenia Estonia Latvia Lithuania Iceland Luxembourg Malta Cyprus Tunisia Cameroon Rwanda
Mali Angola Mozambique Namibia Botswana Madagascar Congo Eritrea Oman Kuwait Bahrain Greenland`;
const MULTI_COUNTRIES = `South Africa|South Korea|North Korea|New Zealand|Saudi Arabia|United States|
United Kingdom|El Salvador|Costa Rica|Sri Lanka|Czech Republic|Dominican Republic|Ivory Coast|
Cayman Islands|Puerto Rico`;

const REGIONS = `Africa Asia Europe Antarctica Arctic Oceania Caribbean Balkans Sahel Scandinavia
Siberia Amazon Patagonia California Texas Florida Ontario Quebec Bavaria Catalonia Tuscany Queensland
Alaska Hawaii Gaza Kashmir Crimea Donbas Darfur Tigray`;
const MULTI_REGIONS = `Latin America|Central America|South America|North America|Middle East|
East Africa|West Africa|Southeast Asia|South Asia|Central Asia|Western Europe|Eastern Europe|
West Bank|New South Wales|Rio Grande do Sul|Buenos Aires Province`;

const CITIES = `London Paris Berlin Madrid Rome Washington Beijing Tokyo Delhi Mumbai Moscow Kyiv Cairo
Lagos Nairobi Sydney Toronto Ottawa Chicago Boston Manchester Leeds Glasgow Edinburgh Dublin Geneva
Brussels Vienna Lisbon Athens Istanbul Tehran Baghdad Caracas Bogota Lima Havana Seoul Bangkok
Jakarta Manila Karachi Dhaka Johannesburg Birmingham Bristol Liverpool Cardiff Oxford Cambridge
Santiago Montevideo Asunción Brasília Rosario Stockholm Gothenburg Oslo Copenhagen Helsinki Amsterdam
Rotterdam Barcelona Milan Naples Munich Hamburg Frankfurt Warsaw Prague Budapest Zurich Marseille
Lyon Porto Seville Valencia Houston Dallas Miami Atlanta Seattle Denver Philadelphia Detroit
Montreal Vancouver Melbourne Brisbane Perth Auckland Shanghai Shenzhen Osaka Kolkata Chennai
Bangalore Lahore Islamabad Kabul Riyadh Dubai Doha Beirut Damascus Amman Jerusalem Accra Kinshasa
Dakar Khartoum Kampala Harare Lusaka Durban Quito Medellín Guadalajara Monterrey Tijuana Recife
Fortaleza Curitiba Córdoba Mendoza Belfast Sheffield Newcastle Nottingham Leicester Brighton
Southampton Plymouth Aberdeen Dundee Swansea Gdansk Krakow Kraków Odesa Kharkiv Lviv`;
const MULTI_CITIES = `New York|Los Angeles|San Francisco|Mexico City|Hong Kong|Buenos Aires|
Rio de Janeiro|Cape Town|San Diego|San Jose|San Antonio|Porto Alegre|São Paulo|Sao Paulo|Santa Fe|
La Paz|Belo Horizonte|Las Vegas|New Orleans|Salt Lake City|Kansas City|Tel Aviv|Abu Dhabi|
Kuala Lumpur|Ho Chi Minh City|St Petersburg|Addis Ababa|Panama City|Guatemala City|Quebec City|
New Delhi|Santo Domingo|San Juan|San Salvador`;

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

/**
 * Continents and regions spanning several countries: each contains most other places, so it is
 * a distractor only for another of its size.
 */
const BROAD_REGIONS = new Set(
	`Africa|Asia|Europe|Antarctica|Arctic|Oceania|Caribbean|Balkans|Sahel|Scandinavia|Latin America|
Central America|South America|North America|Middle East|East Africa|West Africa|Southeast Asia|
South Asia|Central Asia|Western Europe|Eastern Europe`
		.split('|')
		.map((name) => name.trim().toLowerCase())
);

export function isBroadRegion(name: string): boolean {
	return BROAD_REGIONS.has(name.toLowerCase());
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
Technologies Labs Studios Records Insurance Pharmaceuticals Airport Council Assembly Tribunal
Savings Chamber Commission Prefecture Institution Bancorp Capital Investments
Logistics Cargo Shipping Foods Industries Enterprises Solutions Consulting Clinic Trust Navy Army`
		.split(/\s+/)
		.filter(Boolean)
);

/** Titles before a person's name; they are not part of the name itself. */
export const TITLES = new Set(
	`President President-elect Prime Minister Mr Mrs Ms Miss Dr Dr. Professor Prof Sir Dame Lord Lady
Senator Governor Mayor Councillor Cllr Judge Justice General Colonel Captain Chancellor Secretary
King Queen Prince Princess Pope Chief Officer Inspector Sergeant Rev Reverend Minister Deputy
CEO CFO COO CTO`
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
Northern Southern Eastern Western North South East West New National Royal United General Central
Cup Trophy Championship Championships League Prize Award Awards Festival Summit Olympics Games
CEO GDP TV AI OK Covid-19 Democrat Democrats Republican Republicans Labour Conservative Tory Liberal Part Chapter Section Article Category Phase Stage Round Level`
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

/** Words that start a city's name ("San Diego", "Porto Alegre", "Port Henry"), never a person's. */
export const CITY_PREFIXES = new Set(
	'San Santa Santo São Sao Porto Puerto Port Saint St Fort Ciudad Belo Villa'.split(' ')
);

/** Words that start a place's name only beside a place word ("in La Jolla", not "La Niña"). */
export const WEAK_PLACE_PREFIXES = new Set('La Las Los El Le Rio Al'.split(' '));

/** Last words of a place's name: "Cayman Islands", "Napa Valley", "Orange County". */
export const PLACE_SUFFIXES = new Set(
	'Islands Island Valley Heights Beach Springs County Province Coast Peninsula Delta Hills'.split(
		' '
	)
);

/** Grounds and halls: places, but not cities or countries. */
export const VENUE_WORDS = new Set('Stadium Arena Ground Stadion Velodrome'.split(' '));

/** Last words of a sports club's name ("Kingsport Rovers"): the club is an organisation. */
export const TEAM_WORDS = new Set(
	'Rovers Wanderers Athletic Albion Rangers Hotspur FC Olympique Sporting Dynamo Thorns'.split(' ')
);

/** Organisations known by one word, which no name rule could tell from a surname. */
export const SINGLE_WORD_ORGANISATIONS = new Set(
	`Reuters Deloitte Google Microsoft Apple Meta Nasa Unicef Unesco Oxfam Interpol Europol Fifa Uefa
Nato Opec Airbus Boeing Toyota Tesla Netflix Samsung Unilever Nestlé Shell Amnesty Greenpeace
Bloomberg Moody's Fitch Goldman Barclays HSBC Citigroup Walmart Tesco Sainsbury's Ofcom Ofsted
Ofgem Eurostat Frontex Gazprom Huawei Siemens Volkswagen Pfizer Moderna AstraZeneca`
		.split(/\s+/)
		.filter(Boolean)
);

/**
 * Lower-case words that name a person's role right before their name ("fund manager Daniel
 * Whitmore", "the referee, Sarah Quinn"): evidence that the name is a person's.
 */
export const PERSON_ROLES = new Set(
	`manager winger striker forward defender midfielder goalkeeper keeper captain coach referee player
teacher economist scientist researcher lawyer attorney solicitor barrister agent chair chairman
chairwoman leader councillor engineer farmer minister executive director spokesman spokeswoman
spokesperson analyst officer judge author professor doctor nurse student pupil resident owner
founder president governor ecologist mayor librarian victim defendant prosecutor nutritionist
physician surgeon psychologist historian journalist reporter editor photographer campaigner activist
candidate senator lawmaker legislator MP ambassador diplomat commissioner chief inspector detective
investigator fisherman driver worker miner shopkeeper trader broker banker investor entrepreneur
novelist writer artist singer actor actress musician poet architect designer pilot soldier
sergeant colonel general admiral priest pastor bishop imam rabbi mother father son daughter wife
husband brother sister grandmother grandfather widow teenager boy girl man woman veteran
co-author colleague economist strategist adviser advisor consultant curator archivist geologist
biologist chemist physicist epidemiologist virologist meteorologist climatologist oceanographer
engineer technician paramedic firefighter pensioner retiree head deputy`.split(/\s+/)
);

/** Lower-case words that name an organisation's kind right before its name ("firm Andes Cargo"). */
export const ORGANISATION_ROLES = new Set(
	`firm company group bank lender insurer retailer club charity regulator journal newspaper
broadcaster airline carmaker startup start-up chain agency union supermarket brewer miner
developer publisher network operator manufacturer maker supplier conglomerate giant outlet
watchdog nonprofit non-profit foundation institute university party side team`.split(/\s+/)
);

/** Common first names: a two-word name that starts with one is a person's without other evidence. */
export const FIRST_NAMES = new Set(
	`James John Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel Matthew
Anthony Mark Donald Steven Paul Andrew Joshua Kenneth Kevin Brian George Timothy Ronald Edward
Jason Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin
Samuel Gregory Alexander Patrick Frank Raymond Jack Dennis Jerry Tyler Aaron Henry Adam Douglas
Nathan Peter Zachary Kyle Noah Ethan Jeremy Walter Christian Keith Roger Terry Austin Sean Gerald
Carl Harold Dylan Arthur Lawrence Jordan Jesse Bryan Billy Bruce Gabriel Joe Logan Albert Willie
Alan Eugene Russell Vincent Philip Bobby Johnny Bradley Liam Oliver Harry Owen Callum Connor Luke
Jamie Ben Tom Tim Sam Max Leo Oscar Hugo Lars Erik Sven Nils Anders Jan Piet Hans Klaus Jürgen
Stefan Marco Luca Matteo Giuseppe Giovanni Francesco Antonio Carlos Juan José Luis Miguel Jorge
Pedro Pablo Diego Manuel Francisco Javier Rafael Ricardo Fernando Alejandro Andrés Tomás Tomas
Paulo João Mateus Lucas Gustavo Rodrigo Felipe Sergio Raúl Mohammed Muhammad Ahmed Ali Omar Hassan
Ibrahim Yusuf Mustafa Karim Rami Samir Amir Raj Arjun Rahul Vikram Sanjay Amit Ravi Hiroshi Kenji
Takeshi Wei Kwame Kofi Chinedu Emeka Tunde Oluwaseun Dmitri Ivan Sergei Vladimir
Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Lisa Nancy Betty Margaret
Sandra Ashley Kimberly Emily Donna Michelle Carol Amanda Dorothy Melissa Deborah Stephanie
Rebecca Sharon Laura Cynthia Kathleen Amy Angela Shirley Anna Brenda Pamela Emma Nicole Helen
Samantha Katherine Christine Debra Rachel Carolyn Janet Catherine Maria Heather Diane Ruth Julie
Olivia Joyce Virginia Victoria Kelly Lauren Christina Joan Evelyn Judith Megan Andrea Cheryl
Hannah Jacqueline Martha Gloria Teresa Ann Sara Madison Frances Kathryn Janice Jean Abigail
Alice Judy Sophia Grace Denise Amber Doris Marilyn Danielle Beverly Isabella Theresa Diana
Natalie Brittany Charlotte Marie Kayla Alexis Lori Sophie Chloe Lucy Ella Mia Zoe Freya Isla
Amelia Priya Anita Sunita Aisha Fatima Leila Amira Yasmin Mariam Sofia Sofía Lucía Lucia Elena
Camila Valentina Isabel Carmen Ana Mariana Beatriz Gabriela Fernanda Paula Daniela Adriana
Ingrid Astrid Greta Freja Anke Ulrike Giulia Francesca Chiara Martina Yuki Keiko Mei Ling Amara
Ngozi Chiamaka Adaeze Olga Natalia Irina Svetlana Tatiana Claudia Angela Marta Agnieszka Katarzyna
Carla Nicolas Nicolás Nicola Nicole Luiz Luís Lula Emmanuel Olaf Keir Rishi Boris Justin Narendra
Xi Jair Gustavo Javier Andrés Enrique Alberto Roberto Eduardo Sebastián Sebastian Martín Martin
Simon Simone Julia Julian Julien Pierre Jean-Pierre François Françoise Marc Michel Philippe Louis
Léa Chloé Camille Manon Inès Hélène Ursula Angela Friedrich Wolfgang Heinz Greta Elif Mehmet
Recep Ayşe Fatma Zeynep Selin Hamza Bilal Tariq Imran Nawaz Benazir Shehbaz Malala Nadia Rania
Salma Huda Noor Layla Zainab Khadija Abdul Abdullah Saeed Khalid Faisal Nasser Youssef Mahmoud
Kamala Hillary Barack Joe Jill Nancy Chuck Mitch Kevin Ron Gavin Gretchen Kathy Liz Rishi Theresa
Yoshihide Fumio Shinzo Kim Lee Jae-in Yoon Ngozi Cyril Jacob Thabo Nelson Winnie Uhuru
William Kate Charles Camilla Harry Meghan Anne Edward Andrew Beatrice Eugenie Rosa Dolores Pilar
Mercedes Guadalupe Rocío Alejandra Verónica Lorena Silvia Patricia Laura Marina Ines Ivana Petra
Jana Eva Tereza Milan Tomáš Pavel Jakub Piotr Krzysztof Andrzej Tomasz Marek Bogdan Dragan Goran`
		.split(/\s+/)
		.filter(Boolean)
);

/**
 * Women's first names among FIRST_NAMES (and a few more): a "who" question that shows "she" or
 * "her" offers only women, one that shows "he" or "his" only men. Names used for both are in
 * neither list, so their bearer's gender stays unknown.
 */
export const FEMALE_FIRST_NAMES = new Set(
	`Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Lisa Nancy Betty Margaret
Sandra Ashley Kimberly Emily Donna Michelle Carol Amanda Dorothy Melissa Deborah Stephanie Rebecca
Sharon Laura Cynthia Kathleen Amy Angela Shirley Anna Brenda Pamela Emma Nicole Helen Samantha
Katherine Christine Debra Rachel Carolyn Janet Catherine Maria Heather Diane Ruth Julie Olivia Joyce
Virginia Victoria Kelly Lauren Christina Joan Evelyn Judith Megan Andrea Cheryl Hannah Jacqueline
Martha Gloria Teresa Ann Sara Madison Frances Kathryn Janice Abigail Alice Judy Sophia Grace Denise
Amber Doris Marilyn Danielle Beverly Isabella Theresa Diana Natalie Brittany Charlotte Marie Kayla
Alexis Lori Sophie Chloe Lucy Ella Mia Zoe Freya Isla Amelia Priya Anita Sunita Aisha Fatima Leila
Amira Yasmin Mariam Sofia Sofía Lucía Lucia Elena Camila Valentina Isabel Carmen Ana Mariana Beatriz
Gabriela Fernanda Paula Daniela Adriana Ingrid Astrid Greta Freja Anke Ulrike Giulia Francesca Chiara
Martina Yuki Keiko Mei Amara Ngozi Chiamaka Adaeze Olga Natalia Irina Svetlana Tatiana Claudia Marta
Agnieszka Katarzyna Carla Nicola Simone Julia Léa Chloé Camille Manon Inès Hélène Ursula Françoise
Elif Ayşe Fatma Zeynep Selin Benazir Malala Nadia Rania Salma Huda Layla Zainab Khadija Kamala
Hillary Jill Gretchen Kathy Liz Winnie Kate Camilla Meghan Anne Beatrice Eugenie Rosa Dolores Pilar
Mercedes Guadalupe Rocío Alejandra Verónica Lorena Silvia Marina Ines Ivana Petra Jana Eva Tereza
Fiona Tracey Tracy Susanne Suzanne Jane Jenny Joanna Louise Lydia Molly Nina Rose Ruby Stella Tessa
Wendy Yvonne Alison Allison Caroline Clare Claire Eleanor Eloise Esther Gemma Harriet Holly Iris
Jasmine Joanne Karin Katie Leah Lily Lindsay Lynn Maggie Melanie Miriam Naomi Pauline Penny Rita
Sally Sheila Tanya Valerie Vanessa Vera Yolanda Erin Kristen Kirsten Monica Paige Tina Heidi`
		.split(/\s+/)
		.filter(Boolean)
);

/** First names used for both men and women: their bearer's gender stays unknown. */
const EITHER = new Set(
	'Jamie Jordan Sam Kim Lee Jean Ling Noor Alexis Ali Jan Nicola Andrea Simone Sasha Robin Alex Chris Leslie Taylor Morgan Casey'.split(
		' '
	)
);

/** Men's first names: FIRST_NAMES that are neither women's nor used for both. */
export const MALE_FIRST_NAMES = new Set(
	[
		...FIRST_NAMES,
		...`Georges Ammar Mark Greg Jeff Nick Rob Bob Bill Jim Mike Steve Dan Dave Pete Matt Rick Ron Ted Tony Ken Neil Ian Graham Colin Stuart Malcolm Barry Trevor Wayne Dean Craig Lee Shane Glenn Marvin Elon Jeb Bernie Mitt Rand Ted Marco Rudy Rex`.split(
			/\s+/
		)
	].filter((n) => !FEMALE_FIRST_NAMES.has(n) && !EITHER.has(n))
);

/** A person's gender from a full name's first word or a title, or null when unsure. */
export function genderOfName(name: string, title?: string): 'female' | 'male' | null {
	if (title && /^(?:Mrs|Ms|Miss|Dame|Lady|Queen|Princess)\.?$/.test(title)) return 'female';
	if (title && /^(?:Mr|Sir|Lord|King|Prince)\.?$/.test(title)) return 'male';
	const first = name.split(/\s+/)[0] ?? '';
	if (FEMALE_FIRST_NAMES.has(first)) return 'female';
	if (MALE_FIRST_NAMES.has(first)) return 'male';
	return null;
}
