import type { RequestEvent } from '@sveltejs/kit';

interface NodePlatform {
	req?: { socket?: { remoteAddress?: string } };
}

/**
 * The address a request came from, never throwing. adapter-node's `getClientAddress` throws when
 * ADDRESS_HEADER is set but the request lacks it (a health probe or a teacher on the server
 * itself, bypassing the proxy); such a request is then counted under its socket's address.
 */
export function clientAddress(event: Pick<RequestEvent, 'getClientAddress' | 'platform'>): string {
	try {
		return event.getClientAddress();
	} catch {
		// adapter-node puts the Node request on `platform`; Kit types it as empty.
		const platform: NodePlatform | undefined = event.platform;
		return platform?.req?.socket?.remoteAddress ?? 'unknown';
	}
}

/** Makes `event.getClientAddress()` safe for every route (the login throttle reads it too). */
export function makeClientAddressSafe(event: RequestEvent): void {
	const original = event.getClientAddress.bind(event);
	const safe = clientAddress({ getClientAddress: original, platform: event.platform });
	event.getClientAddress = () => safe;
}
