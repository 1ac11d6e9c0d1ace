import { isLoopback, lanAddresses } from '../../../../scripts/lib/lan-addresses.js';
import type { Config } from '../app/config';

/**
 * The address students type to reach this server, for the class page and its QR code. With
 * ORIGIN set, that; otherwise the address the teacher's browser used, except that "localhost"
 * (the teacher on the server itself) becomes the machine's network address, which students'
 * machines can reach.
 */
export function joinOrigin(url: URL, config: Pick<Config, 'origin' | 'protocolHeader'>): string {
	if (config.origin) return config.origin;
	// Without PROTOCOL_HEADER adapter-node guesses https; a plain `npm start` serves http.
	const protocol = config.protocolHeader ? url.protocol : 'http:';
	if (!isLoopback(url.hostname)) return `${protocol}//${url.host}`;
	const [lan] = lanAddresses();
	if (!lan) return `${protocol}//${url.host}`;
	return `${protocol}//${lan}${url.port ? `:${url.port}` : ''}`;
}
