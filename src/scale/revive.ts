// An analysed document crossing a thread (postMessage) arrives as a plain object: structured cloning keeps
// its fields, shared references, Sets and Maps, but not its class. Giving the prototype back restores the
// methods (sentenceTokens, children, spanText) the store and exporters call.
import { AnalysedDoc } from "../text/analysed.js";

export function reviveAnalysedDoc(cloned: unknown): AnalysedDoc {
  if (!cloned || typeof cloned !== "object" || typeof (cloned as { text?: unknown }).text !== "string") {
    throw new Error("a worker sent back something that is not an analysed document");
  }
  return Object.setPrototypeOf(cloned, AnalysedDoc.prototype) as AnalysedDoc;
}
