// What every bench shares: the p50/p95 of each path's server time (the Server-Timing header)
// over `rounds` requests after five warm-up requests.

/** Prints one line per path: its p50 and p95 server time in ms and the last status. */
export async function printServerTimings(
	baseUrl: string,
	cookie: string,
	paths: readonly string[],
	rounds: number
): Promise<void> {
	console.log(`path`.padEnd(60), 'p50 ms'.padStart(8), 'p95 ms'.padStart(8), ' status');
	for (const path of paths) {
		const times: number[] = [];
		let status = 0;
		for (let i = 0; i < rounds + 5; i++) {
			const response = await fetch(`${baseUrl}${path}`, { headers: { cookie } });
			await response.arrayBuffer();
			status = response.status;
			const timing = /dur=([\d.]+)/.exec(response.headers.get('server-timing') ?? '');
			if (i >= 5 && timing) times.push(Number(timing[1]));
		}
		times.sort((a, b) => a - b);
		const at = (q: number) =>
			times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? NaN;
		console.log(
			path.padEnd(60),
			at(0.5).toFixed(1).padStart(8),
			at(0.95).toFixed(1).padStart(8),
			` ${status}`
		);
	}
}
