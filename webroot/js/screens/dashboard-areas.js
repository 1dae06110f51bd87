// Coverage by area, from the city down: a tile map of every kelurahan laid out per kecamatan
// (no map service: a grid of tiles, each with its name and figure in text, coloured by band),
// and a drill-down kecamatan → kelurahan with each area's table and trend; over several regencies
// (a province), those of the regency or kecamatan chosen above the cards (dashboard-region.js).
// A field officer gets their own kelurahan only (myAreaCard).
import * as api from '../api.js';
import { h, fill } from '../dom.js';
import { t } from '../i18n.js';
import { number, percent2, rupiah } from '../format.js';
import { problemMessage } from '../forms.js';
import { dataTable, col, tableWrap } from '../table.js';
import { reference } from '../reference.js';
import { trendSlot } from './dashboard-trend.js';
import { chosenArea, registryName } from './dashboard-region.js';

const BANDS = 4;
const has = (value) => value !== undefined && value !== null;

/**
 * What tiles are coloured by: UCJ when every kelurahan has a baseline, else the members covered.
 * Band 0 is none at all; bands 1–4 split (0, max] in four equal steps. bounds(b) is the band's
 * range as the legend writes it (null when no figure falls in it: whole counts below 4).
 */
function measure(rows) {
  const ucj = rows.length > 0 && rows.every((r) => has(r.ucjPercent));
  const value = (r) => (ucj ? Number(r.ucjPercent) : r.covered);
  const max = Math.max(0, ...rows.map(value));
  const band = (r) => (value(r) <= 0 || max <= 0 ? 0 : Math.min(BANDS, Math.ceil((value(r) / max) * BANDS)));
  const text = (r) => (ucj ? percent2(r.ucjPercent) : number(r.covered));
  const bounds = (b) => {
    if (ucj) {
      const edge = (k) => percent2(Math.round(((max * k) / BANDS) * 100) / 100);
      return { from: b === 1 ? `> ${percent2(0)}` : `> ${edge(b - 1)}`, to: edge(b) };
    }
    const from = Math.floor((max * (b - 1)) / BANDS) + 1;
    const to = Math.floor((max * b) / BANDS);
    return from > to ? null : { from: number(from), to: number(to) };
  };
  return { ucj, band, text, bounds, max };
}

function legend(m) {
  const items = [h('li', { class: 'band-0' }, t('areas.band.none'))];
  for (let b = 1; b <= BANDS && m.max > 0; b += 1) {
    const range = m.bounds(b);
    if (range) items.push(h('li', { class: `band-${b}` }, range.from === range.to ? range.to : t('areas.band.range', range)));
  }
  return h('div', { class: 'tile-legend' },
    h('p', { class: 'hint' }, t(m.ucj ? 'areas.coloured_by_ucj' : 'areas.coloured_by_covered')),
    h('ul', { class: 'legend bands', 'aria-label': t('areas.legend') }, items));
}

function tileGroup(kecamatan, rows, m, go) {
  const id = `tiles-${kecamatan.key.replace(/\./g, '-')}`;
  return h('section', { class: 'tile-group', 'aria-labelledby': id },
    h('h3', { id }, h('button', { type: 'button', class: 'link-button', 'data-kecamatan': kecamatan.key,
      onclick: () => go({ kind: 'kecamatan', code: kecamatan.key }) }, t('areas.kecamatan', { name: kecamatan.name }))),
    h('ul', { class: 'tile-map-grid' }, rows.map((r) => h('li', {},
      h('button', { type: 'button', class: `map-tile band-${m.band(r)}`, 'data-kelurahan': r.key,
        onclick: () => go({ kind: 'kelurahan', code: r.key }) },
        h('span', { class: 'map-tile-name' }, r.name),
        h('strong', { class: 'map-tile-value' }, m.text(r)),
        h('span', { class: 'map-tile-unit' }, t(m.ucj ? 'areas.unit.ucj' : 'areas.unit.covered')))))));
}

function areaTable(rows, caption, go) {
  return tableWrap(dataTable({ className: 'compact area-table', caption: h('caption', {}, caption),
    columns: ['areas.col.kelurahan', col('dashboard.col.covered', 'num'), col('dashboard.col.target', 'num'),
      col('dashboard.col.ucj', 'num'), col('dashboard.col.premium', 'num')],
    body: h('tbody', {}, rows.map((r) => h('tr', { 'data-key': r.key },
      h('th', { scope: 'row' }, h('button', { type: 'button', class: 'link-button', onclick: () => go({ kind: 'kelurahan', code: r.key }) }, r.name)),
      h('td', { class: 'num' }, number(r.covered)),
      h('td', { class: 'num' }, has(r.target) ? number(r.target) : '—'),
      h('td', { class: 'num' }, has(r.ucjPercent) ? percent2(r.ucjPercent) : '—'),
      h('td', { class: 'num money' }, rupiah(r.monthlyPremium))))) }));
}

/** GET /coverage of both area groupings within a regency, or one of its kecamatan. */
async function regionReport({ regency, kecamatan }) {
  const [kec, kel] = await Promise.all([api.get(`/coverage?groupBy=kecamatan&within=${encodeURIComponent(regency.code)}`),
    api.get(`/coverage?groupBy=kelurahan&within=${encodeURIComponent(kecamatan || regency.code)}`)]);
  return { kecamatan: kecamatan ? kec.rows.filter((r) => r.key === kecamatan) : kec.rows, kelurahan: kel.rows, city: regency.name };
}

/**
 * The areas card for roles that read city-wide figures: `kecamatanReport` is the dashboard's
 * GET /coverage?groupBy=kecamatan promise; the kelurahan report is read here. A registry of
 * several regencies waits for a regency in `region` (dashboard-region.js) and reads only its areas.
 */
export function areasCard(card, kecamatanReport, region, alive) {
  let data = null;
  let body = null;
  let level = { kind: 'city' };
  let asked = 0;
  // Over several regencies nothing is read until one is chosen: a province has thousands of kelurahan.
  const load = async () => {
    const ref = await reference();
    if (ref.regencies.length > 1) return { ref };
    const [kec, kel] = await Promise.all([kecamatanReport, api.get('/coverage?groupBy=kelurahan')]);
    data = { kecamatan: kec.rows, kelurahan: kel.rows, city: registryName(ref) };
    return { ref };
  };

  function go(next) {
    level = next;
    fill(body, view());
    body.querySelector('[aria-current="location"]')?.focus();
  }

  /** A regency (and kecamatan) chosen: its areas replace the shown ones; the latest choice wins. */
  function narrow(choice, status) {
    const mine = ++asked;
    data = null;
    level = { kind: 'city' };
    status.textContent = '';
    if (!choice.regency) {
      fill(body, h('p', { class: 'hint' }, t('areas.choose_first')));
      return;
    }
    fill(body, h('p', { class: 'muted' }, t('app.loading')));
    regionReport(choice).then((report) => {
      if (!alive() || mine !== asked) return;
      data = report;
      fill(body, view());
      status.textContent = t('areas.showing',
        { name: chosenArea(choice).name, kecamatan: number(data.kecamatan.length), kelurahan: number(data.kelurahan.length) });
    }, (error) => {
      if (alive() && mine === asked) fill(body, h('p', { class: 'form-error', role: 'alert' }, problemMessage(error)));
    });
  }

  function crumbs(kecamatan, kelurahan) {
    const step = (label, target, current) => h('li', {}, current
      ? h('span', { 'aria-current': 'location', tabindex: '-1' }, label)
      : h('button', { type: 'button', class: 'link-button', onclick: () => go(target) }, label));
    // A list, not a navigation landmark: it moves within this card, never to another page.
    return h('div', { class: 'breadcrumb' }, h('ol', { 'aria-label': t('areas.breadcrumb') },
      step(data.city, { kind: 'city' }, !kecamatan),
      kecamatan ? step(t('areas.kecamatan', { name: kecamatan.name }), { kind: 'kecamatan', code: kecamatan.key }, !kelurahan) : null,
      kelurahan ? step(t('areas.kelurahan', { name: kelurahan.name }), null, true) : null));
  }

  function view() {
    const m = measure(data.kelurahan);
    const under = (k) => data.kelurahan.filter((r) => r.key.startsWith(`${k.key}.`));
    if (level.kind === 'city') {
      return [crumbs(), legend(m), h('div', { class: 'tile-map' }, data.kecamatan.map((k) => tileGroup(k, under(k), m, go)))];
    }
    const kecamatan = data.kecamatan.find((k) => level.code.startsWith(k.key));
    if (level.kind === 'kecamatan') {
      const name = t('areas.kecamatan', { name: kecamatan.name });
      return [crumbs(kecamatan), legend(m), h('div', { class: 'tile-map' }, tileGroup(kecamatan, under(kecamatan), m, go)),
        areaTable(under(kecamatan), t('areas.kelurahan_caption', { name }), go), trendSlot(kecamatan.key, name, alive)];
    }
    const kelurahan = data.kelurahan.find((r) => r.key === level.code);
    const name = t('areas.kelurahan', { name: kelurahan.name });
    return [crumbs(kecamatan, kelurahan), areaTable([kelurahan], t('areas.kelurahan_caption', { name }), go),
      trendSlot(kelurahan.key, name, alive)];
  }

  return card('dashboard-areas', t('areas.heading'), load, ({ ref }) => {
    body = h('div', { class: 'areas' });
    if (ref.regencies.length < 2) return fill(body, view());
    const status = h('p', { class: 'hint region-status', 'aria-live': 'polite' });
    region.subscribe((chosen) => narrow(chosen, status));
    narrow(region.current(), status);
    return [status, body];
  }, alive);
}

/**
 * A field officer's own area: their kelurahan together, or one of them chosen by name, with its
 * members, enrolments and (where the kelurahan has a baseline) UCJ. No money figures.
 */
export function myAreaCard(card, user, alive) {
  return card('dashboard-my-area', t('areas.mine_heading'), () => reference(), (ref) => {
    const label = (code) => t('areas.kelurahan_of', { name: ref.regionName(code), kecamatan: ref.regionName(code.slice(0, 8)) });
    const slot = h('div', { class: 'trend-slot' });
    const show = (code) => fill(slot, trendSlot(code || null, code ? label(code) : t('areas.all_mine'), alive));
    const choice = user.kelurahanCodes.length > 1
      ? h('div', { class: 'field' },
        h('label', { for: 'my-area-choice' }, t('areas.choose_mine')),
        h('select', { id: 'my-area-choice', onchange: (event) => show(event.target.value) },
          h('option', { value: '' }, t('areas.all_mine')),
          user.kelurahanCodes.map((code) => h('option', { value: code }, label(code)))))
      : null;
    show(user.kelurahanCodes.length === 1 ? user.kelurahanCodes[0] : '');
    return [h('p', { class: 'hint' }, t('areas.mine_intro', { areas: user.kelurahanCodes.map(label).join('; ') })), choice, slot];
  }, alive);
}
