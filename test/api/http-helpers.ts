/** Small fetch helpers for the API tests: every answer's status and parsed JSON body. */
export interface Answer<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
}

/** GETs a URL and parses its JSON body. */
// biome-ignore lint/suspicious/noExplicitAny: tests read ad-hoc fields of JSON answers
export async function getJson<T = any>(url: string): Promise<Answer<T>> {
  const res = await fetch(url);
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: (text ? JSON.parse(text) : null) as T };
}

/** POSTs a body (a string is sent as is, anything else as JSON) and parses the JSON answer. */
// biome-ignore lint/suspicious/noExplicitAny: tests read ad-hoc fields of JSON answers
export async function postJson<T = any>(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<Answer<T>> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: (text ? JSON.parse(text) : null) as T };
}

/** The `{error: {code, path}}` of an error answer. */
export function errorOf(a: Answer): { code: string; message: string; path?: string } {
  return (a.body as { error: { code: string; message: string; path?: string } }).error;
}
