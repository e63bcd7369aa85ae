// The negotiation board of one article: proposals with their terms and relations, responses and
// positions, meetings, earlier agreements and the process they belong to. Reads the clause layer
// (frames), the actor mentions and places, the events (for dates) and the figures (for agreements).
import type { AnalysedDoc } from "../text/analysed.js";
import type { NegotiationLayer } from "../text/annotations.js";
import { loadNegotiationLexicon, type NegotiationLexicon } from "./lexicon.js";
import { DocView } from "./view.js";
import { RuleSwitch } from "../rules/rule.js";
import { findProposals } from "./proposals.js";
import { findResponses } from "./responses.js";
import { findAgreements, findMeetings } from "./meetings.js";
import { findProcess } from "./process.js";

export interface NegotiationExtractor {
  extract(doc: AnalysedDoc): NegotiationLayer;
}

export function createNegotiationExtractor(lex: NegotiationLexicon = loadNegotiationLexicon(), rules = new RuleSwitch()): NegotiationExtractor {
  return {
    extract(doc) {
      const v = new DocView(doc, lex.words, rules);
      const { proposals, heads } = findProposals(v, lex);
      const responses = findResponses(v, lex, proposals, heads);
      const meetings = findMeetings(v, lex);
      const agreements = findAgreements(v, lex, heads);
      return { process: findProcess(v, lex, proposals, responses), proposals, responses, meetings, agreements };
    },
  };
}
