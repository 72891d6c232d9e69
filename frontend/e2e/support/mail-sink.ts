// A minimal SMTP server for the journeys: it accepts every message and writes it to a folder, so a
// journey can open the link a real person would find in their inbox (password reset, unlock, invitation).
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';

export function startMailSink(folder: string): Promise<{ server: Server; port: number }> {
  mkdirSync(folder, { recursive: true });
  let count = 0;
  const server = createServer((socket) => {
    let buffer = '';
    let inData = false;
    let recipients: string[] = [];
    const reply = (line: string) => socket.write(`${line}\r\n`);
    reply('220 fitnesscrm-e2e ESMTP');
    socket.on('data', (chunk) => {
      buffer += chunk.toString('utf8');
      for (;;) {
        if (inData) {
          const end = buffer.indexOf('\r\n.\r\n');
          if (end === -1) return;
          count += 1;
          const body = buffer.slice(0, end).replace(/\r\n\.\./g, '\r\n.');
          writeFileSync(join(folder, `${String(count).padStart(4, '0')}.eml`), `X-Recipients: ${recipients.join(',')}\r\n${body}`);
          buffer = buffer.slice(end + 5);
          inData = false;
          recipients = [];
          reply('250 OK: queued');
          continue;
        }
        const newline = buffer.indexOf('\r\n');
        if (newline === -1) return;
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + 2);
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === 'EHLO' || verb === 'HELO') reply('250 fitnesscrm-e2e');
        else if (verb === 'RCPT') {
          recipients.push(line.replace(/^RCPT TO:\s*<?([^>]*)>?.*$/i, '$1').toLowerCase());
          reply('250 OK');
        } else if (verb === 'DATA') {
          inData = true;
          reply('354 End data with <CR><LF>.<CR><LF>');
        } else if (verb === 'QUIT') {
          reply('221 Bye');
          socket.end();
        } else reply('250 OK');
      }
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, port: (server.address() as { port: number }).port })));
}

function decodedBody(message: string): string {
  const split = message.indexOf('\r\n\r\n');
  const headers = message.slice(0, split).toLowerCase();
  const body = message.slice(split + 4);
  if (headers.includes('content-transfer-encoding: base64')) return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (headers.includes('content-transfer-encoding: quoted-printable')) return body.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex) => String.fromCharCode(parseInt(hex, 16)));
  return body;
}

/** Bodies of the messages sent to `address`, oldest first. */
export function mailTo(folder: string, address: string): string[] {
  return readdirSync(folder)
    .sort()
    .map((name) => readFileSync(join(folder, name), 'utf8'))
    .filter((message) => message.split('\r\n', 1)[0].includes(address.toLowerCase()))
    .map(decodedBody);
}

/** The first link in the newest email to `address` whose URL contains `path`, waiting for it to arrive. */
export async function linkFromInbox(folder: string, address: string, path: string, timeoutMs = 10_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const link = mailTo(folder, address)
      .reverse()
      .flatMap((body) => body.match(/https?:\/\/\S+/g) ?? [])
      .find((url) => url.includes(path));
    if (link) return link;
    await new Promise((wait) => setTimeout(wait, 200));
  }
  throw new Error(`No email to ${address} with a ${path} link`);
}
