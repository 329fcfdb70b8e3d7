/** One query's ranked answer and the records it should have found. */
export interface Judged {
	ranked: readonly string[];
	relevant: ReadonlySet<string>;
}

/** Mean over queries of the share of relevant records in the first k results. */
export function recallAt(k: number, judged: readonly Judged[]): number {
	if (!judged.length) return 0;
	const total = judged.reduce((sum, { ranked, relevant }) => {
		const found = ranked.slice(0, k).filter((key) => relevant.has(key)).length;
		return sum + found / relevant.size;
	}, 0);
	return total / judged.length;
}

/** Mean reciprocal rank of the first relevant record (0 for a query that finds none). */
export function meanReciprocalRank(judged: readonly Judged[]): number {
	if (!judged.length) return 0;
	const total = judged.reduce((sum, { ranked, relevant }) => {
		const rank = ranked.findIndex((key) => relevant.has(key));
		return sum + (rank < 0 ? 0 : 1 / (rank + 1));
	}, 0);
	return total / judged.length;
}
