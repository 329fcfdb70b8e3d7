/** One bar of a chart: a stable key, its label and its value. */
export interface ChartBar {
	key: string;
	label: string;
	value: number;
}

const rowHeight = 26;
const labelWidth = 170;
const width = 480;
/** Room after the longest bar for its value written out. */
const valueRoom = 50;

/**
 * Places the bars of a horizontal bar chart drawn on the server: the longest bar fills the bar
 * area and the others are in proportion (a zero draws a hairline, a negative value none longer),
 * each label right-aligned before its bar and its value in text after it, so no figure is told by
 * length or colour alone.
 */
export function barChartLayout(bars: readonly ChartBar[]) {
	const largest = Math.max(1, ...bars.map((bar) => bar.value));
	return {
		width,
		height: bars.length * rowHeight + 4,
		labelX: labelWidth - 6,
		rows: bars.map((bar, index) => {
			const y = index * rowHeight + 2;
			const length = ((width - labelWidth - valueRoom) * Math.max(0, bar.value)) / largest;
			return {
				...bar,
				y,
				textY: y + 17,
				barX: labelWidth,
				barLength: Math.max(length, 1),
				barHeight: rowHeight - 6,
				valueX: labelWidth + length + 6
			};
		})
	};
}
