// Does verifyWebhook accept FitnessCRM's signature (also among several during a secret roll) and refuse others?
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { test } from 'node:test';

import { verifyWebhook, WebhookSignatureError } from '../dist/index.js';

const secret = 'whsec_test';
const body = '{"id":"evt_1","type":"client.created","data":{"object":{"id":7}}}';
const sign = (t, key = secret, payload = body) =>
  createHmac('sha256', key).update(`${t}.${payload}`).digest('hex');
const now = 1_800_000_000;

test('a signed body is accepted and parsed', () => {
  const event = verifyWebhook(body, `t=${now},v1=${sign(now)}`, secret, 300, now);
  assert.equal(event.type, 'client.created');
});

test('any of several v1 signatures may match', () => {
  const header = `t=${now},v1=${sign(now, 'whsec_old')},v1=${sign(now)}`;
  assert.equal(verifyWebhook(Buffer.from(body), header, secret, 300, now).id, 'evt_1');
});

test('a changed body, another secret, an old timestamp or no header are refused', () => {
  const bad = [
    [body.replace('7', '8'), `t=${now},v1=${sign(now)}`, now],
    [body, `t=${now},v1=${sign(now, 'whsec_other')}`, now],
    [body, `t=${now},v1=${sign(now)}`, now + 301],
    [body, undefined, now],
    [body, `v1=${sign(now)}`, now],
  ];
  for (const [payload, header, at] of bad) {
    assert.throws(() => verifyWebhook(payload, header, secret, 300, at), WebhookSignatureError);
  }
});
