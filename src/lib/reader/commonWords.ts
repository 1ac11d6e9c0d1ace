/**
 * Word lists for glossary suggestions. A glossary should explain the words a student might not
 * know, so the everyday long words of news writing ("government", "including") are listed here to
 * be passed over. Base forms only: `baseForms` strips the usual inflections before looking up.
 */

/** Function words and very common short words: never part of a suggested phrase. */
export const STOPWORDS = new Set(
	(
		'a about above after again against all almost also although always am among an and any are ' +
		'around as at away back be because been before being below between both but by can could ' +
		'day did do does doing done down during each either else even ever every few first for from ' +
		'further get gets getting give given go goes going good got great had has have having he her ' +
		'here hers herself him himself his how however i if in into is it its itself just know last ' +
		'least less let like long made make makes making many may me might more most much must my ' +
		'myself never new next no nor not now of off often on once one only or other others our out ' +
		'over own part people per perhaps put quite rather really said same say saying says see seen ' +
		'several shall she should since so some still such take taken than that the their them then ' +
		'there these they thing things this those though through thus time times to today told too ' +
		'took toward towards two under until up upon us use used very want was way ways we well were ' +
		'what when where whether which while who whole whom whose why will with within without would ' +
		'year years yet you young your'
	).split(' ')
);

/** Common English words of six letters or more, which are not worth a glossary entry. */
export const COMMON_WORDS = new Set(
	(
		'absolute accept accident according account achieve achievement across action activity ' +
		'actual actually addition additional address administration admit adult advantage advice ' +
		'affect afternoon agency agree agreement already although america american amount announce ' +
		'another answer anybody anything anyway anywhere apartment appear appearance approach ' +
		'appropriate argue argument arrive article attack attempt attention audience authority ' +
		'available average background balance basically beautiful become beginning behavior ' +
		'behaviour believe benefit between birthday border bottom brother budget building business ' +
		'campaign candidate capital careful category celebrate center centre century certain ' +
		'certainly challenge change character children choose citizen classroom collect collection ' +
		'college comfortable comment commercial common community company compare competition ' +
		'complete completely computer concern condition conference consider continue contract ' +
		'control conversation cooperate cooperation country courage create creative culture customer daughter decide ' +
		'decision definitely democracy department describe description design determine develop ' +
		'development difference different difficult direction director discover discussion disease ' +
		'distance document economic economy education effect effective effectively election ' +
		'electricity element emergency employee employment encourage energy engineer english enjoy ' +
		'enough entire environment especially establish evening eventually everybody everyone ' +
		'everything everywhere evidence exactly example excellent exchange exercise expect expensive ' +
		'experience experiment explain expression extremely facility familiar family favorite ' +
		'favourite federal feeling festival finally financial follow football foreign forward ' +
		'friendly friendship function furniture future general generally generation government ' +
		'grandfather grandmother ground happen headline health healthy history hospital however ' +
		'hundred husband identify imagine immediately important impossible improve include increase ' +
		'independent indicate individual industry information instead interest interesting ' +
		'international internet interview introduce investigate investment involve island itself journalist ' +
		'knowledge language laughter leader leadership learning library literature location magazine ' +
		'maintain majority manage management marriage material meanwhile measure medicine meeting ' +
		'member memory message military million minister minute mistake moment morning mountain ' +
		'movement national natural necessary neighbor neighbour network newspaper nothing notice ' +
		'nowhere number obviously occasion office official operate operation opinion organisation ' +
		'organization original otherwise ourselves outside paragraph parent parliament participate ' +
		'particular particularly partner passenger patient percent perfect performance permission ' +
		'person personal photograph physical picture platform player pleasure police policy ' +
		'political politician politics popular population position positive possible potential ' +
		'practice prepare presence present president pressure pretty prevent previous private ' +
		'probably problem process produce product production professional professor program ' +
		'programme project property protect provide public purpose question quickly reaction ' +
		'reality realise realize really reason receive recent recently recognise recognize ' +
		'recommend record region regional relationship religion remain remember remove replace ' +
		'report reporter represent republic research resident resource response responsibility ' +
		'restaurant result return reveal revolution schedule science scientist secretary security ' +
		'sentence separate serious service several shoulder signal similar situation society ' +
		'somebody someone something sometimes somewhere special specific speak statement station ' +
		'strategy strength strong student successful suddenly suggest summer support surprise ' +
		'teacher technology telephone television temperature terrible themselves therefore thinking ' +
		'thousand through throughout together tomorrow tonight towards tradition traditional ' +
		'training transport treatment understand understanding university unless usually vacation ' +
		'various vegetable village violence visitor weekend whatever whenever wherever whether ' +
		'without wonderful worker yesterday yourself'
	).split(' ')
);

/** Acronyms so common that a glossary entry would talk down to a reader. */
export const COMMON_ACRONYMS = new Set('US USA UK TV OK AM PM ID CEO EU UN'.split(' '));

const SUFFIXES = ['ies', 'es', 's', 'ied', 'ed', 'd', 'ing', 'ly', 'ally', 'ness', 'ment', 'er'];

/** The word and the base forms it may be an inflection of: "signalled" → "signal", … */
export function baseForms(word: string): string[] {
	const lower = word.toLowerCase().replace(/['’]s?$/, '');
	const forms = new Set([lower]);
	for (const suffix of SUFFIXES) {
		if (!lower.endsWith(suffix) || lower.length - suffix.length < 3) continue;
		const stem = lower.slice(0, -suffix.length);
		forms.add(stem);
		forms.add(`${stem}e`);
		forms.add(stem.replace(/([^aeiou])\1$/, '$1'));
		forms.add(stem.replace(/i$/, 'y'));
	}
	return [...forms];
}

export function isCommonWord(word: string): boolean {
	return baseForms(word).some((form) => COMMON_WORDS.has(form) || STOPWORDS.has(form));
}
