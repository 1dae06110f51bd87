// Workers: search (a name, or the first digits of a NIK) with region, category and coverage
// filters, paged with the API's cursor; #/workers/<id> is one worker. The filters stay in
// this module's memory, never in the address: a NIK typed into the search must not end up
// in the browser history.
import * as api from '../api.js';
import { h, fill } from '../dom.js';
import { dataTable, tableWrap } from '../table.js';
import { t } from '../i18n.js';
import { date } from '../format.js';
import { field, problemMessage } from '../forms.js';
import { messageRow, tablePager } from '../pager.js';
import { options, reference, regionSelects } from '../reference.js';
import * as detail from './worker-detail.js';
import { coverageBadge, EDITORS } from './worker-detail.js';
import { openCreate } from './worker-dialog.js';
import * as importer from './worker-import.js';
import { exportPanel } from './worker-export.js';

const PAGE_SIZE = 20;
const COLUMNS = 6;
const COVERAGE = ['ACTIVE', 'LAPSED', 'NONE'];

// The last search, so Back from a worker returns to the same list.
let remembered = { q: '', kecamatanCode: '', kelurahanCode: '', category: '', coverage: '' };

/**
 * The list's filters as POST /workers/search takes them: a NIK typed into the search travels in a
 * body, never in a URL (where proxies and server logs would keep it).
 */
function searchBody(limit, cursor, filters) {
  const body = { limit };
  for (const [name, value] of Object.entries(filters)) {
    if (value) body[name] = value;
  }
  if (cursor) body.cursor = cursor;
  return body;
}

/** What follows #/workers/ in the address: [] (the list), [<id>], ['import'] or ['import', <job id>]. */
function addressParts() {
  return location.hash.replace(/^#\/?/, '').split(/[?]/)[0].split('/').slice(1).filter(Boolean);
}

export function render(main, context) {
  const [id, jobId] = addressParts();
  if (id === 'import') {
    importer.render(main, { ...context, jobId: jobId || null });
    return;
  }
  if (id) {
    detail.render(main, { ...context, id });
    return;
  }
  list(main, context);
}

function list(main, { user, alive }) {
  let filters = { ...remembered };
  const body = h('tbody');
  const table = dataTable({ caption: t('workers.caption'),
    columns: ['workers.col.name', 'workers.col.nik', 'workers.col.birthDate', 'workers.col.kelurahan',
      'workers.col.category', 'workers.col.coverage'],
    body });
  let ref = null;
  const pager = tablePager({
    body,
    columns: COLUMNS,
    load: (cursor) => api.post('/workers/search', searchBody(PAGE_SIZE, cursor, filters)),
    row,
    empty: () => t('workers.empty'),
    alive,
  });

  function row(worker) {
    return h('tr', { 'data-worker-id': worker.id },
      h('th', { scope: 'row' }, h('a', { href: `#/workers/${worker.id}` }, worker.fullName)),
      h('td', { class: 'codes' }, worker.nik),
      h('td', {}, date(worker.birthDate)),
      h('td', {}, ref ? ref.regionName(worker.kelurahanCode) : worker.kelurahanCode),
      h('td', {}, ref ? ref.categoryName(worker.category) : worker.category),
      h('td', {}, coverageBadge(worker.coverage)));
  }

  const search = h('input', { type: 'search', autocomplete: 'off', spellcheck: 'false', value: filters.q });
  const category = h('select', {});
  const coverage = h('select', {}, options(t('workers.any'), COVERAGE.map((c) => [c, t(`workers.coverage.${c}`)]), filters.coverage));
  const regionSlot = h('div', { class: 'filter-regions' });
  let regions = null;
  const form = h('form', {
    class: 'filters worker-filters',
    role: 'search',
    'aria-label': t('workers.filter.label'),
    onsubmit: (event) => {
      event.preventDefault();
      apply({
        q: search.value.trim(),
        kecamatanCode: regions && !regions.kelurahanSelect.value ? regions.kecamatanSelect.value : '',
        kelurahanCode: regions ? regions.kelurahanSelect.value : '',
        category: category.value,
        coverage: coverage.value,
      });
    },
  },
  field({ name: 'q', label: t('workers.filter.q'), control: search, hint: t('workers.filter.q_hint') }),
  regionSlot,
  field({ name: 'category', label: t('workers.field.category'), control: category }),
  field({ name: 'coverage', label: t('workers.col.coverage'), control: coverage }),
  h('div', { class: 'filter-actions' },
    h('button', { type: 'submit', class: 'button primary' }, t('workers.filter.apply')),
    h('button', { type: 'button', class: 'button secondary', onclick: clear }, t('audit.filter.clear'))));

  function apply(next) {
    filters = next;
    remembered = { ...next };
    pager.first();
  }

  function clear() {
    search.value = '';
    coverage.value = '';
    category.value = '';
    if (regions) {
      regions.kecamatanSelect.value = '';
      regions.kecamatanSelect.dispatchEvent(new Event('change'));
    }
    apply({ q: '', kecamatanCode: '', kelurahanCode: '', category: '', coverage: '' });
  }

  const canCreate = EDITORS.includes(user.role);
  main.append(...[
    h('div', { class: 'page-head' },
      h('h1', { tabindex: '-1' }, t('nav.workers')),
      h('div', { class: 'page-actions' },
        importer.IMPORTERS.includes(user.role) ? h('a', { class: 'button secondary', href: '#/workers/import' }, t('import.open')) : null,
        canCreate ? h('button', {
          type: 'button',
          class: 'button primary',
          'aria-haspopup': 'dialog',
          onclick: () => openCreate({
            user,
            onSaved: (saved) => {
              detail.flash(saved, 'workers.created');
              location.hash = `#/workers/${saved.id}`;
            },
          }),
        }, t('workers.new')) : null)),
    user.role === 'FIELD_OFFICER' ? h('p', { class: 'lead' }, t('workers.scope', { codes: user.kelurahanCodes.join(', ') })) : null,
    h('section', { class: 'card flush' },
      form,
      exportPanel({ user, filters: () => filters, alive }),
      tableWrap(table),
      pager.element),
  ].filter(Boolean));

  reference().then((loaded) => {
    if (!alive()) return;
    ref = loaded;
    regions = regionSelects(ref, {
      anyLabel: t('workers.any'),
      only: user.role === 'FIELD_OFFICER' ? user.kelurahanCodes : null,
      kelurahan: filters.kelurahanCode,
    });
    if (!filters.kelurahanCode && filters.kecamatanCode) {
      regions.kecamatanSelect.value = filters.kecamatanCode;
      regions.kecamatanSelect.dispatchEvent(new Event('change'));
    }
    fill(regionSlot,
      field({ name: 'kecamatanCode', label: t('workers.field.kecamatan'), control: regions.kecamatanSelect }),
      field({ name: 'kelurahanCode', label: t('workers.field.kelurahan'), control: regions.kelurahanSelect }));
    category.append(...options(t('workers.any'), ref.categories.map((c) => [c.code, ref.categoryName(c.code)]), filters.category));
    pager.first();
  }).catch((error) => {
    if (!alive()) return;
    fill(body, messageRow(COLUMNS, problemMessage(error), true));
  });
}
