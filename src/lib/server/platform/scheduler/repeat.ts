/** Work repeated in the background; `run` also starts it at once, after any run under way. */
export interface Repeating {
	/** Runs the work now, after the run under way if any; resolves when it is done. */
	run(): Promise<void>;
	/** Stops repeating and waits for the run under way. */
	stop(): Promise<void>;
}

/**
 * Runs `task` every `intervalMs`, one run at a time in this process: a slow run delays the next
 * rather than overlapping it. The task handles its own errors; the timer does not keep the
 * process alive.
 */
export function repeatEvery(intervalMs: number, task: () => Promise<void>): Repeating {
	let running: Promise<void> = Promise.resolve();
	const run = () => {
		running = running.then(task);
		return running;
	};
	const timer = setInterval(() => void run(), intervalMs);
	timer.unref();
	return {
		run,
		stop: async () => {
			clearInterval(timer);
			await running;
		}
	};
}
