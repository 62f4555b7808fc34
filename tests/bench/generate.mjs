#!/usr/bin/env node
// Benchmark generator: fills a real Directus (11.3.5, or 12.4.0 with --core-tier) through batch
// REST calls (POST arrays), or changes about 5 % of what is there (--mutate), deterministically.
//   node generate.mjs seed   --url U --scale S [--core-tier] [--seed N]
//   node generate.mjs mutate --url U [--percent 5] [--core-tier] [--seed N]
// The token comes from SS_TOKEN (never an argument). Prints a JSON summary of the counts.
// Scale 1 ~ 10,000 tracked items: 300 flows / 2,000 operations, 150 roles, 300 policies,
// 5,000 permissions, 150 dashboards / 1,500 panels, 500 translations, 300 presets, 100 folders,
// plus 20 custom collections (8 fields each) for the schema snapshot.

const args = process.argv.slice(2);
const mode = args[0];
const opt = (name, def) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : def;
};
const flag = (name) => args.includes(`--${name}`);
const url = opt('url');
const token = process.env.SS_TOKEN;
if (!['seed', 'mutate'].includes(mode) || !url || !token) {
  console.error('usage: SS_TOKEN=… generate.mjs seed|mutate --url URL [--scale S] [--core-tier]');
  process.exit(2);
}
const scale = Number(opt('scale', '1'));
const coreTier = flag('core-tier');
const percent = Number(opt('percent', '5'));

// mulberry32: a small deterministic PRNG, so every run seeds the same shapes.
let state = Number(opt('seed', '20261202')) >>> 0;
function rand() {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (list) => list[Math.floor(rand() * list.length)];
const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
const shuffle = (list) => {
  const a = [...list];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
};
const words = ['alpha', 'Beta', 'gamma', 'Delta', 'Übersicht', 'café', 'zebra', 'Émile', 'äpfel',
  'ß-Straße', 'naïve', 'ラベル', 'Ω-omega', 'apfel', 'Zeta', '10', '2', 'a-b', '_under', 'ss'];
const phrase = (n) => Array.from({ length: n }, () => pick(words)).join(' ');

let requests = 0;
async function api(method, path, body) {
  for (let attempt = 1; ; attempt++) {
    requests++;
    const res = await fetch(url + path, {
      method,
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    if (res.ok) return text ? JSON.parse(text).data : null;
    if (res.status >= 500 && attempt < 3) continue;
    throw new Error(`${method} ${path} -> ${res.status}: ${text.slice(0, 400)}`);
  }
}
// A UUID (v4 layout) from the seeded PRNG.
function uuid() {
  const h = Array.from({ length: 32 }, () => Math.floor(rand() * 16).toString(16));
  h[12] = '4';
  h[16] = ((parseInt(h[16], 16) & 3) | 8).toString(16);
  const s = h.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}
// Collections keyed by integers; every other one gets its UUIDs from here, because the rows a
// batch POST answers with are not in the order they were sent.
const INTEGER_KEYS = ['/permissions', '/presets'];
// POST an array in chunks; returns the created ids in the order of `items`.
async function createMany(path, items, chunk = 250) {
  const ids = [];
  const withIds = INTEGER_KEYS.includes(path) ? items : items.map((item) => ({ id: uuid(), ...item }));
  for (let i = 0; i < withIds.length; i += chunk) {
    const batch = withIds.slice(i, i + chunk);
    const data = await api('POST', `${path}?fields=id`, batch);
    // Directus 11 appends the built-in app-access rows to a batch POST /permissions answer.
    if (INTEGER_KEYS.includes(path)) for (const row of data.slice(0, batch.length)) ids.push(row.id);
  }
  return INTEGER_KEYS.includes(path) ? ids : withIds.map((item) => item.id);
}
async function updateMany(path, rows, chunk = 250) {
  for (let i = 0; i < rows.length; i += chunk) await api('PATCH', `${path}?fields=id`, rows.slice(i, i + chunk));
}
async function deleteMany(path, ids, chunk = 250) {
  for (let i = 0; i < ids.length; i += chunk) await api('DELETE', path, ids.slice(i, i + chunk));
}
const n = (base) => Math.max(1, Math.round(base * scale));

const CUSTOM = Array.from({ length: 20 }, (_, i) => `bench_c${String(i + 1).padStart(2, '0')}`);
const ACTIONS = ['create', 'read', 'update', 'delete'];

async function seed() {
  const counts = {};
  // Schema: 20 collections with 8 fields; every second one relates to the previous one.
  for (let c = 0; c < CUSTOM.length; c++) {
    const fields = [
      { field: 'id', type: 'integer', meta: { hidden: true, readonly: true, interface: 'input' },
        schema: { is_primary_key: true, has_auto_increment: true } },
      { field: 'title', type: 'string', meta: { interface: 'input', required: true, note: phrase(3) },
        schema: { is_nullable: false } },
      { field: 'body', type: 'text', meta: { interface: 'input-multiline' } },
      { field: 'status', type: 'string', meta: { interface: 'select-dropdown',
        options: { choices: [{ text: 'Draft', value: 'draft' }, { text: 'Published', value: 'published' }] } },
        schema: { default_value: 'draft' } },
      { field: 'rank', type: 'integer', meta: { interface: 'input' } },
      { field: 'price', type: 'decimal', meta: { interface: 'input' }, schema: { numeric_precision: 10, numeric_scale: 2 } },
      { field: 'published_on', type: 'date', meta: { interface: 'datetime' } },
      { field: 'flags', type: 'json', meta: { interface: 'tags', special: ['cast-json'] } },
    ];
    if (c % 2 === 1) fields.push({ field: 'parent_ref', type: 'integer', meta: { interface: 'select-dropdown-m2o', special: ['m2o'] }, schema: {} });
    await api('POST', '/collections', { collection: CUSTOM[c], meta: { icon: 'table_view', note: phrase(4) }, schema: {}, fields });
    if (c % 2 === 1) {
      await api('POST', '/relations', { collection: CUSTOM[c], field: 'parent_ref', related_collection: CUSTOM[c - 1],
        schema: { on_delete: 'SET NULL' } });
    }
  }
  counts.collections = CUSTOM.length;

  // Folders: a three-level tree.
  const nFolders = n(100);
  const roots = await createMany('/folders', Array.from({ length: Math.ceil(nFolders / 10) }, (_, i) => ({ name: `Folder ${i + 1} ${pick(words)}` })));
  const level2 = await createMany('/folders', Array.from({ length: Math.ceil(nFolders * 0.4) }, (_, i) => ({ name: `Sub ${i + 1} ${pick(words)}`, parent: pick(roots) })));
  const level3 = await createMany('/folders', Array.from({ length: nFolders - roots.length - level2.length }, (_, i) => ({ name: `Leaf ${i + 1} ${pick(words)}`, parent: pick(level2) })));
  counts.folders = roots.length + level2.length + level3.length;

  // Roles: a fifth are parents.
  const nRoles = n(150);
  const parentRoles = await createMany('/roles', Array.from({ length: Math.ceil(nRoles / 5) }, (_, i) => ({ name: `Role ${i + 1}`, icon: 'supervised_user_circle', description: phrase(5) })));
  const childRoles = await createMany('/roles', Array.from({ length: nRoles - parentRoles.length }, (_, i) => ({ name: `Role ${parentRoles.length + i + 1} ${pick(words)}`, icon: 'person', description: phrase(4), parent: pick(parentRoles) })));
  const roles = [...parentRoles, ...childRoles];
  counts.roles = roles.length;

  // Policies, each attached to one to three roles (access rows).
  const nPolicies = n(300);
  const policies = await createMany('/policies', Array.from({ length: nPolicies }, (_, i) => ({
    name: `Policy ${i + 1} ${pick(words)}`, icon: 'badge', description: phrase(6), admin_access: false,
    app_access: rand() < 0.8, enforce_tfa: rand() < 0.1, ip_access: rand() < 0.1 ? ['127.0.0.1'] : null,
    roles: shuffle(roles).slice(0, int(1, 3)).map((role) => ({ role })),
  })), 100);
  counts.policies = policies.length;

  // Permissions: distinct (collection, action) pairs per policy.
  const nPerms = n(5000);
  const pairs = [];
  for (const c of [...CUSTOM, 'directus_files', 'directus_folders', 'directus_users']) for (const a of ACTIONS) pairs.push([c, a]);
  const perms = [];
  const perPolicy = Math.ceil(nPerms / policies.length);
  for (const policy of policies) {
    for (const [collection, action] of shuffle(pairs).slice(0, perPolicy)) {
      if (perms.length >= nPerms) break;
      const p = { policy, collection, action, fields: ['*'] };
      if (!coreTier && rand() < 0.6) {
        p.permissions = rand() < 0.5 ? { status: { _eq: 'published' } } : { _and: [{ rank: { _gt: int(0, 9) } }, { title: { _nnull: true } }] };
        if (action === 'create' || action === 'update') {
          p.validation = { title: { _nempty: true } };
          p.presets = { status: 'draft', body: phrase(2) };
        }
        p.fields = ['id', 'title', 'status', 'rank'];
      }
      perms.push(p);
    }
  }
  counts.permissions = (await createMany('/permissions', perms, 500)).length;

  // Flows and their operations: chains created from the tail, so resolve points at existing ids.
  // The Core tier (unlicensed 12.x) counts every flow against its limit of 5, also in the dry run
  // behind `d6s sync diff`: at most 5 flows with 8 operations each there.
  const nFlows = coreTier ? 5 : n(300);
  const nOps = coreTier ? 40 : n(2000);
  const flows = await createMany('/flows', Array.from({ length: nFlows }, (_, i) => {
    const kind = i % 3;
    return {
      name: `Flow ${i + 1} ${pick(words)}`, icon: 'bolt', color: pick(['#2ECDA7', '#FFA439', null]),
      description: phrase(5),
      status: i % 4 === 0 ? 'inactive' : 'active',
      trigger: kind === 0 ? 'manual' : kind === 1 ? 'event' : 'schedule', accountability: pick(['all', 'activity']),
      options: kind === 0 ? { collections: [pick(CUSTOM)], location: 'item' }
        : kind === 1 ? { type: 'action', scope: ['items.create', 'items.update'], collections: [pick(CUSTOM)] }
          : { cron: `${int(0, 59)} ${int(0, 4)} 1 1 *` },
    };
  }), 100);
  counts.flows = flows.length;
  const opsPerFlow = flows.map(() => 1);
  for (let left = nOps - flows.length; left > 0; left--) opsPerFlow[Math.floor(rand() * flows.length)]++;
  const maxLen = Math.max(...opsPerFlow);
  const next = flows.map(() => null); // the op created last for each flow = the next in its chain
  let opCount = 0;
  for (let pos = maxLen - 1; pos >= 0; pos--) {
    const batch = [];
    const owners = [];
    flows.forEach((flow, f) => {
      if (pos >= opsPerFlow[f]) return;
      const type = pos === opsPerFlow[f] - 1 && f % 10 === 0 ? 'trigger' : pick(['log', 'condition', 'transform', 'log']);
      const options = type === 'log' ? { message: `${phrase(3)} {{$trigger.payload.title}}` }
        : type === 'condition' ? { filter: { $trigger: { payload: { status: { _eq: 'published' } } } } }
          : type === 'transform' ? { json: { step: pos, label: phrase(2), nested: { ok: true, n: int(1, 99) } } }
            : { flow: flows[(f + 1) % flows.length], payload: { reason: phrase(1), zähler: pos } };
      batch.push({ name: `Step ${pos + 1} ${pick(words)}`, key: `step_${pos + 1}`, type, position_x: 19 + pos * 18,
        position_y: 1 + (pos % 2) * 18, options, resolve: next[f], flow: flow });
      owners.push(f);
    });
    const ids = await createMany('/operations', batch, 250);
    ids.forEach((id, k) => { next[owners[k]] = id; });
    opCount += ids.length;
  }
  await updateMany('/flows', flows.map((id, f) => ({ id, operation: next[f] })), 100);
  counts.operations = opCount;

  // Dashboards with panels.
  const dashboards = await createMany('/dashboards', Array.from({ length: n(150) }, (_, i) => ({ name: `Dashboard ${i + 1} ${pick(words)}`, icon: 'space_dashboard', note: phrase(4), color: pick(['#FFA439', '#6644FF', null]) })));
  const panels = [];
  const nPanels = n(1500);
  for (let i = 0; i < nPanels; i++) {
    const metric = rand() < 0.6;
    panels.push({ dashboard: dashboards[i % dashboards.length], name: `Panel ${i + 1} ${pick(words)}`, icon: metric ? 'functions' : 'label',
      type: metric ? 'metric' : 'label', position_x: 1 + (i % 4) * 12, position_y: 1 + Math.floor(i / dashboards.length) * 6, width: 12, height: 6,
      show_header: rand() < 0.5, note: rand() < 0.3 ? phrase(3) : null,
      options: metric ? { collection: pick(CUSTOM), function: 'count', field: 'id', sortField: 'rank' } : { text: phrase(6) } });
  }
  counts.dashboards = dashboards.length;
  counts.panels = (await createMany('/panels', panels, 500)).length;

  // Translations: distinct (key, language).
  const languages = ['de-DE', 'fr-FR', 'ja-JP', 'en-US', 'es-ES'];
  const nTr = n(500);
  counts.translations = (await createMany('/translations', Array.from({ length: nTr }, (_, i) => ({
    key: `key_${Math.floor(i / languages.length) + 1}_${pick(['title', 'Label', 'hint'])}`, language: languages[i % languages.length],
    value: `${phrase(4)} ${i}` })), 500)).length;

  // Presets: role and global bookmarks (user presets are not tracked).
  counts.presets = (await createMany('/presets', Array.from({ length: n(300) }, (_, i) => ({
    bookmark: `Bookmark ${i + 1} ${pick(words)}`, role: rand() < 0.5 ? pick(roles) : null, collection: pick(CUSTOM), layout: 'tabular',
    layout_query: { tabular: { fields: ['title', 'status'], sort: ['-rank'], page: 1 } },
    layout_options: { tabular: Object.fromEntries(shuffle(words).slice(0, 5).map((w, k) => [w, k])) },
    filter: rand() < 0.5 ? { status: { _eq: 'draft' } } : null, icon: 'bookmark', color: pick(['#E35169', null]) })), 300)).length;

  await api('PATCH', '/settings', { project_name: 'Sync Studio Bench', project_color: '#6644FF', storage_default_folder: roots[0], public_registration: false });
  counts.requests = requests;
  return counts;
}

// Changes about `percent` % of the tracked items: updates most, deletes and creates a few, and
// changes the schema a little (one field added, one note changed).
async function mutate() {
  const counts = {};
  const list = async (path, fields, filter = '') => api('GET', `${path}?limit=-1&fields=${fields}${filter}`);
  const share = (rows) => shuffle(rows).slice(0, Math.max(1, Math.round((rows.length * percent) / 100)));
  const specs = [
    ['/folders', (r) => ({ id: r.id, name: `${r.name} (moved)` })],
    ['/roles', (r) => ({ id: r.id, description: `changed ${phrase(2)}` })],
    ['/policies', (r) => ({ id: r.id, description: `changed ${phrase(2)}`, enforce_tfa: true })],
    ['/permissions', (r) => ({ id: r.id, fields: ['id', 'title'] })],
    ['/flows', (r) => ({ id: r.id, color: '#123456', description: `changed ${phrase(2)}` })],
    ['/operations', (r) => ({ id: r.id, position_y: 99, name: `${r.name} v2` })],
    ['/dashboards', (r) => ({ id: r.id, note: `changed ${phrase(2)}` })],
    ['/panels', (r) => ({ id: r.id, width: 24, name: `${r.name} v2` })],
    ['/translations', (r) => ({ id: r.id, value: `geändert ${phrase(3)}` })],
    ['/presets', (r) => ({ id: r.id, color: '#00AA00', bookmark: `${r.bookmark} v2` })],
  ];
  for (const [path, change] of specs) {
    // Directus 12.4.0 on SQLite: the dry run behind `d6s sync diff` reloads changed flows while
    // its transaction holds the only connection; the server dies with a KnexTimeoutError after
    // 60 s. The Core-tier (d6s) seed therefore leaves flows and operations unchanged.
    if (coreTier && (path === '/flows' || path === '/operations')) continue;
    const filter = path === '/presets' ? '&filter[user][_null]=true' : path === '/roles' ? '&filter[name][_neq]=Administrator'
      : path === '/policies' ? '&filter[admin_access][_eq]=false&filter[name][_nstarts_with]=$t:' : '';
    const fields = path === '/presets' ? 'id,bookmark' : ['/permissions', '/translations'].includes(path) ? 'id' : 'id,name';
    // GET /permissions also lists the built-in app-access rows, which have no id.
    const rows = (await list(path, fields, filter)).filter((r) => r.id !== null && r.id !== undefined);
    const chosen = share(rows);
    // A tenth of the chosen leaf items are deleted instead of changed.
    const leaf = ['/panels', '/translations', '/presets', '/permissions'].includes(path);
    // The Core tier refuses permission field lists other than ["*"]: delete those instead.
    const delShare = coreTier && path === '/permissions' ? 1 : 0.1;
    const del = leaf ? chosen.slice(0, Math.floor(chosen.length * delShare)) : [];
    const upd = chosen.slice(del.length);
    await updateMany(path, upd.map(change), 250);
    if (del.length) await deleteMany(path, del.map((r) => r.id));
    counts[path.slice(1)] = { total: rows.length, updated: upd.length, deleted: del.length };
  }
  // A few new items (untracked on B).
  counts.created = (await createMany('/translations', Array.from({ length: 5 }, (_, i) => ({ key: `new_on_b_${i}`, language: 'en-US', value: phrase(3) })))).length;
  // Schema: a new field and a changed collection note.
  await api('POST', `/fields/${CUSTOM[0]}`, { field: 'added_on_b', type: 'string', meta: { interface: 'input' } });
  await api('PATCH', `/collections/${CUSTOM[1]}`, { meta: { note: 'changed on B' } });
  counts.requests = requests;
  return counts;
}

try {
  const started = Date.now();
  const counts = mode === 'seed' ? await seed() : await mutate();
  counts.seconds = (Date.now() - started) / 1000;
  console.log(JSON.stringify(counts));
} catch (e) {
  console.error(`generate.mjs ${mode}: ${e.message}`);
  process.exit(1);
}
