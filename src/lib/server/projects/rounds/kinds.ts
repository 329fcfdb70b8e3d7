/** How a fiscal year's report rounds fall due: on a day of each month, or on given dates. */
export const roundCadences = ['monthly', 'dates'] as const;
export type RoundCadence = (typeof roundCadences)[number];
