/**
 * Dictionary syllable counts (Merriam-Webster pronunciations, CMU Pronouncing Dictionary where
 * they agree) for measuring the syllable rules. ARTICLE_WORDS are the demo article's words, which
 * the rules were tuned on; EVERYDAY_WORDS is a separate list of school vocabulary.
 */
function parse(list: string): [string, number][] {
	return list
		.trim()
		.split(/\s+/)
		.map((entry) => {
			const [word = '', count = '0'] = entry.split(':');
			return [word, Number(count)];
		});
}

export const ARTICLE_WORDS = parse(`
the:1 news:1 article:3 student:2 teacher:2 question:2 evidence:3 debate:2 quiz:1 sentence:2
government:3 president:3 country:2 countries:2 military:4 operation:4 intelligence:4 security:4
cooperation:5 intervention:4 democracy:4 stability:4 prosperity:4 history:3 region:2 political:4
memory:3 recent:2 actions:2 involvement:3 rather:2 order:2 rhetorical:4 sensitive:3 comments:2
continues:3 fentanyl:3 describing:3 effort:2 humanitarian:6 imperative:4 objective:3 method:2
response:2 deny:2 scale:1 crisis:2 instead:2 responsibility:6 argued:2 violence:3 demand:2
illegal:3 flow:1 weapons:2 money:2 laundering:3 networks:2 operating:4 across:2 borders:2
perspective:3 focusing:3 narrowly:3 enforcement:3 without:2 addressing:3 upstream:2 drivers:2
amounts:2 selective:3 accountability:6 trafficking:3 tackled:2 both:1 sides:1 border:2 framing:2
also:2 plays:1 well:1 domestically:5 perception:3 yielding:2 pressure:2 risks:1 backlash:2
particularly:5 where:1 constitutional:5 cultural:3 meanwhile:2 remarks:2 suggest:2 shift:1
containment:3 assertive:3 disruption:3 emphasis:3 hitting:2 fits:1 broader:2 pattern:2
escalating:4 rhetoric:3 signal:2 resolve:2 leverage:3 test:1 counterpart:3 reactions:3 whether:2
translates:2 into:2 policy:3 separate:3 historically:5 administrations:5 stopped:1 short:1
unilateral:5 action:2 inside:2 recognising:4 diplomatic:4 fallout:2 such:1 move:1 would:1
trigger:2 ceiling:2 remains:2 firmly:2 place:1 swift:1 pushback:2 unequivocal:5 rejected:3
suggestion:3 foreign:2 reaffirming:4 categorically:6 internal:3 affairs:2 other:2 warning:2
shows:1 delivered:3 interview:3 claimed:1 disrupted:3 drugs:1 entering:3 phase:1 target:2
painted:2 bleak:1 picture:2 asserting:3 cartels:2 effectively:4 running:2 calling:2 situation:4
very:2 sad:1 watch:1 revealed:2 raised:1 prospect:2 assistance:3 urging:2 together:3 tackling:2
organised:3 crime:1 followed:2 capture:2 episode:3 heightened:2 sensitivities:5 unsettled:3
implied:2 reframed:2 long:1 high:1 powered:2 young:1 people:2 anywhere:3 share:1 coordinate:4
collaborate:4 interdiction:4 stressed:1 curb:1 instability:5 signalled:2 escalation:4
`);

export const EVERYDAY_WORDS = parse(`
water:2 animal:3 yellow:2 orange:2 purple:2 window:2 kitchen:2 garden:2 library:3 museum:3
hospital:3 elephant:3 tomato:3 potato:3 banana:3 computer:3 telephone:3 umbrella:3 calendar:3
dinosaur:3 education:4 celebration:4 environment:4 temperature:4 vocabulary:5 university:5
opportunity:5 necessary:4 probably:3 especially:4 actually:4 usually:4 finally:3 really:2
surprise:2 explain:2 believe:2 receive:2 decide:2 describe:2 complete:2 compare:2 prepare:2
became:2 become:2 before:2 because:2 between:2 answer:2 nothing:2 something:2 everyone:3
friend:1 school:1 house:1 mouse:1 horse:1 large:1 change:1 strange:1 judge:1 bridge:1
knowledge:2 village:2 message:2 language:2 average:3 courage:2 manage:2 damage:2 smile:1
while:1 whole:1 simple:2 middle:2 bottle:2 circle:2 uncle:2 single:2 trouble:2 struggle:2
cycle:2 bicycle:3 vehicle:3 miracle:3 obstacle:3 example:3 wanted:2 started:2 ended:2 added:2
decided:3 visited:3 waited:2 jumped:1 walked:1 stayed:1 cried:1 studied:2 hurried:2 worried:2
opened:2 listened:2 happened:2 turned:1 learned:1 called:1 asked:1 helped:1 washed:1 laughed:1
moved:1 loved:1 lived:1 boxes:2 wishes:2 watches:2 buses:2 kisses:2 glasses:2 faces:2 pages:2
bridges:2 makes:1 takes:1 likes:1 names:1 games:1 homes:1 cakes:1 lakes:1 shoes:1 goes:1
cities:2 stories:2 babies:2 parties:2 families:3 activities:4 studies:2 eyes:1 blue:1 true:1
clue:1 rescue:2 value:2 continue:3 argue:2 statue:2 tissue:2 ocean:2 media:3 India:3 stereo:3
rodeo:3 diet:2 client:2 patient:2 ancient:2 efficient:3 audience:3 obvious:3 serious:3
curious:3 various:3 previous:3 delicious:3 precious:2 nation:2 station:2 mission:2 vision:2
religion:3 million:2 opinion:3 social:2 special:2 official:3 financial:3 essential:3 partial:2
initial:3 material:4 memorial:4 editorial:5 industrial:4 ideal:2 real:1 meal:1 deal:1 cereal:3
happy:2 yesterday:3 enjoying:3 crying:2 flying:2 buying:2 seeing:2 agreeing:3 fleeing:2
power:2 flower:2 tower:2 shower:2
interesting:4 family:3 different:3 several:3 camera:3 general:3 chocolate:3 syllable:3
`);
