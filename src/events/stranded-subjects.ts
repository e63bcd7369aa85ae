// A parser slip seen on sentence-initial names it does not know ("Fornost welcomed …", "Fornost and Gondor
// welcomed …"): the name is tagged as an adverb and hung on the verb as advmod, so the clause loses (part of)
// its subject. An actor name attached that way before the verb, with no case word, is taken back as a subject.
import type { Frame } from "./frames.js";
import type { Tree } from "./tree.js";

const SLIP_RELS = new Set(["advmod", "dep", "discourse"]);

/**
 * Subject heads for the frame including stranded actor names: `isActor(k)` says whether token k names a
 * coded actor. Returns the frame's own subjects unchanged when nothing is stranded.
 */
export function withStrandedSubjects(frame: Frame, tree: Tree, isActor: (k: number) => boolean): number[] {
  if (frame.nominal || frame.voice === "passive") return frame.subjects;
  const stranded = tree.children(frame.predicate, ...SLIP_RELS)
    .filter((k) => k < frame.predicate && !frame.subjects.includes(k) && isActor(k) && !tree.children(k, "case").length);
  if (!stranded.length) return frame.subjects;
  // with no subject, the stranded name is the subject; beside one, it must be coordinated with it ("X and Y welcomed")
  const first = frame.subjects.length ? Math.min(...frame.subjects) : -1;
  const keep = stranded.filter((k) => first < 0 || (k < first && tree.children(first, "cc").some((c) => c > k && c < first)));
  return keep.length ? [...keep, ...frame.subjects] : frame.subjects;
}
