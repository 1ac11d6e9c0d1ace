import { describe, expect, it } from 'vitest';
import { detectLanguage } from './language';

// Short passages written for this test (not taken from any page).
const SAMPLES = {
	en: 'The council said on Monday that the new library would open in the spring, and that it was the first of three buildings that had been planned for the town since the flood.',
	es: 'El ayuntamiento dijo el lunes que la nueva biblioteca abrirá en primavera, y que es el primero de los tres edificios que se han planeado para la ciudad desde la inundación.',
	fr: "Le conseil a annoncé lundi que la nouvelle bibliothèque ouvrira au printemps, et que c'est le premier des trois bâtiments prévus pour la ville depuis les inondations de cette année.",
	de: 'Der Stadtrat sagte am Montag, dass die neue Bibliothek im Frühjahr eröffnet wird und dass sie das erste von drei Gebäuden ist, die seit der Flut für die Stadt geplant sind.',
	pt: 'A câmara disse na segunda-feira que a nova biblioteca vai abrir na primavera, e que é o primeiro dos três edifícios que foram planeados para a cidade desde a cheia.',
	it: 'Il consiglio ha detto lunedì che la nuova biblioteca aprirà in primavera, e che è il primo dei tre edifici che sono stati progettati per la città dopo la alluvione.',
	nl: 'De gemeenteraad zei maandag dat de nieuwe bibliotheek in het voorjaar opent, en dat het het eerste van drie gebouwen is die sinds de overstroming voor de stad zijn gepland.'
} as const;

describe('detectLanguage', () => {
	for (const [code, text] of Object.entries(SAMPLES)) {
		it(`recognises ${code} prose`, () => {
			const result = detectLanguage(`${text} ${text}`);
			expect(result.code).toBe(code);
			expect(result.confident).toBe(true);
		});
	}

	it('names the language for people', () => {
		expect(detectLanguage(SAMPLES.es + SAMPLES.es).name).toBe('Spanish');
	});

	it('says und when there is too little text to tell', () => {
		expect(detectLanguage('Hello world')).toEqual({
			code: 'und',
			name: 'Unknown',
			confident: false
		});
		expect(detectLanguage('')).toMatchObject({ code: 'und' });
	});

	it('is not confident about a list of names and numbers', () => {
		const list = 'Smith 12 Jones 14 Brown 9 Taylor 3 Wilson 22 Evans 7 Thomas 18 Roberts 5 '.repeat(
			5
		);
		expect(detectLanguage(list).confident).toBe(false);
	});

	it('reads a page of 100,000 characters quickly', () => {
		const big = SAMPLES.en.repeat(Math.ceil(100_000 / SAMPLES.en.length));
		const start = performance.now();
		expect(detectLanguage(big).code).toBe('en');
		expect(performance.now() - start).toBeLessThan(100);
	});
});
