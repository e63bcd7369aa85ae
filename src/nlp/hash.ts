// Integer hashing for hashed features: strings are hashed once per token, and each feature is an
// integer mix of a template id and up to three such values (no string building in the hot loop).

/** FNV-1a over UTF-16 code units, finished with a murmur-style avalanche. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < s.length; k++) {
    h ^= s.charCodeAt(k);
    h = Math.imul(h, 0x01000193);
  }
  return fmix(h);
}

function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Hash of a feature: template id plus up to three integer values. */
export function mix(t: number, a: number, b = 0, c = 0): number {
  let h = Math.imul(t + 1, 0x9e3779b1);
  h = Math.imul(h ^ a, 0x85ebca6b);
  h ^= h >>> 15;
  h = Math.imul(h ^ b, 0xc2b2ae35);
  h ^= h >>> 13;
  h = Math.imul(h ^ c, 0x27d4eb2f);
  return fmix(h);
}

/** A small seeded PRNG (mulberry32) so training shuffles are reproducible. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates shuffle in place with the given PRNG. */
export function shuffle<T>(xs: T[], rand: () => number): void {
  for (let k = xs.length - 1; k > 0; k--) {
    const j = Math.floor(rand() * (k + 1));
    const tmp = xs[k]; xs[k] = xs[j]; xs[j] = tmp;
  }
}
