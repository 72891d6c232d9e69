import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { uploadDocument } from '@/features/documents/api/upload-document';
import { onSessionLost } from '@/lib/api-client';

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

/** An XMLHttpRequest that answers each send with the next of `answers` (status and JSON body). */
function fakeXhr(answers: { status: number; body: unknown }[]) {
  const sent: string[] = [];
  class FakeXhr {
    status = 0;
    responseText = '';
    withCredentials = false;
    upload: { onprogress: ((event: ProgressEvent) => void) | null } = { onprogress: null };
    onload: (() => void) | null = null;
    onerror: (() => void) | null = null;
    private path = '';
    open(_method: string, path: string) {
      this.path = path;
    }
    setRequestHeader() {}
    send() {
      sent.push(this.path);
      const answer = answers.shift();
      if (!answer) throw new Error('no answer left');
      this.status = answer.status;
      this.responseText = JSON.stringify(answer.body);
      queueMicrotask(() => this.onload?.());
    }
  }
  return { FakeXhr, sent };
}

const file = () => new File(['%PDF-1.4'], 'plan.pdf', { type: 'application/pdf' });
const expired = { status: 401, body: { error: { code: 'token_expired', message: 'Your session has expired.' } } };

describe('uploadDocument', () => {
  const fetchMock = vi.fn<typeof fetch>();
  beforeEach(() => vi.stubGlobal('fetch', fetchMock));
  afterEach(() => {
    fetchMock.mockReset();
    vi.unstubAllGlobals();
  });

  test('an upload whose token expired renews the session and is sent again', async () => {
    const { FakeXhr, sent } = fakeXhr([expired, { status: 201, body: { id: 9 } }]);
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    fetchMock.mockResolvedValueOnce(json(200, {}));
    const document = await uploadDocument({ documentId: 4, file: file() });
    expect(document).toEqual({ id: 9 });
    expect(sent).toEqual(['/api/documents/4/versions', '/api/documents/4/versions']);
    expect(fetchMock.mock.calls[0][0]).toBe('/api/auth/refresh');
  });

  test('a session that cannot be renewed is reported lost and the upload fails with its error', async () => {
    const { FakeXhr } = fakeXhr([expired]);
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    fetchMock.mockResolvedValueOnce(json(401, { error: { code: 'session_ended', message: 'Your session has ended.' } }));
    const lost = vi.fn();
    const stop = onSessionLost(lost);
    await expect(uploadDocument({ documentId: 4, file: file() })).rejects.toMatchObject({ status: 401, code: 'token_expired' });
    expect(lost).toHaveBeenCalledTimes(1);
    stop();
  });
});
