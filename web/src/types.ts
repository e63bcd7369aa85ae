// The parts of the API's answers the dashboard reads (the server's records carry more).
export interface Side { text: string; code?: string | null; country?: string | null }
export interface ApiEvent {
  id: number; articleId: string; idx: number; date: string | null; cameo: string; quadClass: number;
  source: Side | null; target: Side | null; plover: { type: string | null; mode: string | null };
  trigger: { text: string; start: number; end: number }; modality: string; confidence: number;
  place: { name: string; country: string | null } | null;
  evidence: { start: number; end: number; text: string };
  article: { title: string | null; date: string };
}
export interface Page { total: number; offset: number; limit: number; events: ApiEvent[] }
export interface Day { date: string; total: number; q1: number; q2: number; q3: number; q4: number }
export interface Timeline { days: Day[]; undated: number }
export interface ActorNode { key: string; label: string; events: number }
export interface Dyad { source: string; target: string; events: number; cooperation: number; conflict: number }
export interface Network { actors: ActorNode[]; dyads: Dyad[] }
export interface Place { name: string | null; country: string | null; numeric: string | null; lat: number | null; lon: number | null; events: number; q1: number; q2: number; q3: number; q4: number }
export interface FigureValue { min: number | null; best: number; max: number | null }
export interface ApiFigure {
  id: number; articleId: string; kind: string; value: FigureValue; asOf: string; text: string; start?: number; end?: number;
  claimant: Side | null; subjects: Side | null; verification: string; event: { idx: number; id: number | null } | null;
}
export interface Series { kind: string; people: string; place: string; claimant: string; period: string; figures: ApiFigure[] }
export interface Conflict { kind: string; people: string; period: string; headline: ApiFigure; figures: ApiFigure[]; rule: string }
export interface Span { start: number; end: number }
export interface ArticleDetail {
  article: { id: string; title: string | null; url: string | null; source: string; publisher: string | null; date: string; text: string };
  mentions: (Span & { text: string; code: string | null })[];
  events: (ApiEvent & { trigger: Span & { text: string } })[];
  figures: (ApiFigure & Span)[];
}

/** GET /api/negotiations, the parts the Talks view shows. */
export interface BoardParty { key: string; text: string }
export interface BoardResponse { party: BoardParty; stance: string; stanceClass: string; date: string; article: string; evidence: string }
export interface BoardProposal {
  id: number; label: string; status: string; proposers: BoardParty[]; firstSeen: string; lastSeen: string;
  terms: { kind: string; value: string }[]; responses: BoardResponse[];
}
export interface BoardProcess { name: string; parties: BoardParty[]; mediators: BoardParty[]; proposals: BoardProposal[] }

/** GET /api/stories and /api/stories/{id}/timeline. */
export interface Story { id: string; name: string; firstDate: string | null; lastDate: string | null; articles: string[]; clusters: number[] }
export interface StoryCluster { id: number; cameo: string; sourceCode: string | null; targetCode: string | null; date: string | null; place: string | null; numMentions: number; numArticles: number }
