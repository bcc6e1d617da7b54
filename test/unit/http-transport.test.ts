import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'node:http';
import { startBrowserMode } from '../../main/browserMode';
import { MAX_BODY_BYTES } from '../../main/http/server';
import { CONTENT_SECURITY_POLICY } from '../../shared/contracts/csp';
import { API_TOKEN_HEADER, apiTokenMetaTag } from '../../shared/contracts/transport';

let server: Awaited<ReturnType<typeof startBrowserMode>>;
let folder: string;

beforeAll(async () => {
  // A stand-in for the built renderer, so that this test does not depend on `npm run build`.
  folder = await mkdtemp(join(tmpdir(), 'klantkompas-http-'));
  const rendererDir = join(folder, 'renderer');
  await mkdir(rendererDir);
  await writeFile(join(rendererDir, 'index.html'), '<html><head></head><body></body></html>');
  server = await startBrowserMode({ dataDir: join(folder, 'data'), rendererDir });
});
afterAll(async () => {
  await server.close();
  await rm(folder, { recursive: true, force: true });
});

/** A raw HTTP request, so that Host and other headers can be set as an attacker would. */
function send(
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string },
): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: server.port,
        path,
        method: options.method ?? 'POST',
        headers: options.headers,
      },
      (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
      },
    );
    req.on('error', reject);
    if (options.body) req.write(options.body);
    req.end();
  });
}

const good = () => ({
  host: `127.0.0.1:${server.port}`,
  'content-type': 'application/json',
  [API_TOKEN_HEADER]: server.token,
});

describe('the 127.0.0.1 transport', () => {
  it('answers an API call with the token', async () => {
    const res = await send('/api/listSessions', { headers: good(), body: '{"args":[]}' });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toEqual({ ok: true, value: [] });
  });

  it('tells cheaply when a session last changed', async () => {
    const created = await send('/api/createSession', {
      headers: good(),
      body: JSON.stringify({ args: [{ name: 'Klok' }] }),
    });
    const summary = JSON.parse(created.body).value as { id: string; updatedAt: string };
    const res = await send('/api/sessionUpdatedAt', {
      headers: good(),
      body: JSON.stringify({ args: [summary.id] }),
    });
    expect(JSON.parse(res.body)).toEqual({ ok: true, value: summary.updatedAt });
  });

  it('refuses a call without or with a wrong token', async () => {
    for (const token of ['', 'wrong', server.token.slice(1)]) {
      const res = await send('/api/listSessions', {
        headers: { ...good(), [API_TOKEN_HEADER]: token },
        body: '{"args":[]}',
      });
      expect(res.status).toBe(403);
    }
  });

  it('refuses another Host header (DNS rebinding)', async () => {
    const res = await send('/api/listSessions', {
      headers: { ...good(), host: `evil.example:${server.port}` },
      body: '{"args":[]}',
    });
    expect(res.status).toBe(421);
    const page = await send('/', { method: 'GET', headers: { host: 'evil.example' } });
    expect(page.status).toBe(421);
  });

  it('accepts JSON only', async () => {
    const res = await send('/api/listSessions', {
      headers: { ...good(), 'content-type': 'text/plain' },
      body: '{"args":[]}',
    });
    expect(res.status).toBe(415);
  });

  it('refuses a body over the limit', async () => {
    const res = await send('/api/importSession', {
      headers: { ...good(), 'content-length': String(MAX_BODY_BYTES + 1) },
    });
    expect(res.status).toBe(413);
  });

  it('validates arguments against the shared contract', async () => {
    const res = await send('/api/getSession', {
      headers: good(),
      body: '{"args":["../../etc/passwd"]}',
    });
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'invalidInput' } });
    const unknown = await send('/api/deleteEverything', { headers: good(), body: '{"args":[]}' });
    expect(JSON.parse(unknown.body)).toMatchObject({ ok: false, error: { code: 'invalidInput' } });
  });

  it('serves the renderer with the token and a strict CSP, and no CORS', async () => {
    const res = await send('/', { method: 'GET', headers: { host: `localhost:${server.port}` } });
    expect(res.status).toBe(200);
    expect(res.body).toContain(apiTokenMetaTag(server.token));
    expect(res.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('does not serve files outside the renderer', async () => {
    const res = await send('/..%2f..%2fpackage.json', { method: 'GET', headers: good() });
    expect(res.status).toBe(404);
  });
});
