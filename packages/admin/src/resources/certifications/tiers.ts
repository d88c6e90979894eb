/** The three tiers as choices for a select (the API's tier is an Int 1–3). */
export const tierChoices = [1, 2, 3].map((id) => ({ id, name: `fanben.tier.${id}` }));
