import { request, type APIRequestContext } from '@playwright/test';

/**
 * A browser without JavaScript, over plain HTTP: forms post as urlencoded with this site's
 * Origin, responses are HTML, and redirects are not followed so tests can read them.
 */
export class HttpClient {
	private constructor(
		private context: APIRequestContext,
		private origin: string
	) {}

	static async open(baseURL: string): Promise<HttpClient> {
		const context = await request.newContext({
			baseURL,
			extraHTTPHeaders: { Origin: baseURL, Accept: 'text/html' }
		});
		return new HttpClient(context, baseURL);
	}

	get(path: string) {
		return this.context.get(path, { maxRedirects: 0 });
	}

	post(path: string, form: Record<string, string>, headers: Record<string, string> = {}) {
		return this.context.post(path, { form, headers, maxRedirects: 0 });
	}

	/** Posts a body as given (repeated fields, odd encodings), urlencoded unless told otherwise. */
	postRaw(path: string, body: string, contentType = 'application/x-www-form-urlencoded') {
		return this.context.post(path, {
			data: body,
			headers: { 'Content-Type': contentType },
			maxRedirects: 0
		});
	}

	/** Signs up and stays signed in (the session cookie lives in this client). */
	async signUp(username: string, role: 'teacher' | 'student', password = 'correct-horse-9') {
		const response = await this.post('/signup', {
			username,
			displayName: `${role} ${username}`,
			password,
			role
		});
		if (response.status() !== 303) throw new Error(`signup failed: ${response.status()}`);
	}

	/** Creates a class and returns its id, read from the redirect. */
	async createClass(name: string): Promise<number> {
		const response = await this.post('/?/createClass', { name });
		const location = response.headers()['location'] ?? '';
		const id = Number(/\/classes\/(\d+)/.exec(location)?.[1]);
		if (!id) throw new Error(`createClass failed: ${response.status()} ${location}`);
		return id;
	}

	async joinCodeOf(classId: number): Promise<string> {
		const html = await (await this.get(`/classes/${classId}`)).text();
		const code = /class="big-code[^"]*">([A-Z0-9]{6})</.exec(html)?.[1];
		if (!code) throw new Error('no join code on the class page');
		return code;
	}

	dispose() {
		return this.context.dispose();
	}

	get baseURL() {
		return this.origin;
	}
}
