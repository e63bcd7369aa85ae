// Fetching from the API of the server that served the page (relative URLs: nothing else is reached).
export class ApiError extends Error {
  constructor(message: string, readonly field?: string) {
    super(message);
  }
}

export async function getJson<T>(path: string, query: URLSearchParams = new URLSearchParams()): Promise<T> {
  const qs = query.toString();
  const r = await fetch(`api/${path}${qs ? `?${qs}` : ""}`, { headers: { accept: "application/json" } });
  const body = await r.json() as T & { error?: string; field?: string };
  if (!r.ok) throw new ApiError(body.error ?? `${r.status} ${r.statusText}`, body.field);
  return body;
}
