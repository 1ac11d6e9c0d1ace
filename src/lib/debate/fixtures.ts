/**
 * Test fixtures: five body paragraphs copied verbatim (trailing spaces included) from the demo
 * article, src/lib/articles/default/cartel-crackdown.raw.txt, in article order. They carry the
 * typography students get wrong when typing quotes: curly quotation marks and apostrophes, an
 * em dash with no spaces, hyphens, and trailing white space (a no-break space).
 */

export const PARAGRAPHS: string[] = [
	'Speaking in an interview with Fox News, Trump claimed the US had disrupted 97% of drugs entering by sea and said the next phase would target land-based cartel operations. He painted a bleak picture of Mexico, asserting that cartels were effectively “running the country” and calling the situation “very sad to watch.”',
	'Trump also revealed that he had raised the prospect of US military assistance with Mexican President Claudia Sheinbaum, urging Mexico to “get their act together” in tackling organised crime. The remarks followed a recent US military operation in Venezuela that led to the capture of President Nicolas Maduro and his wife—an episode that has heightened sensitivities across Latin America.  ',
	'Sheinbaum rejected any suggestion of foreign intervention, reaffirming that Mexico’s sovereignty is non-negotiable. “We categorically reject intervention in the internal affairs of other countries,” she said, warning that Latin America’s history shows intervention has never delivered democracy, stability or prosperity.',
	'In the region’s political memory, such interventions have rarely ended well. From Cold War-era to more recent actions in Central America and Venezuela, US military or covert involvement has often produced instability rather than order. That history makes even rhetorical shifts deeply sensitive.',
	'US-Mexico cooperation on drugs is not new. The two countries share intelligence, coordinate enforcement, and collaborate on interdiction. “We don’t want drugs reaching young people: not in the US, not in Mexico, not anywhere,” she said. But what has unsettled Mexico is not the objective—combating cartels—but the implied method.'
];
