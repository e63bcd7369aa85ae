// Figures reported in the text: casualties, hostages, prisoners, displaced people.

export interface Figure {
  sentence: number;
  /** "killed", "injured", "hostages_taken", "hostages_released", "prisoners_freed", "displaced", … */
  kind: string;
  value: number;
  /** "at least", "about", "more than", or null. */
  qualifier: string | null;
  /** Who reports the figure ("Gaza's health ministry"), when stated. */
  reportedBy: string | null;
  /** True when the text says the figure could not be verified. */
  unverified: boolean;
  start: number;
  end: number;
  text: string;
}
