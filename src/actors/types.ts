// Actor codes in CAMEO/Phoenix conventions, kept both as the familiar string ("ISRGOV")
// and in structured form so exports and filters need not re-parse strings.

export interface ActorCode {
  /** The CAMEO/Phoenix string, e.g. "ISRGOV", "USAGOV", "PSECVL", "IGOUNO", "PSENGA". */
  code: string;
  /** ISO 3166 alpha-3 country or territory ("ISR", "PSE"), null for transnational actors. */
  country: string | null;
  /** Sector codes in order ("GOV", "MIL", "HLH"). */
  sectors: string[];
  /** Organisation code ("HMS" for Hamas, "UNO"), null when none. */
  org: string | null;
  /** Canonical person name when the mention is a known person. */
  person: string | null;
}

/** A mention of an actor in the text, resolved to a code when possible. */
export interface ActorMention {
  /** Character span of the whole mention ("Israeli Prime Minister Benjamin Netanyahu"). */
  start: number;
  end: number;
  tokenStart: number;
  tokenEnd: number;
  /** Token index of the mention's syntactic head ("Netanyahu"). */
  headToken: number;
  text: string;
  /** Entity type when known: PER, ORG, LOC, GPE, NORP or "" for common-noun agents. */
  type: string;
  /** Resolved code, or null when the mention stays unresolved. */
  actor: ActorCode | null;
  /** How it was resolved, for auditing ("dictionary", "title", "demonym", "coref", "capital", …). */
  via: string;
  /**
   * Members of one compound actor ("Mediators from the US, Qatar and Egypt") share a group id and the
   * compound's span and head token; each member carries its own code. Code one event per member.
   */
  group?: number;
  /** A news organisation or media outlet: a source of reports rather than an actor of events. */
  media?: boolean;
  /** Country inferred for the mention even when it stays unresolved (actor null), e.g. from a title. */
  country?: string | null;
}

/** A place mention resolved through the gazetteer. */
export interface PlaceMention {
  start: number;
  end: number;
  text: string;
  name: string;
  /** ISO alpha-3. */
  country: string | null;
  lat: number | null;
  lon: number | null;
}
