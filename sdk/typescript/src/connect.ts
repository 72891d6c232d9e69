// Written by hand: one call to point the generated operations at a server with an API key.
import { type Client, createClient, createConfig } from './generated/client/index.js';

/** A client for `baseUrl` (e.g. https://studio.example.com) sending `apiKey` as its Bearer token; pass it as
 * `client` to any operation: `listClients({ client: connect(url, key) })`. */
export function connect(baseUrl: string, apiKey: string): Client {
  return createClient(createConfig({ baseUrl: baseUrl.replace(/\/$/, ''), auth: apiKey }));
}
