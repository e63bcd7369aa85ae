// The talks an article belongs to, named by its parties ("Israel–Hamas"): the parties a "ceasefire
// between X and Y" (or war, talks, differences) names, else the two parties most often proposing or
// answering; mediators are the actors the text calls mediators and those who carried a proposal.
import type { NegotiationParty, NegotiationProcess, NegotiationResponse, Proposal } from "../text/annotations.js";
import type { NegotiationLexicon } from "./lexicon.js";
import type { DocView } from "./view.js";

function add(into: NegotiationParty[], more: readonly NegotiationParty[]): void {
  for (const p of more) if (!into.some((q) => q.key === p.key)) into.push(p);
}

/** The shortest words naming each key in the article ("Israel" rather than "the state of Israel"). */
function shortNames(v: DocView, parties: NegotiationParty[]): NegotiationParty[] {
  return parties.map((p) => {
    // a news outlet or a person is no name for a side ("NBC News" is coded USAMED)
    const named = v.doc.mentions.filter((m) => !m.media && !m.actor?.sectors.includes("MED") && m.actor?.person == null &&
      v.tokens[m.headToken].upos === "PROPN" && v.parties([m.headToken]).some((q) => q.key === p.key))
      .map((m) => ({ ...m, text: m.text.replace(/^the\s+/i, "") })).filter((m) => /^\p{Lu}/u.test(m.text));
    const exact = named.filter((m) => m.actor?.code === p.key || m.actor?.org === p.key);
    const pool = exact.length ? exact : named;
    // a bare name ("US", "Qatar") before a phrase ("US and Israeli spy chiefs")
    const bare = pool.filter((m) => /^\p{Lu}[\p{L}.'’-]*(\s\p{Lu}[\p{L}.'’-]*)*$/u.test(m.text));
    const best = (bare.length ? bare : pool).map((m) => m.text).sort((a, b) => a.length - b.length)[0];
    return best ? { ...p, text: best } : p;
  });
}

export function findProcess(v: DocView, lex: NegotiationLexicon, proposals: Proposal[], responses: NegotiationResponse[]): NegotiationProcess | null {
  const w = lex.words;
  const mediators: NegotiationParty[] = [];
  for (const m of v.doc.mentions) {
    const mediating = [...Array(m.tokenEnd - m.tokenStart).keys()].some((k) => w["mediator-nouns"].has(v.lemma(m.tokenStart + k)));
    if (mediating) add(mediators, v.parties([m.headToken]).length ? v.parties([m.headToken]) : []);
  }
  for (const p of proposals) add(mediators, p.mediators);
  // "a ceasefire between Israel and Hamas", "the Russia-Ukraine war": a war or conflict first, talks only after
  let parties: NegotiationParty[] = [];
  const sides = v.tokens.filter((t) => w["between-nouns"].has(v.lemma(t.i))).sort((a, b) => Number(!/^(war|conflict)$/.test(v.lemma(a.i))) - Number(!/^(war|conflict)$/.test(v.lemma(b.i))));
  for (const t of sides) {
    const between = v.withCase(t.i, "between").flatMap((h) => v.conjuncts(h));
    const named = /^(war|conflict)$/.test(v.lemma(t.i)) ? v.children(t.i, /^compound$/).flatMap((c) => [c, ...v.children(c, /^(flat|conj)$/)]) : [];
    const found = v.parties([...between, ...named]).filter((p) => !mediators.some((m) => m.key === p.key));
    if (found.length >= 2) {
      parties = found;
      break;
    }
  }
  if (!parties.length) {
    const count = new Map<string, { p: NegotiationParty; n: number }>();
    for (const p of [...proposals.flatMap((x) => x.proposers), ...responses.map((r) => r.party)]) {
      if (mediators.some((m) => m.key === p.key)) continue;
      const c = count.get(p.key) ?? count.set(p.key, { p, n: 0 }).get(p.key)!;
      c.n++;
    }
    parties = [...count.values()].sort((a, b) => b.n - a.n).slice(0, 2).map((c) => c.p);
  }
  if (!parties.length) return null;
  const named = shortNames(v, parties);
  return { name: named.map((p) => p.text).join("–"), parties: named, mediators: shortNames(v, mediators.filter((m) => !parties.some((p) => p.key === m.key))) };
}
