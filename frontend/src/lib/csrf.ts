/** The readable CSRF cookie the API set at sign-in; its value goes in X-CSRF-TOKEN on every non-GET. */
export function readCookie(name: string, cookies: string = document.cookie): string | undefined {
  for (const part of cookies.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return undefined;
}

export function csrfHeaderFor(method: string, url: string, cookies?: string): Record<string, string> {
  if (['GET', 'HEAD', 'OPTIONS'].includes(method.toUpperCase())) return {};
  const name = new URL(url, 'http://localhost').pathname === '/api/auth/refresh' ? 'csrf_refresh_token' : 'csrf_access_token';
  const token = readCookie(name, cookies);
  return token ? { 'X-CSRF-TOKEN': token } : {};
}

/**
 * Whether this browser may be signed in. The API sets the readable CSRF cookies together with the
 * httpOnly token cookies and clears them together at sign-out, so without them there is no session
 * to ask the server about; with them, the server still decides.
 */
export function mayHaveSession(cookies?: string): boolean {
  return readCookie('csrf_access_token', cookies) !== undefined || readCookie('csrf_refresh_token', cookies) !== undefined;
}
