#!/usr/bin/env node
// Regenerates expected/ by running the REAL directus-sync 3.4.1 CLI (`pull`) against a fake
// Directus that serves the raw API responses in instance/. Our normaliser + dump writer, given
// the same instance/ inputs, must produce these folders byte for byte (tst_dumpfolderwriter).
//
//   LC_ALL=C.UTF-8 LANG=C.UTF-8 node tests/data/pull341/generate-expected.js \
//       /root/.cache/syncstudio/directus-sync-*/node_modules/.bin/directus-sync
//
// Every item is tracked or gets a predictable SyncID (placeholder, preserved id): a request
// for a random SyncID makes this script fail, since its output could never be reproduced.
'use strict';
const fs = require('fs');
const http = require('http');
const path = require('path');
const os = require('os');
const { spawn } = require('child_process');

const cli = process.argv[2];
if (!cli) {
  console.error('usage: generate-expected.js <path to directus-sync bin>');
  process.exit(2);
}
const here = __dirname;
const input = (...p) => path.join(here, 'instance', ...p);
const readJson = (...p) => JSON.parse(fs.readFileSync(input(...p), 'utf8'));
const context = readJson('context.json');
const collections = ['settings', 'folders', 'translations', 'flows', 'operations', 'roles',
  'policies', 'permissions', 'dashboards', 'panels', 'presets'];

function serve(initialIdMap) {
  const idMap = initialIdMap.map((row) => ({ ...row }));
  const problems = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => { body += chunk; });
    req.on('end', () => {
      const url = new URL(req.url, 'http://fixture');
      const json = (status, payload) => {
        res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
        res.end(JSON.stringify(payload));
      };
      const raw = (type, bytes) => {
        res.writeHead(200, { 'Content-Type': type });
        res.end(bytes);
      };
      const p = url.pathname;
      let m;
      if (p === '/server/info') return json(200, { data: readJson('server-info.json') });
      if (p === '/utils/cache/clear') { res.writeHead(204); return res.end(); }
      if (p === '/users/me') return json(200, { data: { role: context.adminRoleId } });
      if (p === '/schema/snapshot') return json(200, { data: readJson('schema-snapshot.json') });
      if (p === '/server/specs/graphql') return raw('application/graphql', fs.readFileSync(input('specs', 'item.graphql')));
      if (p === '/server/specs/graphql/system') return raw('application/graphql', fs.readFileSync(input('specs', 'system.graphql')));
      if (p === '/server/specs/oas') return raw('application/json; charset=utf-8', fs.readFileSync(input('specs', 'oas.json')));
      if ((m = /^\/directus-extension-sync\/table\/([^/]+)\/local_id\/(.+)$/.exec(p)) && req.method === 'GET') {
        const row = idMap.find((r) => r.table === m[1] && r.local_id === decodeURIComponent(m[2]));
        return row ? json(200, row) : json(404, { message: 'No id map found' });
      }
      if ((m = /^\/directus-extension-sync\/table\/([^/]+)$/.exec(p)) && req.method === 'POST') {
        const payload = JSON.parse(body);
        let syncId = payload.sync_id;
        if (syncId === undefined) {
          syncId = `RANDOM-${m[1]}-${payload.local_id}`;
          problems.push(`random SyncID requested for ${m[1]} ${payload.local_id}`);
        }
        idMap.push({ id: idMap.length + 1, table: m[1], sync_id: syncId, local_id: String(payload.local_id), created_at: '2026-11-25 08:30:00' });
        return json(200, { sync_id: syncId });
      }
      if (p === '/policies' && url.searchParams.get('limit') === '1') {
        // PoliciesIdMapperClient's placeholder queries; answered from context.json.
        const filter = url.searchParams.get('filter') || '';
        const id = filter.includes('admin_access') ? context.adminPolicyId : context.publicPolicyId;
        return json(200, { data: id ? [{ id }] : [] });
      }
      if ((m = /^\/([a-z]+)$/.exec(p)) && collections.includes(m[1])) {
        let items = readJson('items', `${m[1]}.json`);
        if (m[1] === 'settings') return json(200, { data: items[0] });
        if (m[1] === 'presets') items = items.filter((item) => item.user === null); // filter {user: {_null: true}}
        return json(200, { data: items });
      }
      problems.push(`unexpected request ${req.method} ${req.url}`);
      return json(404, { errors: [{ message: `unexpected ${req.method} ${req.url}` }] });
    });
  });
  return { server, idMap, problems };
}

async function pull(variant, extraGlobal, extraPull) {
  const { server, idMap, problems } = serve(readJson('id-map.json'));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = server.address().port;
  const out = path.join(here, 'expected', variant);
  fs.rmSync(out, { recursive: true, force: true });
  const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'pull341-'));
  try {
    // Asynchronous: the fake server runs in this process's event loop.
    const code = await new Promise((resolve, reject) => {
      const child = spawn(cli, [...extraGlobal, '-u', `http://127.0.0.1:${port}`, '-t',
        'fixture-token', 'pull', '--dump-path', out, ...extraPull],
      { cwd, stdio: ['ignore', 'ignore', 'inherit'] });
      child.on('error', reject);
      child.on('exit', resolve);
    });
    if (code !== 0) {
      throw new Error(`${variant}: directus-sync exited with ${code}`);
    }
  } finally {
    server.close();
    fs.rmSync(cwd, { recursive: true, force: true });
  }
  if (problems.length) {
    throw new Error(`${variant}: ${problems.join('; ')}`);
  }
  return idMap;
}

(async () => {
  const idMap = await pull('default', [], []);
  await pull('sort-json', ['--sort-json'], []);
  await pull('no-split', [], ['--no-split', '--no-specs']);
  fs.writeFileSync(path.join(here, 'expected', 'id-map-after-pull.json'), `${JSON.stringify(idMap, null, 2)}\n`);
})().catch((error) => {
  console.error(error.message);
  process.exit(1);
});
