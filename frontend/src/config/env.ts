// The SPA is served by the API's own origin, so the API base is the page's origin unless overridden.
const apiUrl = import.meta.env.VITE_API_URL ?? '';

if (apiUrl && !/^https?:\/\//.test(apiUrl)) {
  throw new Error(`VITE_API_URL must be an absolute http(s) URL, not ${apiUrl}`);
}

export const env = { apiUrl } as const;
