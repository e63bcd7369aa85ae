// Time expressions live in the clause layer (src/clauses/time.ts), shared by events and figures.
export { resolveTimeExpression, type ResolvedTime, type TimePreference } from "../clauses/time.js";
