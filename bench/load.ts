/** A small closed-loop load generator: `connections` loops, each sending requests back to back. */
export interface LoadResult {
	requests: number;
	perSecond: number;
	p50: number;
	p99: number;
	failures: number;
}

export async function load(
	send: () => Promise<Response>,
	connections: number,
	total: number
): Promise<LoadResult> {
	const latencies: number[] = [];
	let failures = 0;
	let issued = 0;
	const started = performance.now();
	async function loop() {
		while (issued < total) {
			issued += 1;
			const t0 = performance.now();
			const response = await send();
			await response.arrayBuffer();
			latencies.push(performance.now() - t0);
			if (!response.ok) failures += 1;
		}
	}
	await Promise.all(Array.from({ length: connections }, loop));
	const seconds = (performance.now() - started) / 1000;
	latencies.sort((a, b) => a - b);
	const at = (q: number) =>
		latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!;
	return {
		requests: latencies.length,
		perSecond: latencies.length / seconds,
		p50: at(0.5),
		p99: at(0.99),
		failures
	};
}
