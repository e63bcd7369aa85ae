// The place finder lives in the clause layer (src/clauses/place.ts), shared by events and figures.
export { PlaceFinder } from "../clauses/place.js";
