// Does the generated client list and create clients on a live server? Run by
// backend/tests/developers/test_sdks.py, which starts the server and passes its URL and a key.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { connect, createClient, getClient, listClients } from '../dist/index.js';

const baseUrl = process.env.FITNESSCRM_BASE_URL;
const apiKey = process.env.FITNESSCRM_API_KEY;

test('creates a client, reads it back and finds it in the list', async () => {
  assert.ok(baseUrl && apiKey, 'FITNESSCRM_BASE_URL and FITNESSCRM_API_KEY must be set');
  const client = connect(baseUrl, apiKey);
  const created = await createClient({
    client,
    body: { first_name: 'Ada', last_name: 'TypeScript', email: 'ada.ts@example.com' },
    headers: { 'Idempotency-Key': 'typescript-sdk-test' },
  });
  assert.equal(created.response.status, 201, JSON.stringify(created.error));
  const id = created.data.id;
  const read = await getClient({ client, path: { client_id: id } });
  assert.equal(read.data.last_name, 'TypeScript');
  const page = await listClients({ client, query: { email: 'ada.ts@example.com', limit: 10 } });
  assert.equal(page.response.status, 200);
  assert.deepEqual(
    page.data.data.map((item) => item.id),
    [id],
  );
  assert.ok(Number(page.response.headers.get('RateLimit-Limit')) > 0);
});

test('a wrong key is refused with the error shape', async () => {
  const result = await listClients({ client: connect(baseUrl, 'fcrm_wrong_key') });
  assert.equal(result.response.status, 401);
  assert.equal(result.error.error.code, 'api_key_invalid');
});
