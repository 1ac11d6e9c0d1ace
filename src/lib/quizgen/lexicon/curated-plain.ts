/**
 * More hand-written meanings (see `curated.ts`), for tier-2 words with one meaning in ordinary
 * news use that no context is needed to settle, one per line as "word: meaning | avoid" (`avoid`:
 * words of near meanings no wrong answer may have; adjectives need it most, since WordNet gives
 * them no categories to keep "without hope" away from "futile"). WordNet splits
 * most of them into senses a sentence cannot tell apart ("endorse": approve, support, sign a
 * cheque), so without these they were rarely asked. Words with a second news meaning are in
 * `curated.ts` with the context each needs, or left out ("refute": disprove, or only deny;
 * "tenure": a term of office, or job security; "redundant": superfluous, or out of a job).
 */
import type { LexicalPos } from './types';

const VERBS = `
abstain: choose not to take part or vote | avoid shun refrain stay away
amass: gather a large amount of
cede: give up land or power to another
circumvent: find a way around a rule or obstacle
consent: agree to or give permission for | agree permit allow approve accept
convene: bring or come together for a meeting
culminate: reach a final or highest point
curb: keep within limits
denounce: publicly criticize in strong terms
depict: show or describe
deplore: strongly disapprove of
deter: discourage from acting, usually by fear
deteriorate: gradually become worse
discredit: damage the good reputation of
endorse: publicly support or approve of
eradicate: destroy or remove completely
erode: gradually wear away or weaken
evacuate: move people out of a dangerous place
evoke: bring a memory or feeling to mind
expedite: make something happen sooner
falter: lose strength or purpose
impede: slow down or block
incite: stir people up to act, often violently
intimidate: frighten into doing what is wanted
jeopardise: put at risk
jeopardize: put at risk
languish: remain in an unpleasant state
portray: show or describe in a certain way
preclude: make impossible in advance
proclaim: announce officially or publicly
provoke: cause a reaction, often an angry one
quash: officially reject or put an end to
recoup: get back money lost or spent
renounce: formally give up
reprimand: criticize formally for a fault
retaliate: strike back after an attack
revoke: officially cancel
squander: waste foolishly
stifle: hold back or suppress
underpin: form the basis of
undertake: take on a task
unveil: show or announce for the first time
uphold: support or keep in place
vacate: leave a place or position
verify: check that something is true
vindicate: show to be right after doubt
waive: give up a right or requirement
waver: become unsteady or unsure
`;

const NOUNS = `
advent: the arrival of something important
allegation: a claim made without proof
allegiance: loyalty to a person, group or cause
apathy: a lack of interest or concern
aspiration: a hope or ambition
assertion: a confident statement of belief
autonomy: the right to govern oneself
benchmark: a standard for comparison
bias: a tendency to judge unfairly or wrongly | deviation variation departure divergence difference norm standard tendency inclination
caveat: a warning or condition
censure: strong official criticism
clemency: mercy shown to an offender
collusion: secret cooperation to cheat or deceive
compliance: the act of obeying a rule or request
conjecture: an opinion formed without proof
constraint: a limit or restriction
criterion: a standard for judging
debacle: a sudden and complete failure
demise: the end or death of something
discord: disagreement between people
discrepancy: a difference between things that should match
endeavor: a serious attempt to do something
endeavour: a serious attempt to do something
exodus: a mass departure of people
grievance: a complaint about unfair treatment
hindrance: something that gets in the way
hostility: unfriendly or angry opposition
negligence: failure to take proper care
parity: equality in amount or status
propensity: a natural tendency to behave a certain way
provocation: an action meant to anger someone
proximity: nearness in space or time
ramification: a consequence of an action or decision
restitution: repayment for a loss or damage
retribution: punishment given in revenge
scepticism: doubt about whether something is true
skepticism: doubt about whether something is true
stagnation: a lack of growth or activity
stigma: shame or disgrace attached to something
upheaval: a sudden and great change
vigilance: careful watchfulness for danger
`;

const ADJECTIVES = `
adamant: refusing to change one's mind | firm insistent unyielding stubborn determined resolute
ardent: very enthusiastic and passionate | fervent zealous passionate eager
arduous: needing great effort | difficult hard strenuous laborious demanding
audacious: bold and willing to take risks | bold daring brave reckless
blatant: done openly without shame | flagrant obvious shameless conspicuous bold concealment overt
bleak: without hope or encouragement | dismal grim gloomy
brazen: bold and without shame | flagrant obvious shameless blatant
cautious: careful to avoid risks | careful prudent wary
conspicuous: easy to see or notice | obvious noticeable visible overt blatant prominent perceptible apparent evident discernible attention
credible: able to be believed | plausible believable reasonable convincing truthful valid grounded truth worthy
cumbersome: large, heavy or hard to handle | unwieldy awkward clumsy
devout: deeply religious | pious religious
diligent: careful and hardworking | industrious persevering effort
dire: extremely serious or urgent | attention action critical grave
discreet: careful not to attract attention | careful tactful prudent
disparate: very different from one another | different distinct diverse dissimilar
dormant: inactive for now but able to become active | inactive latent sleeping
embattled: facing many problems or attacks | beleaguered besieged troubled
erratic: not regular or predictable | irregular unpredictable sporadic intermittent unstable
fledgling: new and still developing | nascent emerging young
formidable: impressive and hard to defeat | daunting powerful strong
futile: having no chance of success | hope hopeless useless pointless vain fruitless
hasty: done too quickly, without care | quick sudden abrupt rash rushed
illicit: not allowed by law or custom | illegal unlawful illegitimate
impartial: treating all sides equally | neutral fair unbiased objective preference bias
impeccable: without any fault | flawless perfect faultless
incompatible: unable to exist or work together | inconsistent conflicting opposed contrary
inept: lacking skill | clumsy incompetent unskilled
inevitable: certain to happen | unavoidable certain inescapable
inexorable: impossible to stop
innate: present from birth | inborn natural inherent intrinsic
insidious: harmful in a gradual, hidden way | subtle gradual hidden stealthy threatening evil ominous sinister
jubilant: full of great joy | joyful elated triumphant happy euphoric
lenient: not strict in punishing | mild tolerant merciful
meticulous: very careful and precise | thorough scrupulous rigorous painstaking rigid accurate exact
mundane: ordinary and dull | ordinary dull routine everyday
obstinate: stubbornly refusing to change | firm determined stubborn persistent steadfast
outspoken: saying openly what one thinks | candid frank open direct blunt concealment overt expressing articulate eloquent
plausible: seeming reasonable or likely | credible believable reasonable likely
pragmatic: dealing with things in a practical way
pristine: clean and unspoiled | unspoiled untouched pure
prolific: producing a great deal | productive fertile abundant
prosperous: successful and wealthy | wealthy rich affluent thriving
rampant: spreading widely without control | widespread prevalent common unchecked
reckless: careless of danger or consequences | rash careless thoughtless
relentless: never stopping or easing | persistent constant incessant unceasing
resolute: firm and determined | firm steady stubborn persistent steadfast unwavering
reticent: unwilling to say much | reserved silent quiet restrained
rigorous: very careful, thorough and strict | rigid accurate exact stringent precise meticulous
rudimentary: basic and undeveloped | basic elementary primitive
scrupulous: very careful to be honest and correct | careful conscientious exact caution prudence
shrewd: clever in judging people or situations | astute clever perceptive sharp intelligence hardheaded
sluggish: slow and lacking energy | slow lethargic inactive
steadfast: firm and unchanging in support | firm determined steady resolute stubborn persistent unwavering
superfluous: more than is needed | unnecessary redundant excess
tangible: real and able to be shown | concrete real palpable substantial
tenacious: not easily giving up | firm determined stubborn persistent steadfast
tenuous: weak or slight | flimsy strength solid substance feeble
unequivocal: leaving no doubt | clear explicit definite certain unambiguous emphatic
unilateral: done by one side alone
unwarranted: having no good reason | unjustified groundless unfounded baseless
unwavering: steady and not changing | firm determined steady resolute stubborn persistent steadfast
vehement: showing strong feeling | forceful passionate intense fervent
venerable: respected because of age or long service | respected revered esteemed
versatile: able to do many different things
viable: able to work or succeed | feasible possible practicable workable
wary: cautious about possible danger | careful suspicious prudent
`;

type Plain = Record<string, { key: string; avoid?: string }>;

/** "word: meaning | avoid" lines as a table of hand-written meanings. */
function table(lines: string): Plain {
	const out: Plain = {};
	for (const line of lines.split('\n')) {
		const at = line.indexOf(':');
		if (at <= 0) continue;
		const [key, avoid] = line.slice(at + 1).split('|');
		out[line.slice(0, at).trim()] = { key: key!.trim(), ...(avoid ? { avoid: avoid.trim() } : {}) };
	}
	return out;
}

export const PLAIN: Record<LexicalPos, Plain> = {
	verb: table(VERBS),
	noun: table(NOUNS),
	adj: table(ADJECTIVES),
	adv: {}
};
