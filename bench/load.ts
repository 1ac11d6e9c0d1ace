/** A small load generator for loopback benchmarks. */
export interface LoadResult {
	requests: number;
	perSecond: number;
	p50: number;
	p99: number;
	failures: number;
}

/**
 * `connections` loops send `total` requests. Unpaced (closed loop) it measures throughput; with
 * `ratePerSecond` each loop waits for its next slot, so latency is measured at a steady load
 * instead of at the queue a saturated server builds.
 */
export async function load(
	send: () => Promise<Response>,
	connections: number,
	total: number,
	ratePerSecond?: number
): Promise<LoadResult> {
	const interval = ratePerSecond ? (connections / ratePerSecond) * 1000 : 0;
	const latencies: number[] = [];
	let failures = 0;
	let issued = 0;
	const started = performance.now();
	async function loop(index: number) {
		let next = performance.now() + (interval * index) / connections;
		while (issued < total) {
			issued += 1;
			const wait = next - performance.now();
			if (wait > 0) await new Promise((done) => setTimeout(done, wait));
			next += interval;
			const t0 = performance.now();
			const response = await send();
			await response.arrayBuffer();
			latencies.push(performance.now() - t0);
			if (!response.ok) failures += 1;
		}
	}
	await Promise.all(Array.from({ length: connections }, (_, i) => loop(i)));
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
