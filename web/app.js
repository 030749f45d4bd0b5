// dipgraph explorer: hash routes (#/, #/actor/12), the JSON API, and DOM built with
// createElement/textContent only: nothing from the graph is ever parsed as HTML.
'use strict';

const state = { from: '', to: '', actor: null, partner: null };
const $ = (id) => document.getElementById(id);
const QUADS = [['verbal_cooperation', 'verbal cooperation', 'q1'],
               ['material_cooperation', 'material cooperation', 'q2'],
               ['verbal_conflict', 'verbal conflict', 'q3'],
               ['material_conflict', 'material conflict', 'q4']];
const QUAD_COLOURS = ['#4d9de0', '#2a9d8f', '#e9a23b', '#d1495b'];
const SVG_NS = 'http://www.w3.org/2000/svg';

// ---- DOM helpers ----

// el('td', {class: 'x'}, 'text', childNode): strings become text nodes.
function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v !== undefined && v !== null && v !== false) node.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}
function svgEl(tag, attrs) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, String(v));
  return node;
}
const actorHref = (id) => '#/actor/' + Number(id);
const actorLink = (a) => el('a', { href: actorHref(a.id), 'data-actor': Number(a.id) }, a.name);

function showError(message) {
  const s = $('status');
  s.textContent = message || '';
  s.hidden = !message;
}

// ---- API ----

async function api(path, params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) if (v !== '' && v != null) q.set(k, v);
  const url = '/api/' + path + (q.toString() ? '?' + q : '');
  const res = await fetch(url);
  if (!res.ok) {
    let msg = res.status + ' ' + res.statusText;
    try { msg = (await res.json()).error || msg; } catch (e) { /* not JSON */ }
    const err = new Error(msg);
    err.status = res.status;
    throw err;
  }
  return path.endsWith('.svg') ? res.text() : res.json();
}
const dates = () => ({ from: state.from, to: state.to });

// ---- search with suggestions ----

let suggestTimer = 0, suggestSeq = 0, activeIndex = -1;

function renderSuggestions(actors) {
  const list = $('suggestions');
  list.replaceChildren(...actors.map((a, i) => {
    const li = el('li', { role: 'option', 'data-id': a.id, id: 'sugg-' + i },
                  el('span', {}, a.name),
                  el('span', { class: 'meta' }, a.kind + ' · ' + a.relations));
    li.addEventListener('mousedown', (e) => { e.preventDefault(); pick(a.id); });
    return li;
  }));
  list.hidden = actors.length === 0;
  activeIndex = -1;
}

function pick(id) {
  $('suggestions').hidden = true;
  $('search').value = '';
  location.hash = actorHref(id);
}

async function suggest() {
  const q = $('search').value.trim();
  const seq = ++suggestSeq;
  if (!q) return renderSuggestions([]);
  try {
    const r = await api('actors', { q, limit: 8 });
    if (seq === suggestSeq) renderSuggestions(r.actors);
  } catch (e) { showError(e.message); }
}

function moveActive(step) {
  const items = [...$('suggestions').children];
  if (!items.length) return;
  activeIndex = (activeIndex + step + items.length) % items.length;
  items.forEach((li, i) => li.classList.toggle('active', i === activeIndex));
}

function setupSearch() {
  const input = $('search');
  input.addEventListener('input', () => { clearTimeout(suggestTimer); suggestTimer = setTimeout(suggest, 120); });
  input.addEventListener('keydown', async (e) => {
    if (e.key === 'ArrowDown') { e.preventDefault(); moveActive(1); }
    else if (e.key === 'ArrowUp') { e.preventDefault(); moveActive(-1); }
    else if (e.key === 'Escape') { $('suggestions').hidden = true; }
    else if (e.key === 'Enter') {
      e.preventDefault();
      await suggest();
      const items = [...$('suggestions').children];
      const chosen = items[Math.max(activeIndex, 0)];
      if (chosen) pick(chosen.dataset.id);
    }
  });
  input.addEventListener('blur', () => setTimeout(() => { $('suggestions').hidden = true; }, 150));
}

// ---- date range ----

function setupRange() {
  const changed = () => { state.from = $('from').value; state.to = $('to').value; route(); };
  $('from').addEventListener('change', changed);
  $('to').addEventListener('change', changed);
  $('clear-range').addEventListener('click', () => { $('from').value = ''; $('to').value = ''; changed(); });
  $('range').addEventListener('submit', (e) => e.preventDefault());
}

// ---- views ----

async function homeView() {
  const view = $('view');
  const stats = await api('stats');
  const top = await api('actors', { limit: 30 });
  const list = el('ul', { class: 'plain partners' }, top.actors.map((a) =>
    el('li', {}, actorLink(a), el('span', { class: 'muted' }, a.kind + ' · ' + a.relations + ' relations'))));
  view.replaceChildren(
    el('section', {},
       el('h1', {}, 'Explore the graph'),
       el('p', { class: 'muted' }, 'Search an actor above, or pick one of the most connected.'),
       el('dl', { class: 'facts' },
          el('dt', {}, 'documents'), el('dd', {}, stats.documents),
          el('dt', {}, 'actors'), el('dd', {}, stats.actors),
          el('dt', {}, 'relations'), el('dd', {}, stats.relations),
          el('dt', {}, 'dates'), el('dd', {}, (stats.first_date || '?') + ' .. ' + (stats.last_date || '?')))),
    el('section', {}, el('h2', {}, 'Most connected actors'), list),
    pathSection(null));
}

function profileSection(p) {
  const facts = el('dl', { class: 'facts' });
  const add = (k, ...v) => facts.append(el('dt', {}, k), el('dd', {}, ...v));
  if (p.aliases.length) add('aliases', p.aliases.join(', '));
  for (const r of p.roles) add('role', (r.role || 'member') + ' of ', actorLink(r.of), r.former ? ' (former)' : '');
  for (const m of p.members.slice(0, 12)) add('member', actorLink(m.person), m.role ? ', ' + m.role : '');
  add('seen', (p.first_seen || 'undated') + ' .. ' + (p.last_seen || 'undated'));
  add('relations', p.relations + (p.undated ? ' (' + p.undated + ' undated)' : ''));
  const counts = el('div', { class: 'counts' },
    QUADS.map(([key, label, cls]) => el('span', { class: cls, title: label }, label + ' ' + p.by_quad[key])));
  const partners = el('ul', { class: 'plain partners', id: 'partners' }, p.top_partners.map((c) =>
    el('li', {}, actorLink(c.partner), el('span', { class: 'muted' }, c.relations + ' relations'))));
  return el('section', { id: 'profile' },
    el('h1', { id: 'actor-name' }, p.name, ' ', el('span', { class: 'kind' }, p.kind)),
    facts, counts, el('h2', {}, 'Top partners'),
    p.top_partners.length ? partners : el('p', { class: 'muted' }, 'No relations in this date range.'));
}

// The Graphviz SVG, parsed as XML and cleaned before it joins the page: no scripts, no event
// handlers, no links but to actor pages.
function cleanSvg(text) {
  const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
  const svg = doc.documentElement;
  if (!svg || svg.nodeName !== 'svg') throw new Error('the diagram could not be read');
  svg.querySelectorAll('script, foreignObject, iframe, object, embed').forEach((n) => n.remove());
  for (const node of [svg, ...svg.querySelectorAll('*')]) {
    for (const attr of [...node.attributes]) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on')) node.removeAttribute(attr.name);
      if (name === 'href' || name === 'xlink:href') {
        if (!/^#\/actor\/\d+$/.test(attr.value)) node.removeAttribute(attr.name);
      }
    }
  }
  return document.importNode(svg, true);
}

function egoSection(id) {
  const box = el('div', { id: 'ego' }, el('p', { class: 'muted' }, 'Drawing…'));
  const depth = el('select', { id: 'depth', 'aria-label': 'depth' },
                   [1, 2, 3].map((d) => el('option', { value: d }, 'depth ' + d)));
  const draw = async () => {
    try {
      const text = await api('render.svg', { ego: id, depth: depth.value, ...dates() });
      box.replaceChildren(cleanSvg(text));
    } catch (e) {
      box.replaceChildren(el('p', { class: 'muted' }, e.message));
    }
  };
  depth.addEventListener('change', draw);
  draw();
  return el('section', {}, el('div', { class: 'controls' }, el('h2', {}, 'Relations diagram'), depth),
            el('p', { class: 'muted' }, 'Click an actor to open it.'), box);
}

function meetingRow(m, actorId) {
  const ev = m.evidence[0];
  const evidence = ev
    ? el('td', { class: 'evidence' }, el('q', {}, ev.text),
         el('span', { class: 'source' }, ev.source || ('document ' + ev.document.slice(0, 12))))
    : el('td', { class: 'evidence muted' }, '—');
  return el('tr', {},
    el('td', { class: 'date' }, m.date || 'undated'),
    el('td', {}, actorLink(m.partner), m.who.id !== actorId ? el('div', { class: 'muted' }, 'by ' + m.who.name) : null),
    el('td', {}, m.place || '—'),
    el('td', { class: m.planned ? 'planned' : '' }, m.modality),
    el('td', {}, m.code + ' ' + m.label),
    evidence);
}

function whoMetSection(id) {
  const body = el('tbody', {});
  const caption = el('p', { class: 'muted' }, 'Loading…');
  const planned = el('input', { type: 'checkbox', id: 'planned' });
  const table = el('table', { id: 'who-met' },
    el('thead', {}, el('tr', {}, ['Date', 'Met', 'Place', 'Modality', 'Event', 'Evidence'].map((h) => el('th', {}, h)))),
    body);
  const load = async () => {
    try {
      const r = await api('who-met', { actor: id, planned: planned.checked ? 1 : '', limit: 300, ...dates() });
      body.replaceChildren(...r.meetings.map((m) => meetingRow(m, r.actor.id)));
      caption.textContent = r.total === 0 ? 'No meetings in this date range.'
        : r.total + (r.total === 1 ? ' meeting' : ' meetings') + (r.total > r.meetings.length ? ' (first ' + r.meetings.length + ' shown)' : '');
    } catch (e) { caption.textContent = e.message; }
  };
  planned.addEventListener('change', load);
  load();
  return el('section', { class: 'wide' },
    el('div', { class: 'controls' }, el('h2', {}, 'Who met whom'),
       el('label', {}, planned, ' include planned')),
    caption, el('div', { class: 'table-wrap' }, table));
}

function drawDyad(box, d) {
  if (!d.months.length) return box.replaceChildren(el('p', { class: 'muted' }, 'No dated relations between them.'));
  const w = 640, h = 220, left = 34, bottom = 40, top = 10;
  const max = Math.max(...d.months.map((m) => QUADS.reduce((s, [k]) => s + m[k], 0)), 1);
  const bw = (w - left - 8) / d.months.length;
  const svg = svgEl('svg', { viewBox: `0 0 ${w} ${h}`, role: 'img', 'aria-label': 'relations per month' });
  const y = (v) => top + (h - top - bottom) * (1 - v / max);
  svg.append(svgEl('line', { x1: left, y1: y(0), x2: w - 4, y2: y(0), stroke: '#999' }));
  const maxLabel = svgEl('text', { x: left - 4, y: y(max) + 4, 'text-anchor': 'end', 'font-size': 10 });
  maxLabel.textContent = max;
  svg.append(maxLabel);
  d.months.forEach((m, i) => {
    let acc = 0;
    QUADS.forEach(([k, label], q) => {
      if (!m[k]) return;
      const rect = svgEl('rect', { x: left + i * bw + 1, width: Math.max(bw - 2, 1), y: y(acc + m[k]),
                                   height: y(acc) - y(acc + m[k]), fill: QUAD_COLOURS[q] });
      const title = svgEl('title');
      title.textContent = m.month + ': ' + m[k] + ' ' + label;
      rect.append(title);
      svg.append(rect);
      acc += m[k];
    });
    const every = Math.ceil(d.months.length / 12);
    if (i % every === 0) {
      const t = svgEl('text', { x: left + i * bw + bw / 2, y: h - bottom + 14, 'text-anchor': 'middle', 'font-size': 10 });
      t.textContent = m.month;
      svg.append(t);
    }
  });
  const legend = el('div', { class: 'legend' }, QUADS.map(([, label], q) =>
    el('span', {}, el('i', { style: 'background:' + QUAD_COLOURS[q] }), label)));
  box.replaceChildren(svg, legend);
}

function dyadSection(id, partners) {
  const box = el('div', { id: 'dyad-chart' });
  const select = el('select', { id: 'dyad-partner', 'aria-label': 'partner' },
                    partners.map((c) => el('option', { value: c.partner.id }, c.partner.name)));
  const load = async () => {
    if (!select.value) return box.replaceChildren(el('p', { class: 'muted' }, 'No partners to compare.'));
    try { drawDyad(box, await api('dyad', { a: id, b: select.value, ...dates() })); }
    catch (e) { box.replaceChildren(el('p', { class: 'muted' }, e.message)); }
  };
  select.addEventListener('change', load);
  load();
  return el('section', {}, el('div', { class: 'controls' }, el('h2', {}, 'Relations over time with'), select), box);
}

function hopText(h) {
  const r = h.relation;
  return [actorLink(r.source), ' —', r.code + ' ' + r.label, '→ ', actorLink(r.target),
          el('span', { class: 'muted' }, ' ' + (r.date || 'undated') + (h.relations > 1 ? ' (+' + (h.relations - 1) + ' more)' : ''))];
}

function pathSection(fromId) {
  const from = el('input', { id: 'path-from', placeholder: 'from (name or #id)', value: fromId ? '#' + fromId : '' });
  const to = el('input', { id: 'path-to', placeholder: 'to (name or #id)' });
  const out = el('div', { id: 'path-result' });
  const find = async (e) => {
    e.preventDefault();
    out.replaceChildren(el('p', { class: 'muted' }, 'Searching…'));
    try {
      const r = await api('path', { from: from.value.trim(), to: to.value.trim(), k: 3, start: state.from, end: state.to });
      if (!r.paths.length) return out.replaceChildren(el('p', { class: 'muted' }, 'No chain within ' + r.max_hops + ' steps.'));
      out.replaceChildren(...r.paths.map((p, i) => el('div', {},
        el('strong', {}, 'Chain ' + (i + 1) + ' (' + p.length + ' steps)'),
        el('ol', { class: 'chain' }, p.map((h) => el('li', {}, hopText(h)))))),
        r.cut ? el('p', { class: 'muted' }, 'The search was cut short; there may be more chains.') : '');
    } catch (err) { out.replaceChildren(el('p', { class: 'muted' }, err.message)); }
  };
  const form = el('form', { class: 'controls', id: 'path-form' }, from, to, el('button', { type: 'submit' }, 'Find path'));
  form.addEventListener('submit', find);
  return el('section', {}, el('h2', {}, 'Path finder'), form, out);
}

async function actorView(id) {
  const p = await api('actor/' + id, { top: 12, ...dates() });
  document.title = p.name + ' · dipgraph';
  $('view').replaceChildren(profileSection(p), egoSection(id), whoMetSection(id),
                            dyadSection(id, p.top_partners), pathSection(id));
}

// ---- routing ----

let routeSeq = 0;
async function route() {
  const seq = ++routeSeq;
  showError('');
  const m = location.hash.match(/^#\/actor\/(\d+)$/);
  try {
    if (m) await actorView(m[1]);
    else { document.title = 'dipgraph explorer'; await homeView(); }
  } catch (e) {
    if (seq === routeSeq) showError(e.message);
  }
  window.scrollTo(0, 0);
}

async function footer() {
  try {
    const s = await api('stats');
    $('stats').textContent = s.actors + ' actors · ' + s.relations + ' relations · ' + s.documents + ' documents';
  } catch (e) { /* the views report errors */ }
}

setupSearch();
setupRange();
window.addEventListener('hashchange', route);
route();
footer();
