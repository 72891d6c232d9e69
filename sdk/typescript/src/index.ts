// The package's entry point (written by hand): the generated operations and types, a client bound to a
// server and key, and webhook signature verification.
export * from './generated/index.js';
export { client } from './generated/client.gen.js';
export { createClient as createHttpClient } from './generated/client/index.js';
export { connect } from './connect.js';
export { verifyWebhook, WebhookSignatureError } from './webhooks.js';
