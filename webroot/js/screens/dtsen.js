// DTSEN targeting (#/dtsen): an ADMIN uploads an extract (CSV or XLSX, with the extract's
// date); the office sees the last imports; everyone sees "eligible but not covered" per
// kelurahan for a chosen highest decile, and drills down into a kelurahan's work list (NIK
// masked). A field officer's table holds their kelurahan only; the API decides that.
import * as api from '../api.js';
import { h, fill } from '../dom.js';
import { dataTable, col, actionsCol, tableWrap } from '../table.js';
import { t } from '../i18n.js';
import { date, dateTime, number } from '../format.js';
import { busy, clearProblem, field, fieldMessage, formAlert, problemMessage, showProblem } from '../forms.js';
import { listQuery, messageRow, tablePager } from '../pager.js';
import { dateInput, dateValue } from '../date-input.js';

const PAGE_SIZE = 20;

/** "rows[12].decile" → "Row 12 · DESIL: …"; anything else as the forms show it. */
function rowErrors(error) {
  const rows = error.errors.filter((e) => /^rows\[\d+\]/.test(e.field || ''));
  if (!rows.length) return null;
  return h('ul', { class: 'dtsen-row-errors' }, rows.map((e) => {
    const [, row, column] = /^rows\[(\d+)\]\.?(\w*)/.exec(e.field);
    return h('li', { 'data-row': row }, t('dtsen.row_error', { row, column: t(`dtsen.column.${column || 'row'}`) }), ' ',
      fieldMessage(e));
  }));
}

function uploadCard(onImported) {
  const extractDate = dateInput({ attributes: { name: 'extractDate', id: 'dtsen-extract-date', required: true } });
  const file = h('input', { type: 'file', name: 'file', id: 'dtsen-file', accept: '.csv,.xlsx,text/csv', required: true });
  const result = h('div', { class: 'notice-slot', 'aria-live': 'polite' });
  const form = h('form', { class: 'form', novalidate: true },
    field({ name: 'extractDate', label: t('dtsen.extract_date'), control: extractDate, hint: t('dtsen.extract_date_hint') }),
    field({ name: 'file', label: t('dtsen.file'), control: file, hint: t('dtsen.file_hint') }),
    formAlert(),
    h('div', { class: 'form-actions' }, h('button', { type: 'submit', class: 'button primary' }, t('dtsen.upload'))));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearProblem(form);
    fill(result);
    const data = new FormData();
    data.append('extractDate', dateValue(extractDate) ?? '');
    if (file.files[0]) data.append('file', file.files[0]);
    await busy(form, async () => {
      try {
        const done = await api.upload('/dtsen/imports', data);
        fill(result, h('p', { class: 'notice success', role: 'status' },
          t(done.created ? 'dtsen.imported' : 'dtsen.already_imported', { rows: number(done.rows), date: date(done.extractDate) })));
        onImported();
      } catch (error) {
        if (!(error instanceof api.ApiError)) throw error;
        showProblem(form, error);
        const list = rowErrors(error);
        if (list) fill(result, h('div', { class: 'notice error', role: 'alert' }, h('p', {}, t('dtsen.nothing_stored')), list));
      }
    });
  });
  return h('section', { class: 'card', 'aria-labelledby': 'dtsen-upload' },
    h('h2', { id: 'dtsen-upload', class: 'card-title' }, t('dtsen.upload_heading')), form, result);
}

function importsCard() {
  const body = h('tbody');
  const load = async () => {
    try {
      const { items } = await api.get('/dtsen/imports');
      fill(body, items.length ? items.map((i) => h('tr', { 'data-import-id': i.id },
        h('th', { scope: 'row' }, date(i.extractDate)),
        h('td', {}, dateTime(i.createdAt)),
        h('td', {}, i.format),
        h('td', { class: 'num' }, number(i.rows)))) : messageRow(4, t('dtsen.imports_empty')));
    } catch (error) {
      fill(body, messageRow(4, problemMessage(error), true));
    }
  };
  load();
  const element = h('section', { class: 'card flush', 'aria-labelledby': 'dtsen-imports' },
    h('div', { class: 'card-head' }, h('h2', { id: 'dtsen-imports', class: 'card-title' }, t('dtsen.imports_heading'))),
    tableWrap(dataTable({ caption: t('dtsen.imports_heading'),
      columns: ['dtsen.col.extract_date', 'dtsen.col.imported_at', 'dtsen.col.format', col('dtsen.col.rows', 'num')],
      body })));
  return { element, reload: load };
}

function workList(kelurahan, maxDecile, alive) {
  const body = h('tbody');
  const pager = tablePager({
    body,
    columns: 4,
    load: (cursor) => api.get(`/dtsen/not-covered/${encodeURIComponent(kelurahan.kelurahanCode)}/workers${
      listQuery(PAGE_SIZE, cursor, { maxDecile: String(maxDecile) })}`),
    row: (w) => h('tr', { 'data-worker-id': w.id },
      h('th', { scope: 'row' }, h('a', { href: `#/workers/${w.id}` }, w.fullName)),
      h('td', { class: 'codes' }, w.nikMasked),
      h('td', {}, w.category),
      h('td', { class: 'num' }, number(w.decile))),
    empty: () => t('dtsen.work_list_empty'),
    alive,
  });
  pager.first();
  return h('section', { class: 'card flush dtsen-work-list', 'aria-labelledby': 'dtsen-work-list' },
    h('div', { class: 'card-head' }, h('h2', { id: 'dtsen-work-list', class: 'card-title', tabindex: '-1' },
      t('dtsen.work_list_heading', { name: kelurahan.kelurahanName }))),
    tableWrap(dataTable({ caption: t('dtsen.work_list_heading', { name: kelurahan.kelurahanName }),
      columns: ['dtsen.col.name', 'dtsen.col.nik', 'dtsen.col.category', col('dtsen.col.decile', 'num')],
      body })),
    pager.element);
}

function notCoveredCard(alive) {
  const decile = h('select', { name: 'maxDecile', id: 'dtsen-max-decile' },
    Array.from({ length: 10 }, (_, i) => h('option', { value: String(i + 1), selected: i + 1 === 5 }, String(i + 1))));
  const body = h('tbody');
  const drill = h('div');
  const load = async () => {
    fill(drill);
    const max = Number(decile.value);
    try {
      const { items } = await api.get(`/dtsen/not-covered?maxDecile=${max}`);
      if (!alive()) return;
      fill(body, items.length ? items.map((k) => h('tr', { 'data-kelurahan': k.kelurahanCode },
        h('th', { scope: 'row' }, k.kelurahanName, h('span', { class: 'sub codes' }, k.kelurahanCode)),
        h('td', { class: 'num' }, number(k.eligible)),
        h('td', { class: 'num', 'data-col': 'not-covered' }, number(k.notCovered)),
        h('td', { class: 'actions' }, h('button', {
          type: 'button',
          class: 'button small secondary',
          'aria-label': t('dtsen.show_named', { name: k.kelurahanName }),
          onclick: () => {
            fill(drill, workList(k, max, alive));
            drill.querySelector('h2').focus();
          },
        }, t('dtsen.show'))))) : messageRow(4, t('dtsen.not_covered_empty')));
    } catch (error) {
      fill(body, messageRow(4, problemMessage(error), true));
    }
  };
  decile.addEventListener('change', load);
  load();
  return h('div', {},
    h('section', { class: 'card flush', 'aria-labelledby': 'dtsen-not-covered' },
      h('div', { class: 'card-head' }, h('h2', { id: 'dtsen-not-covered', class: 'card-title' }, t('dtsen.not_covered_heading')),
        field({ name: 'maxDecile', label: t('dtsen.max_decile'), control: decile })),
      tableWrap(dataTable({ className: 'dtsen-table', caption: t('dtsen.not_covered_heading'),
        columns: ['dtsen.col.kelurahan', col('dtsen.col.eligible', 'num'), col('dtsen.col.not_covered', 'num'),
          actionsCol()],
        body }))),
    drill);
}

export function render(main, { user, alive }) {
  const office = user.role !== 'FIELD_OFFICER';
  const imports = office ? importsCard() : null;
  // Element.append writes a null as the text "null": leave the cards this role has not out.
  main.append(...[
    h('div', { class: 'page-head' }, h('h1', { tabindex: '-1' }, t('nav.dtsen'))),
    h('p', { class: 'lead' }, t('dtsen.lead')),
    user.role === 'ADMIN' ? uploadCard(() => imports.reload()) : null,
    imports ? imports.element : null,
    notCoveredCard(alive)].filter(Boolean));
}
