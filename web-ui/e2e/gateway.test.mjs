// The gateway's own promises (issue 12): security headers on every answer, no version, and a
// per-address login limit that a forged X-Forwarded-For cannot get around.
import assert from 'node:assert/strict';
import http from 'node:http';
import { test } from 'node:test';
import { BASE_URL, runId } from './support.mjs';

/** One request from a loopback address of our own, so the limit it trips locks out no other test. */
function request(method, path, { headers = {}, body, localAddress = '127.0.0.2' } = {}) {
  const url = new URL(path, BASE_URL);
  return new Promise((resolve, reject) => {
    const req = http.request(
      { method, host: '127.0.0.1', port: url.port, path: url.pathname, headers, localAddress },
      (res) => {
        let text = '';
        res.on('data', (chunk) => (text += chunk)).on('end', () => resolve({ status: res.statusCode, headers: res.headers, text }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

test('every answer carries the security headers and no server version', async () => {
  for (const path of ['/', '/assets/missing.js', '/api/teams', '/healthz']) {
    const { headers } = await request('GET', path);
    assert.match(headers['content-security-policy'] ?? '', /frame-ancestors 'none'/, path);
    assert.match(headers['content-security-policy'] ?? '', /default-src 'self'/, path);
    assert.equal(headers['x-content-type-options'], 'nosniff', path);
    assert.equal(headers['x-frame-options'], 'DENY', path);
    assert.equal(headers['referrer-policy'], 'same-origin', path);
    assert.equal(headers.server, 'nginx', `${path}: no version in Server`);
  }
});

test('a forged X-Forwarded-For does not escape the per-address login limit', async () => {
  const statuses = [];
  // A loopback address of this run's own (all of 127/8 is local), so a rerun starts with a full bucket.
  const address = `127.77.${1 + Math.floor(Math.random() * 250)}.${1 + Math.floor(Math.random() * 250)}`;
  // 20 failures per address in 5 minutes (LoginSettings), each try a new account and a new forged address.
  for (let i = 1; i <= 21; i++) {
    const { status } = await request('POST', '/api/auth/login', {
      headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': `203.0.113.${i}` },
      body: JSON.stringify({ username: `nobody${runId()}${i}`, password: 'wrong-password' }),
      localAddress: address,
    });
    statuses.push(status);
  }
  assert.deepEqual(statuses.slice(0, 20), Array(20).fill(401));
  assert.equal(statuses[20], 429, `statuses: ${statuses.join(' ')}`);
});
