// Reading JSON kept as text in the store: a damaged cell gives the fallback rather than failing a query.
export function parseJsonOr<T>(text: string | null | undefined, fallback: T): T {
  if (!text) return fallback;
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}
