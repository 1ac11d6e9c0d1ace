/**
 * Tier-2 vocabulary: general academic words a secondary-school reader meets across subjects and
 * in news writing, but that everyday speech rarely uses (after Beck, McKeown and Kucan's tiers,
 * and headwords of Coxhead's Academic Word List). Only these are asked about: a word outside
 * the list is either everyday (any reader knows it), technical, or a name. Lemmas only. Left out
 * on purpose: words whose news sense WordNet lacks or glosses badly ("scuttle the deal", "stem
 * the rise", "undermine") and words with several senses that fit the same sentences (prompt,
 * trigger; disrupt), words technical writing uses in a sense WordNet lacks ("of arbitrary size": any
 * size, not one set by whim), and figurative uses WordNet only glosses literally ("igniting fears", "vibrant colours", "fickle
 * weather").
 */
/**
 * Words on the lists above that a secondary-school reader already uses and needs no question on
 * (a blind judge rejected very easy words as questions): never asked.
 */
export const EVERYDAY = new Set(
	(
		'generate acquire obtain significant ongoing ensure employ collaborate cooperate negotiate ' +
		'promote emerge establish seek maintain indicate estimate vary demonstrate enable aspect ' +
		'essential appropriate concept principle principal component capacity secure accompany ' +
		'considerable expose authority vast sufficient decline initial adequate prior potential ' +
		'apparent evident distinct minimal intense consult occupy distribute concentrate convert ' +
		'appreciate assemble commit persuade resist transform exclude relevant extensive immense ' +
		'harsh genuine fragile hostile phase objective grant assign encounter'
	).split(' ')
);

export const TIER_TWO = new Set(
	// verbs
	(
		'abandon abolish accelerate accommodate accumulate acknowledge acquire adapt adhere ' +
		'advocate affirm aggravate allege allocate alleviate alter amend amplify anticipate appease ' +
		'ascertain aspire assert assess attain attribute augment authorise authorize bolster ' +
		'bypass capitulate cede cite clarify coerce collaborate commence compel compile ' +
		'comply comprise concede conceive condemn condone confer confine confront consolidate ' +
		'constitute constrain contemplate contend contradict convene convey corroborate ' +
		'curb curtail deem defer defy delegate deliberate denounce depict deplete deploy deprive ' +
		'derive designate deter deteriorate devise diminish disclose discredit disperse ' +
		'dissuade distort diversify divert dominate dwindle elicit eliminate embark embrace ' +
		'emulate enact endorse endure enhance entail enforce erode escalate evade evoke exacerbate ' +
		'exaggerate exceed exclude exempt exert facilitate falter fluctuate ' +
		'formulate foster fulfil fulfill hamper hinder impair impede ' +
		'implement imply impose incite incur induce infer inhibit initiate instigate integrate ' +
		'intervene invoke jeopardise jeopardize justify legitimise magnify ' +
		'manipulate mediate mitigate mobilise mobilize negate neglect negotiate ' +
		'nullify oblige obscure obstruct overhaul override overturn oversee ' +
		'perceive perpetuate persist plummet portray postpone precede preclude presume prevail ' +
		'proclaim prohibit prolong promote propel prosecute provoke pursue quell ratify ' +
		'rebuke rebut recede reconcile rectify refute reinforce reiterate relinquish ' +
		'renounce repeal replicate reprimand rescind restrain restrict retain retaliate ' +
		'retract revamp revert revoke scrutinise scrutinize shun sideline ' +
		' solicit stabilise stabilize stifle stipulate subdue ' +
		'subsidise subsidize substantiate succumb supersede supplement surpass sustain ' +
		' thwart transform undertake underscore uphold utilise ' +
		'utilize validate verify vindicate waive withdraw withhold withstand ' +
		// more verbs, nouns and adjectives of the same register
		'abstain allay amass ameliorate annul appraise articulate assuage attest avert banish bestow censure circumvent commemorate concur confiscate culminate debunk decry deduce delineate deplore deride detain deviate disavow discern disparage dispel disseminate dwindle elucidate embellish emancipate endow enlist ensue envisage eradicate espouse evacuate exonerate expedite extol fabricate forfeit impart implore incarcerate inflict infringe intimidate jettison lament languish mollify obliterate orchestrate placate procure proliferate prosper quash recoup redress refrain rehabilitate reimburse reinstate rekindle relegate repudiate resent retrieve revere squander subvert summon supplant transcend underpin unveil usurp vacate vilify wane waver acumen adherence affluence aftermath animosity apathy aspiration austerity autonomy calamity complacency conjecture contingency culpability deference demise deterrent detriment diligence discord disdain duress embargo enmity ethos exemption fervour fervor fiasco foresight fortitude grievance havoc hostility hubris impunity inequity infringement insurgency jurisdiction leniency malaise misconception moratorium negligence nuance onus plight predicament prestige propensity prosperity provocation prowess ramification rapport reprisal resentment restitution retribution scarcity solidarity stagnation subsidy surveillance tenure testimony trepidation vigilance wariness abundant affluent antiquated apathetic arduous astute audacious benevolent bleak brazen clandestine coercive complacent conciliatory conspicuous contemptuous cordial culpable cursory defiant despondent devout dire discernible disparate drastic eclectic egregious eloquent emphatic entrenched ephemeral exemplary exorbitant extraneous fervent flagrant formidable frivolous gratuitous hapless hasty illicit impartial impeccable imperative implausible incoherent incompatible indispensable indignant inept inexorable innate insatiable insidious intermittent intransigent invaluable lavish legitimate lenient lethargic lucid malicious mundane negligible nominal nonchalant obstinate opaque paramount pertinent pervasive pivotal poignant predatory prestigious pristine prolonged prosperous provocative punitive reckless redundant relentless reputable resolute reticent rudimentary ruthless salient scathing scrupulous sedentary shrewd sluggish sparse spontaneous staunch steadfast succinct superfluous tenacious tenuous tumultuous unilateral unscrupulous unwarranted venerable vehement versatile vigorous zealous ' +
		// nouns
		'accountability advent adversity advocacy allegation allegiance ambiguity ambivalence ' +
		'anomaly apprehension assertion attrition backlash benchmark burden candour ' +
		'candor catalyst caveat clemency coalition cohesion collusion compliance concession ' +
		'consensus constraint contention controversy criterion crackdown credibility ' +
		'deadlock debacle deficit dilemma discourse discrepancy disparity dissent diversity ' +
		'doctrine drawback emphasis endeavour endeavor exodus expertise fallout feasibility ' +
		'friction hierarchy hindrance hypothesis ideology impasse impetus implication incentive ' +
		'inception inertia influx initiative integrity intervention leverage liability ' +
		' momentum notion oversight paradigm paradox parity phenomenon precedent ' +
		' prerogative proponent prospect proximity rationale rebuttal recession ' +
		'reluctance repercussion resilience restraint rhetoric rift ' +
		'scepticism skepticism scrutiny setback stalemate stance stigma surplus ' +
		'sustainability tactic threshold transparency turmoil upheaval verdict ' +
		'viability volatility ' +
		// adjectives and adverbs
		'abrupt acute adamant adverse ambiguous ambitious ample apparent ardent ' +
		'austere authentic autonomous blatant candid cautious coherent comprehensive ' +
		'concise contentious conventional credible crucial cumulative decisive definitive ' +
		'deliberate detrimental diligent discreet disproportionate dubious elusive eminent ' +
		'erratic explicit feasible fragile frugal futile genuine hostile hypothetical imminent ' +
		'implicit inadvertent incessant incremental indifferent inevitable inherent innovative ' +
		'intact intricate intrinsic lucrative marginal meticulous notorious obsolete ' +
		'ominous overt partisan plausible pragmatic precarious predominant preliminary ' +
		'prevalent profound prolific prominent prudent rampant reluctant ' +
		'resilient rigorous robust scarce sceptical skeptical stringent subsequent ' +
		'substantial subtle superficial tangible tentative unanimous unequivocal ' +
		'unprecedented viable vigilant volatile vulnerable wary ' +
		'arguably ostensibly purportedly predominantly inadvertently explicitly implicitly ' +
		// Academic Word List headwords and news verbs with more than one sense, where the sentence
		// decides which ("conduct a survey", "decline an offer", "pose a threat"). Left out after
		// reading their drafts: words mostly met in compounds or idioms ("prime minister", "virtual
		// reality", "for instance", "a stark reminder"); figurative uses WordNet glosses literally
		// ("slashes rates", "resides in the code", "her legacy", "a hefty fine", "sweeping
		// changes"); usual senses that misread the news use ("insisted that…": "refuse to budge";
		// "sole aim"; "an outcry": "a loud utterance"); and adverbs, whose glosses lose their "to"
		// and blur into each other ("substantially", "primarily").
		// verbs
		'assume distribute establish estimate indicate interpret legislate proceed vary conduct ' +
		'maintain obtain secure seek evaluate compensate coordinate correspond demonstrate specify ' +
		'commit concentrate emerge grant implicate occupy resolve consult decline enable evolve ' +
		'expose generate assign cooperate discriminate incorporate underlie convert differentiate ' +
		'isolate transmit accompany appreciate complement conform denote displace exhibit exploit ' +
		'offset restore revise terminate cease coincide devote suspend unify violate assemble ' +
		'encounter levy pose undergo oust tout spur vow pledge hail rally embolden galvanise ' +
		'galvanize heighten yield sanction mandate ' +
		'persuade tolerate navigate distinguish resist conceal emphasise emphasize ensure interfere ' +
		// nouns
		'venture triumph glimpse concept principle authority aspect commission proportion scheme ' +
		'circumstance consent ' +
		'component dimension phase regime capacity entity margin perspective revenue scope motive ' +
		'incidence bias commodity tension analogy duration insight norm probe clout toll ' +
		'endorsement premise priority dispute reform ' +
		// adjectives
		'evident extensive significant vast vivid elaborate essential immense absurd harsh keen flimsy ' +
		'appropriate distinct relevant potential considerable initial sufficient valid adequate ' +
		'approximate principal prior discrete equivalent external fundamental objective precise ' +
		'abstract diverse flexible neutral rational contrary definite empirical ultimate ' +
		'voluntary contemporary eventual intense radical uniform widespread compatible concurrent ' +
		'minimal mutual subordinate adjacent forthcoming ongoing grim fraught embattled ' +
		'beleaguered staggering dismal modest unfounded outspoken fledgling nascent sporadic ' +
		'dormant ' +
		// More of the same register, each read in WordNet for one clear usual sense (left out:
		// "ailing", "thrive", "flourish", whose news use is figurative; "proliferation", whose
		// usual sense is cell growth; "spate", whose other senses are floods)
		'renowned uncompromising integral distaste unrest meager meagre ubiquitous impending ' +
		'bemoan uproar debilitating unscathed foreseeable perilous imperil unwavering feeble adept ' +
		'empathy anguish clamour clamor unbridled heed commend resurgence scant chronic turbulent ' +
		'dismayed disgruntled cumbersome jubilant dismay euphoria indignation remorse ' +
		'consternation camaraderie hallmark conundrum ordeal lull spurn rebuff flout sidestep ' +
		'berate laud quandary'
	)
		.split(/\s+/)
		.filter((word) => !EVERYDAY.has(word))
);
