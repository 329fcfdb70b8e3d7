/** What a receiving agency answered about adopting a circular's practice. */
export const adoptions = ['pending', 'adopted', 'not_adopted'] as const;
export type Adoption = (typeof adoptions)[number];
