// Regions (#/regions): every kecamatan with its kelurahan and their Kemendagri codes, the areas
// workers, field officers and coverage baselines are recorded in. Every role reads them; an ADMIN
// loads a CSV of code,name (POST /regions/import: every row or none, existing codes renamed).
import * as api from '../api.js';
import { h, fill } from '../dom.js';
import { dataTable, col, tableWrap } from '../table.js';
import { t } from '../i18n.js';
import { number } from '../format.js';
import { busy, field, fieldMessage, formAlert, problemMessage } from '../forms.js';
import { forgetReference } from '../reference.js';
import { loadRows, noticeLine } from './money-common.js';

/** The role that loads regions (x-roles of POST /regions/import). */
const REGION_WRITERS = ['ADMIN'];

/** "rows[3].code" → "Data row 4 (code)"; a problem of the whole file as it is. */
function where(entry) {
  const match = /^rows\[(\d+)\](?:\.(\w+))?$/.exec(String(entry.field || ''));
  if (!match) return null;
  return t('regions.row', { row: Number(match[1]) + 1 }) + (match[2] ? ` (${match[2]})` : '');
}

function refusal(error) {
  if (!error.errors.length) return h('p', { class: 'form-error', role: 'alert' }, problemMessage(error));
  return h('div', { class: 'form-error rejected-rows', role: 'alert' },
    h('p', {}, h('strong', {}, t('regions.rejected'))),
    h('ul', {}, error.errors.map((entry) => h('li', { 'data-field': entry.field, 'data-code': entry.code },
      where(entry) ? [h('strong', {}, where(entry)), ': '] : null, fieldMessage(entry)))));
}

/** The import card: a CSV file, sent as it is under one key per intent. */
function importForm(onLoaded) {
  let once = api.intent();
  const file = h('input', { type: 'file', accept: '.csv,text/csv' });
  const result = h('div');
  const form = h('form', { class: 'stack region-import', novalidate: true },
    field({ name: 'file', label: t('regions.file'), control: file, hint: t('regions.file_hint') }),
    formAlert(),
    h('div', { class: 'actions-row' }, h('button', { type: 'submit', class: 'button primary' }, t('regions.import'))),
    result);
  file.addEventListener('change', () => {
    once = api.intent();
    fill(result);
  });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    fill(result);
    const chosen = file.files[0];
    if (!chosen) {
      fill(result, h('p', { class: 'form-error', role: 'alert' }, t('regions.no_file')));
      return;
    }
    await busy(form, async () => {
      try {
        const answer = await once((key) => api.postFile('/regions/import', chosen, 'text/csv', key));
        forgetReference();
        onLoaded(answer.body);
      } catch (error) {
        fill(result, refusal(error));
        result.querySelector('[role=alert]').tabIndex = -1;
        result.querySelector('[role=alert]').focus();
      }
    });
  });
  return h('section', { class: 'card', 'aria-labelledby': 'region-import' },
    h('h2', { id: 'region-import' }, t('regions.import_heading')), form);
}

function kelurahanList(kecamatan) {
  return h('details', {},
    h('summary', {}, t('regions.show_kelurahan', { count: number(kecamatan.kelurahan.length), name: kecamatan.name })),
    h('ul', {}, kecamatan.kelurahan.map((k) => h('li', { 'data-region': k.code },
      k.name, ' ', h('span', { class: 'codes' }, k.code)))));
}

export function render(main, { user, alive }) {
  const notice = noticeLine();
  const body = h('tbody');

  function show() {
    return loadRows({
      body,
      columns: 3,
      alive,
      empty: t('regions.empty'),
      load: async () => (await api.get('/regions')).items,
      row: (k) => h('tr', { 'data-region': k.code },
        h('th', { scope: 'row' }, k.name, h('span', { class: 'sub codes' }, k.code)),
        h('td', { class: 'num' }, number(k.kelurahan.length)),
        h('td', {}, k.kelurahan.length ? kelurahanList(k) : '—')),
    });
  }

  main.append(
    h('h1', { tabindex: '-1' }, t('nav.regions')),
    h('p', { class: 'lead' }, t('regions.lead')),
    notice.element,
    REGION_WRITERS.includes(user.role) ? importForm((count) => {
      notice.says(t('regions.loaded', { rows: number(count.rows), inserted: number(count.inserted), updated: number(count.updated) }));
      show();
    }) : null,
    h('section', { class: 'card flush' }, tableWrap(dataTable({ className: 'region-table', caption: t('regions.caption'),
      columns: ['regions.col.kecamatan', col('regions.col.count', 'num'), 'regions.col.kelurahan'],
      body }))));
  show();
}
