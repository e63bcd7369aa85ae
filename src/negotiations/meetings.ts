// Talks, meetings, summits and visits (venue, date, parties, who leads, planned or held), and earlier
// agreements mentioned in passing ("the only truce to date", "a week-long ceasefire in November").
import type { Frame, NegotiationMeeting, NegotiationParty, PastAgreement } from "../text/annotations.js";
import { PLANNED_MEETING } from "./rules.js";
import type { NegotiationLexicon } from "./lexicon.js";
import { readTerms } from "./terms.js";
import type { DocView } from "./view.js";

const PLANNED = /\b(due to|was to|were to|is to|are to|expected to|will|plans? to|planned|scheduled|set to)\b/i;
const MONTH = /^(january|february|march|april|may|june|july|august|september|october|november|december|\d{4})$/i;

const GATHERINGS = new Set(["summit", "conference"]);

function kindOf(lemma: string): string {
  if (lemma === "summit") return "summit";
  if (lemma === "conference") return "conference";
  if (lemma === "visit" || lemma === "travel") return "visit";
  if (lemma === "meet" || lemma === "meeting" || lemma === "convene") return "meeting";
  return "talks";
}

/** The place a token names, itself or through its apposition ("the C.A.R.'s capital, Bangui") or a name it heads. */
function placeAt(v: DocView, c: number): NonNullable<NegotiationMeeting["venue"]> | null {
  for (const k of [c, ...v.children(c, /^(appos|flat|compound)$/)]) {
    const tok = v.tokens[k];
    const p = v.doc.places.find((x) => x.start <= tok.start && tok.start < x.end);
    if (p) return { text: p.text, name: p.name, country: p.country };
  }
  return null;
}

/** The places a visit's object names, one per conjunct ("visit India and the Philippines"). */
function visitedPlaces(v: DocView, i: number): NonNullable<NegotiationMeeting["venue"]>[] {
  if (v.tokens[i].upos !== "VERB" || v.lemma(i) !== "visit") return [];
  const objects = (v.frame(i)?.objects ?? v.children(i, /^obj$/)).flatMap((h) => v.conjuncts(h));
  return [...new Set(objects)].map((h) => placeAt(v, h)).filter((p): p is NonNullable<typeof p> => p !== null);
}

/** The place among the tokens' "in/to/at" dependents (or the governing verb's, for "travel … for talks"). */
function venueOf(v: DocView, i: number): NegotiationMeeting["venue"] {
  // the noun's own "in Cairo", else that of a predicate it hangs on ("travel … to Cairo for talks", "talks resume in Cairo")
  const look = [i];
  for (let g = v.tokens[i].head; g >= 0 && look.length < 4; g = v.tokens[g].head) look.push(g);
  for (const h of look) {
    const direct = ["in", "to", "at"].flatMap((w) => v.withCase(h, w, /^(obl|nmod)/));
    const deeper = v.children(h, /^(obl|nmod)/).flatMap((c) => ["in", "to", "at"].flatMap((w) => v.withCase(c, w, /^(obl|nmod)/)));
    for (const c of [...direct, ...deeper]) {
      const p = placeAt(v, c);
      if (p) return p;
    }
  }
  // "the Singapore summit"
  for (const c of v.children(i, /^compound$/)) {
    const p = v.doc.places.find((x) => x.start <= v.tokens[c].start && v.tokens[c].start < x.end);
    if (p) return { text: p.text, name: p.name, country: p.country };
  }
  return null;
}

const UNREAL = new Set<string>(["intended", "hypothetical", "proposed"]);
const unreal = (f: Frame | undefined) => !!f && UNREAL.has(f.modality);

/**
 * Rule planned-meeting: talks or a meeting only proposed ("offered … talks": the noun's own frame), or under a predicate that is only intended, offered or hypothetical
 * ("offered to host talks", "hopes to meet", "would meet … if"): planned, not held. Looks up to three
 * governors for a frame of such a modality or in the future.
 */
function plannedByGovernor(v: DocView, i: number): boolean {
  for (let g = v.tokens[i].head, k = 0; g >= 0 && k < 3; g = v.tokens[g].head, k++) {
    const f = v.frame(g);
    if (unreal(f) || f?.tense === "future") return true;
  }
  return false;
}

function add(into: NegotiationParty[], more: NegotiationParty[]): void {
  for (const p of more) if (!into.some((q) => q.key === p.key)) into.push(p);
}

export function findMeetings(v: DocView, lex: NegotiationLexicon): NegotiationMeeting[] {
  const w = lex.words;
  const out: NegotiationMeeting[] = [];
  for (const t of v.tokens) {
    const lemma = v.lemma(t.i);
    // a press or news conference is a briefing, not talks
    const isNoun = t.upos === "NOUN" && w["meeting-nouns"].has(lemma) && t.deprel !== "compound" &&
      !v.children(t.i, /^(compound|amod)$/).some((c) => w["briefing-marks"].has(v.lemma(c)));
    const isVerb = t.upos === "VERB" && w["meeting-verbs"].has(lemma);
    if (!isNoun && !isVerb) continue;
    const visited = visitedPlaces(v, t.i);
    let venue: NegotiationMeeting["venue"] = venueOf(v, t.i) ?? visited[0] ?? null;
    const f = v.frame(t.i);
    const parties: NegotiationParty[] = [];
    add(parties, v.parties((f?.subjects ?? v.children(t.i, /^nsubj/)).flatMap((h) => v.conjuncts(h))));
    add(parties, v.parties(v.withCase(t.i, "with").flatMap((h) => v.conjuncts(h))));
    if (t.head >= 0 && isNoun && /^obl/.test(t.deprel)) add(parties, v.parties(v.frame(t.head)?.subjects ?? []));
    // who holds it, named on the noun: "the NATO conference", "U.S.-Ukraine talks", "China's summit"
    if (isNoun) add(parties, v.parties(v.children(t.i, /^(compound|nmod:poss)$/).flatMap((h) => v.conjuncts(h))));
    if (isVerb && lemma === "meet") add(parties, v.parties((f?.objects ?? []).flatMap((h) => v.conjuncts(h))));
    // talks held during a visit told just before ("a visit … to Mauritius." "Following talks with …"): the visit's venue
    if (!venue && isNoun && parties.length) {
      const visit = [...out].reverse().find((m) => m.kind === "visit" && m.venue && t.sent - m.sentence <= 2 && m.status === "held");
      if (visit) venue = visit.venue;
    }
    // a summit or conference is a gathering of parties by itself: one named party is enough ("the 60th NATO conference")
    const gathering = isNoun && GATHERINGS.has(lemma);
    if (!venue && parties.length < (gathering ? 1 : 2)) continue;
    const s = v.doc.sentences[t.sent];
    const before = v.doc.text.slice(s.start, t.start);
    const failed = [t.head, ...v.children(t.i)].some((g) => g >= 0 && w["failed-marks"].has(v.lemma(g)));
    const planned = f?.modality === "intended" || f?.modality === "hypothetical" || f?.tense === "future" || PLANNED.test(before.slice(-60)) ||
      (v.rules.on(PLANNED_MEETING) && (unreal(f) || plannedByGovernor(v, t.i)));
    let leader: NegotiationMeeting["leader"] = null;
    for (let k = s.tokenStart; k < s.tokenEnd && !leader; k++) {
      if (v.lemma(k) !== "lead" || v.tokens[k].upos !== "VERB") continue;
      // "led by X": the agent, or (the parser hanging "by" elsewhere) the mention right after "by"
      const agent = v.children(k, /^obl:agent$/)[0] ?? (v.tokens[k + 1]?.lemma === "by" ? v.doc.mentions.find((m) => m.start > v.tokens[k + 1].start)?.headToken : undefined);
      const m = agent === undefined ? undefined : v.mentionsAt(agent)[0];
      if (m) leader = { start: m.start, end: m.end, text: m.text };
    }
    if (/\bdelegations?\b/i.test(v.sentenceText(t.sent))) {
      for (const m of v.doc.mentions) if (m.start >= s.start && m.end <= s.end) add(parties, v.parties([m.headToken]));
    }
    // the same gathering named again ("the 60th NATO conference" … "On the NATO conference"): a definite noun of its kind, no other venue
    const definite = isNoun && v.children(t.i, /^det/).some((d) => w["definite-marks"].has(v.lemma(d)));
    const again = definite ? out.find((m) => m.kind === kindOf(lemma) && (!venue || m.venue?.name === venue.name) && parties.every((p) => m.parties.some((q) => q.key === p.key))) : undefined;
    const same = again ?? out.find((m) => m.sentence === t.sent && (m.venue?.name ?? "") === (venue?.name ?? m.venue?.name ?? ""));
    if (same) {
      add(same.parties, parties);
      same.venue ??= venue;
      same.leader ??= leader;
      continue;
    }
    // a visit to several places is a meeting in each
    for (const at of visited.length > 1 ? visited : [venue]) {
      out.push({
        sentence: t.sent, kind: kindOf(lemma), trigger: v.span(t.i), venue: at, date: v.dateAt(t.i), parties, leader,
        status: failed ? "failed" : planned ? "planned" : "held", evidence: v.sentenceSpan(t.sent),
      });
    }
  }
  return out;
}

/** Earlier agreements: an agreement noun marked as past ("only", "week-long", "in November", "2015"). */
export function findAgreements(v: DocView, lex: NegotiationLexicon, proposalHeads: Map<number, number>): PastAgreement[] {
  const w = lex.words;
  const out: PastAgreement[] = [];
  for (const t of v.tokens) {
    if (t.upos !== "NOUN" || !w["agreement-nouns"].has(v.lemma(t.i)) || proposalHeads.has(t.i) || t.deprel === "compound") continue;
    const mods = v.children(t.i, /^(amod|advmod|nmod|compound|nummod|obl)/);
    const past = mods.some((c) => w["past-marks"].has(v.lemma(c)) || w["past-marks"].has(v.tokens[c].text.toLowerCase()) || MONTH.test(v.tokens[c].text)) ||
      v.children(t.i, /^nmod/).some((c) => v.lemma(c) === "date" || v.children(c).some((k) => MONTH.test(v.tokens[k].text)));
    if (!past || out.some((a) => a.sentence === t.sent)) continue;
    const figures = v.doc.figures.flatMap((f, k) => (f.sentence === t.sent && /released|freed|prisoners_released/.test(f.kind) ? [k] : []));
    const span = v.sentenceSpan(t.sent);
    const s = v.doc.sentences[t.sent];
    const terms = v.tokens.slice(s.tokenStart, s.tokenEnd).filter((x) => x.upos === "NOUN" && w["agreement-nouns"].has(v.lemma(x.i))).flatMap((x) => {
      const sub = v.subtree(x.i);
      return readTerms(v.doc.text, { start: v.tokens[Math.min(...sub)].start, end: v.tokens[Math.max(...sub)].end }, lex.terms);
    }).filter((x, k, all) => all.findIndex((y) => y.kind === x.kind && y.value === x.value) === k);
    out.push({
      sentence: t.sent, trigger: v.span(Math.min(t.i, ...v.children(t.i, /^(amod|det|compound|nummod)/).flatMap((c) => v.subtree(c))), t.i),
      status: "implemented", terms, figures,
      date: figures.length ? v.doc.figures[figures[0]].period.start : null, evidence: span,
    });
  }
  return out;
}
