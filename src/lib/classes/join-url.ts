/** The join page with the code filled in: what the class page's QR code opens. */
export function joinUrl(origin: string, code: string): string {
	return `${origin}/join?code=${encodeURIComponent(code)}`;
}
