// Time expressions live in the nlp layer (src/nlp/time.ts), shared by events and figures.
export { resolveTimeExpression, type ResolvedTime, type TimePreference } from "../nlp/time.js";
