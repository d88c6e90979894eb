/** A scheme's tiers as the API keys params by them. */
export const TIERS = ['1', '2', '3'] as const;
