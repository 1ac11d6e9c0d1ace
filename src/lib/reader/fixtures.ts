/**
 * Test fixtures: the body paragraphs of the demo article (a real magazine piece, "Why Trump’s
 * Cartel Crackdown Talk Has Alarmed Mexico", cleaned), and the brief's example paragraph.
 */

/** The example paragraph, with straight quotation marks. */
export const SEED_PARAGRAPH =
	'US President Donald Trump has signalled a sharp escalation in his administration\'s campaign against Mexican drug cartels, saying the US would now begin to "hit land" in its offensive against the gangs.';

/** The same paragraph as typeset, with curly quotation marks. */
export const SEED_PARAGRAPH_CURLY = SEED_PARAGRAPH.replace('"hit', '“hit').replace(
	'land"',
	'land”'
);

export const CARTEL_ARTICLE: string[] = [
	'US President Donald Trump has signalled a sharp escalation in Washington’s fight against drug cartels, warning that after maritime crackdowns, the US is now prepared to “hit land” operations linked to trafficking networks.',
	'Speaking in an interview with Fox News, Trump claimed the US had disrupted 97% of drugs entering by sea and said the next phase would target land-based cartel operations. He painted a bleak picture of Mexico, asserting that cartels were effectively “running the country” and calling the situation “very sad to watch.”',
	'Trump also revealed that he had raised the prospect of US military assistance with Mexican President Claudia Sheinbaum, urging Mexico to “get their act together” in tackling organised crime. The remarks followed a recent US military operation in Venezuela that led to the capture of President Nicolas Maduro and his wife—an episode that has heightened sensitivities across Latin America.',
	'Mexico’s response was swift and unequivocal.',
	'Sheinbaum rejected any suggestion of foreign intervention, reaffirming that Mexico’s sovereignty is non-negotiable. “We categorically reject intervention in the internal affairs of other countries,” she said, warning that Latin America’s history shows intervention has never delivered democracy, stability or prosperity.',
	'In the region’s political memory, such interventions have rarely ended well. From Cold War-era to more recent actions in Central America and Venezuela, US military or covert involvement has often produced instability rather than order. That history makes even rhetorical shifts deeply sensitive.',
	'While pushing back against Trump’s comments, Sheinbaum stressed that Mexico continues to cooperate with the US to curb fentanyl and other drugs, describing the effort as both a humanitarian and security imperative.',
	'US-Mexico cooperation on drugs is not new. The two countries share intelligence, coordinate enforcement, and collaborate on interdiction. “We don’t want drugs reaching young people: not in the US, not in Mexico, not anywhere,” she said. But what has unsettled Mexico is not the objective—combating cartels—but the implied method.',
	'Sheinbaum’s response did not deny the scale of the drug crisis. Instead, it reframed responsibility. Mexico has long argued that cartel violence is fuelled by demand for drugs in the US, illegal flow of high-powered weapons from the US into Mexico, and money laundering networks operating across borders. From Mexico’s perspective, focusing narrowly on cartel enforcement without addressing these upstream drivers amounts to selective accountability. Drug trafficking and money laundering networks, she said, must be tackled on both sides of the border.',
	'This framing also plays well domestically. Any perception of yielding to US pressure risks political backlash, particularly in a country where sovereignty is not just constitutional but cultural.',
	'Meanwhile, Trump’s remarks suggest a shift from containment to assertive disruption. His emphasis on “hitting land” fits a broader pattern: escalating rhetoric to signal resolve, create leverage, and test counterpart reactions. Whether this translates into policy is a separate question.',
	'Historically, US administrations have stopped short of unilateral action inside Mexico, recognising the diplomatic and security fallout such a move would trigger. Intelligence cooperation has been the ceiling, and Mexico’s swift pushback suggests that ceiling remains firmly in place.'
];
