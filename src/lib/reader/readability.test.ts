import { describe, expect, it } from 'vitest';
import { CARTEL_ARTICLE, SEED_PARAGRAPH, SEED_PARAGRAPH_CURLY } from './fixtures';
import { gradeLabel, readingMinutes, readingStats } from './readability';

describe('readingStats', () => {
	it('matches a worked example computed by hand', () => {
		// "Mr. Ortiz read the report twice."          6 words: Mr 2, Or-tiz 2, read 1, the 1,
		//                                              re-port 2, twice 1            = 9 syllables
		// "It said prices rose 3.5 percent last year." 8 words: it 1, said 1, pri-ces 2, rose 1,
		//                                              3.5 "three point five" 3, per-cent 2,
		//                                              last 1, year 1                = 12 syllables
		// "The class wanted to know why."              6 words: the 1, class 1, want-ed 2, to 1,
		//                                              know 1, why 1                 = 7 syllables
		// 20 words, 3 sentences ("Mr." and "3.5" do not end one), 28 syllables.
		// words/sentence = 20 / 3 = 6.667; syllables/word = 28 / 20 = 1.4
		// Flesch–Kincaid = 0.39 × 6.667 + 11.8 × 1.4 − 15.59 = 2.600 + 16.520 − 15.59 = 3.53 → 3.5
		// Reading ease = 206.835 − 1.015 × 6.667 − 84.6 × 1.4 = 206.835 − 6.767 − 118.44 = 81.63
		const stats = readingStats([
			'Mr. Ortiz read the report twice. It said prices rose 3.5 percent last year.',
			'The class wanted to know why.'
		]);
		expect(stats).toEqual({
			words: 20,
			sentences: 3,
			syllables: 28,
			readingMinutes: 1,
			fleschReadingEase: 81.6,
			fleschKincaidGrade: 3.5,
			gradeLabel: 'Grade 4'
		});
	});

	it('matches a second worked example at the top of the scale', () => {
		// "The president signalled a sharp escalation."        6 words, 1+3+2+1+1+4 = 12 syllables
		// "Mexico rejected any intervention."                  4 words, 3+3+2+4     = 12 syllables
		// "Both governments still cooperate on security."      6 words, 1+3+1+4+1+4 = 14 syllables
		// 16 words, 3 sentences, 38 syllables: 5.333 words/sentence, 2.375 syllables/word
		// Flesch–Kincaid = 0.39 × 5.333 + 11.8 × 2.375 − 15.59 = 2.08 + 28.025 − 15.59 = 14.515
		// Reading ease = 206.835 − 1.015 × 5.333 − 84.6 × 2.375 = 206.835 − 5.413 − 200.925 = 0.497
		const stats = readingStats([
			'The president signalled a sharp escalation. Mexico rejected any intervention. ' +
				'Both governments still cooperate on security.'
		]);
		expect([stats.words, stats.sentences, stats.syllables]).toEqual([16, 3, 38]);
		expect(stats.fleschKincaidGrade).toBe(14.5);
		expect(stats.fleschReadingEase).toBe(0.5);
		expect(stats.gradeLabel).toBe('College');
	});

	it('measures the seed paragraph the same with straight and curly quotes', () => {
		// 32 words in one sentence, 55 syllables: 32 words/sentence, 1.719 syllables/word
		// Flesch–Kincaid = 0.39 × 32 + 11.8 × 1.719 − 15.59 = 12.48 + 20.281 − 15.59 = 17.17
		// Reading ease = 206.835 − 1.015 × 32 − 84.6 × 1.719 = 206.835 − 32.48 − 145.406 = 28.95
		const expected = {
			words: 32,
			sentences: 1,
			syllables: 55,
			readingMinutes: 1,
			fleschReadingEase: 28.9,
			fleschKincaidGrade: 17.2,
			gradeLabel: 'College'
		};
		expect(readingStats([SEED_PARAGRAPH])).toEqual(expected);
		expect(readingStats([SEED_PARAGRAPH_CURLY])).toEqual(expected);
	});

	it('reads the demo article as a three-minute, college-level text', () => {
		const stats = readingStats(CARTEL_ARTICLE);
		expect(stats.words).toBeGreaterThan(480);
		expect(stats.words).toBeLessThan(530);
		expect(stats.sentences).toBe(28);
		expect(stats.readingMinutes).toBe(3);
		expect(stats.fleschKincaidGrade).toBeGreaterThan(12);
		expect(stats.gradeLabel).toBe('College');
	});

	it.each([[[]], [['']], [['   ', '\n']], [['— * —']]])(
		'gives zeros for %j, never NaN',
		(input) => {
			const stats = readingStats(input);
			expect(stats).toEqual({
				words: 0,
				sentences: 0,
				syllables: 0,
				readingMinutes: 0,
				fleschReadingEase: 0,
				fleschKincaidGrade: 0,
				gradeLabel: 'No text'
			});
			expect(Object.values(stats).some((value) => Number.isNaN(value))).toBe(false);
		}
	);

	it('counts a paragraph without a full stop as a sentence', () => {
		expect(readingStats(['A heading without a stop', 'Body.']).sentences).toBe(2);
	});
});

describe('gradeLabel', () => {
	it.each([
		[-3.4, 'Grade 1'],
		[0, 'Grade 1'],
		[1.2, 'Grade 1'],
		[8.5, 'Grade 9'],
		[9.4, 'Grade 9'],
		[12, 'Grade 12'],
		[12.1, 'College'],
		[17.2, 'College']
	])('labels grade %d as %s', (grade, label) => {
		expect(gradeLabel(grade)).toBe(label);
	});
});

describe('readingMinutes', () => {
	it.each([
		[0, 0],
		[1, 1],
		[238, 1],
		[239, 2],
		[1000, 5]
	])('rounds %i words up to %i minutes at 238 words a minute', (words, minutes) => {
		expect(readingMinutes(words)).toBe(minutes);
	});
});
