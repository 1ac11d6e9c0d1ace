/**
 * Cross-site form protection, in place of SvelteKit's own check (turned off in svelte.config.js).
 * Kit compares `Origin` with the URL adapter-node reconstructs, which is https:// whenever
 * ORIGIN is unset, so every plain-http form on a school network was refused. Here a form is
 * accepted when it comes from ORIGIN or a trusted origin; with no ORIGIN set, from the host the
 * request itself was sent to. A page on another site cannot choose the Host its visitor's
 * browser sends, so the own-host rule still refuses cross-site forms.
 */
import type { Config } from '../app/config';

export interface OriginRequest {
	method: string;
	contentType: string | null;
	/** The `Origin` header, null when absent. */
	origin: string | null;
	/** The host the browser addressed (Host, or HOST_HEADER behind a proxy), e.g. 192.168.1.20:3000. */
	host: string;
	/** The URL origin adapter-node reconstructed (honours PROTOCOL_HEADER). */
	urlOrigin: string;
}

export type OriginCheck =
	{ ok: true } | { ok: false; code: 'no-origin' | 'foreign-origin'; reason: string };

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
// The enctypes a plain HTML form can send without a CORS preflight.
const FORM_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'];

function isFormType(contentType: string | null): boolean {
	const type = contentType?.split(';', 1)[0]?.trim().toLowerCase() ?? '';
	return FORM_TYPES.includes(type);
}

/** The origins a form may come from under this configuration and request. */
export function allowedOrigins(
	request: Pick<OriginRequest, 'host' | 'urlOrigin'>,
	config: Pick<Config, 'origin' | 'trustedOrigins'>
): string[] {
	const own = config.origin
		? [config.origin]
		: [`http://${request.host}`, `https://${request.host}`, request.urlOrigin];
	return [...own, ...config.trustedOrigins];
}

export function checkOrigin(
	request: OriginRequest,
	config: Pick<Config, 'origin' | 'trustedOrigins'>
): OriginCheck {
	if (SAFE_METHODS.has(request.method)) return { ok: true };
	if (request.origin === null) {
		// Browsers send Origin on every POST; a form without one is a script or a very old browser.
		if (!isFormType(request.contentType)) return { ok: true };
		return {
			ok: false,
			code: 'no-origin',
			reason:
				'This form was sent without saying which page it came from, so it was refused. Reload the page and send it again.'
		};
	}
	if (allowedOrigins(request, config).includes(request.origin)) return { ok: true };
	const expected = config.origin ?? `http://${request.host}`;
	return {
		ok: false,
		code: 'foreign-origin',
		reason:
			`This form came from ${request.origin}, not from ${expected}, so it was refused to protect your account. ` +
			`Open ${expected} and send it from there` +
			(config.origin
				? "; if that is the address you use, the server's ORIGIN setting is wrong (see the README)."
				: '.')
	};
}
