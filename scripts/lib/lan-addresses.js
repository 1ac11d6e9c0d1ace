// The machine's addresses on the local network, for the start banner (scripts/start.js) and
// the class page's join address (src/lib/server/classes/join-address.ts). Plain JS: both import it.
import { networkInterfaces } from 'node:os';

/**
 * IPv4 addresses other machines can reach, private ranges first (a school network), skipping
 * loopback and link-local (169.254.x.x, which no other machine is routed to).
 * @returns {string[]}
 */
export function lanAddresses() {
	const found = [];
	for (const entries of Object.values(networkInterfaces())) {
		for (const entry of entries ?? []) {
			if (entry.family !== 'IPv4' || entry.internal) continue;
			if (entry.address.startsWith('169.254.')) continue;
			found.push(entry.address);
		}
	}
	const isPrivate = (/** @type {string} */ a) =>
		/^(10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.)/.test(a);
	return [...found.filter(isPrivate), ...found.filter((a) => !isPrivate(a))];
}

/**
 * True for names only this machine can use (localhost, 127.x, ::1).
 * @param {string} hostname
 */
export function isLoopback(hostname) {
	return hostname === 'localhost' || hostname === '[::1]' || hostname.startsWith('127.');
}
