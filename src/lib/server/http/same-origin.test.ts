import { describe, expect, it } from 'vitest';
import { checkOrigin, type OriginRequest } from './same-origin';

const noOrigin = { origin: null, trustedOrigins: [] };
const form = (fields: Partial<OriginRequest>): OriginRequest => ({
	method: 'POST',
	contentType: 'application/x-www-form-urlencoded',
	origin: 'http://192.168.1.20:3000',
	host: '192.168.1.20:3000',
	urlOrigin: 'https://192.168.1.20:3000',
	...fields
});

describe('checkOrigin', () => {
	it('with no ORIGIN, accepts a form from the host it was sent to, on plain http', () => {
		expect(checkOrigin(form({}), noOrigin)).toEqual({ ok: true });
		expect(
			checkOrigin(form({ origin: 'http://localhost:3000', host: 'localhost:3000' }), noOrigin).ok
		).toBe(true);
	});

	it('refuses a form from another site, saying why', () => {
		const refused = checkOrigin(form({ origin: 'http://evil.example' }), noOrigin);
		expect(refused).toMatchObject({ ok: false, code: 'foreign-origin' });
		expect(!refused.ok && refused.reason).toContain('came from http://evil.example');
	});

	it('refuses a multipart or text/plain form without an Origin; lets JSON without one through', () => {
		for (const contentType of ['multipart/form-data; boundary=x', 'text/plain']) {
			expect(checkOrigin(form({ origin: null, contentType }), noOrigin)).toMatchObject({
				code: 'no-origin'
			});
		}
		expect(checkOrigin(form({ origin: null, contentType: 'application/json' }), noOrigin).ok).toBe(
			true
		);
		expect(
			checkOrigin(
				form({ origin: 'http://evil.example', contentType: 'application/json' }),
				noOrigin
			).ok
		).toBe(false);
	});

	it('never checks GET or HEAD', () => {
		expect(checkOrigin(form({ method: 'GET', origin: 'http://evil.example' }), noOrigin).ok).toBe(
			true
		);
	});

	it('with ORIGIN set, accepts only it and the trusted list', () => {
		const configured = {
			origin: 'https://sp.school.example',
			trustedOrigins: ['http://10.0.0.5:3000']
		};
		expect(checkOrigin(form({ origin: 'https://sp.school.example' }), configured).ok).toBe(true);
		expect(checkOrigin(form({ origin: 'http://10.0.0.5:3000' }), configured).ok).toBe(true);
		const own = checkOrigin(form({}), configured);
		expect(!own.ok && own.reason).toContain("the server's ORIGIN setting is wrong");
	});
});
