// Audit trail (AUDITOR, ADMIN): entries newest first, filtered by entity and paged with the
// API's cursor, under the chain verification. The filters live in the address
// (#/audit?entityType=user&entityId=…), so a filtered view can be linked and Back undoes it.
import * as api from '../api.js';
import { h, fill } from '../dom.js';
import { dataTable, col, tableWrap } from '../table.js';
import { has, t } from '../i18n.js';
import { dateTime } from '../format.js';
import { field, problemMessage } from '../forms.js';
import { cursorPager, listQuery } from '../pager.js';
import { diffCell } from './audit-diff.js';
import { verifyPanel } from './audit-verify.js';

const PAGE_SIZE = 20;
const COLUMNS = 6;
// Suggestions only: any entity type the API records can be typed in.
const ENTITY_TYPES = ['user', 'worker', 'heir', 'membership', 'claim', 'claim_document', 'payout', 'payout_batch',
  'premium_invoice', 'budget', 'tariff'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function filtersFromAddress() {
  const query = new URLSearchParams(location.hash.split('?')[1] || '');
  return { entityType: (query.get('entityType') || '').trim(), entityId: (query.get('entityId') || '').trim() };
}

function addressFor(filters) {
  const query = new URLSearchParams(Object.entries(filters).filter(([, value]) => value)).toString();
  return `#/audit${query ? `?${query}` : ''}`;
}

/** A translated label when we have one, else the API's own code. */
function labelOr(prefix, code) {
  return has(`${prefix}.${code}`) ? t(`${prefix}.${code}`) : code;
}

/** UUIDs are long and, being v7, alike at the start: the end tells them apart. */
function shortId(id) {
  return UUID.test(id) ? `…${id.slice(-8)}` : id;
}

/** "payout_batch.reconciled" may wrap after its dots, never inside a word. */
function breakable(code) {
  return code.split('.').flatMap((part, index) => (index ? ['.', h('wbr'), part] : [part]));
}

export function render(main, { user: me, alive }) {
  let filters = filtersFromAddress();
  let items = [];
  let brokenSeq = null;

  const body = h('tbody');
  const caption = h('caption', { class: 'visually-hidden' });
  const table = dataTable({ className: 'audit-table', caption,
    columns: [col('audit.col.seq', 'seq'), 'audit.col.time', 'audit.col.actor', 'audit.col.action',
      'audit.col.entity', 'audit.col.changes'],
    body });
  const pager = cursorPager({
    load: (cursor) => api.get(`/audit${listQuery(PAGE_SIZE, cursor, filters)}`),
    draw: (page) => {
      items = page;
      draw();
    },
    fail: (error) => {
      items = [];
      fill(body, h('tr', {}, h('td', { colspan: COLUMNS, class: 'empty error' }, problemMessage(error))));
    },
    alive,
  });

  function draw() {
    fill(body, items.length ? items.map(row)
      : h('tr', {}, h('td', { colspan: COLUMNS, class: 'empty' }, t(filtered() ? 'audit.empty_filtered' : 'audit.empty'))));
  }

  function filtered() {
    return Boolean(filters.entityType || filters.entityId);
  }

  function actor(entry) {
    if (!entry.actorId) return h('span', { class: 'muted' }, t('audit.actor.system'));
    return [
      entry.actorId === me.id ? h('span', {}, t('audit.actor.you'))
        : h('span', { class: 'codes short-id', title: entry.actorId }, shortId(entry.actorId)),
      ' ',
      entry.actorRole ? h('span', { class: `badge role-${entry.actorRole.toLowerCase()}` }, labelOr('role', entry.actorRole)) : null,
    ];
  }

  function entity(entry) {
    const type = labelOr('audit.entity', entry.entityType);
    return [
      h('span', { class: 'entity-type' }, type), ' ',
      h('button', {
        type: 'button',
        class: 'link-button codes short-id',
        title: entry.entityId,
        'aria-label': t('audit.entity.history', { type, id: entry.entityId }),
        onclick: () => apply({ entityType: entry.entityType, entityId: entry.entityId }),
      }, shortId(entry.entityId)),
    ];
  }

  function row(entry) {
    const broken = entry.seq === brokenSeq;
    return h('tr', { 'data-seq': entry.seq, class: broken ? 'broken' : null, tabindex: broken ? '-1' : null },
      h('th', { scope: 'row', class: 'seq' }, `#${entry.seq}`,
        broken ? h('span', { class: 'badge danger' }, t('audit.broken_badge')) : null),
      h('td', { class: 'time' }, dateTime(entry.occurredAt)),
      h('td', {}, actor(entry)),
      h('td', {}, labelOr('audit.action', entry.action), h('span', { class: 'codes action-code' }, breakable(entry.action))),
      h('td', {}, entity(entry)),
      h('td', { class: 'changes' }, diffCell(entry)));
  }

  /**
   * Marks the first broken entry and reloads the page, so it shows what is stored now (a
   * tampered entry with its tampered content); resolves to the broken entry's row if shown.
   */
  async function verified(verification) {
    brokenSeq = verification.valid ? null : verification.firstBrokenSeq;
    await pager.reload();
    return brokenSeq === null ? null : body.querySelector(`tr[data-seq="${brokenSeq}"]`);
  }

  const typeInput = h('input', { type: 'text', list: 'audit-entity-types', autocomplete: 'off', spellcheck: 'false' });
  const idInput = h('input', { type: 'text', autocomplete: 'off', spellcheck: 'false' });
  const form = h('form', {
    class: 'filters',
    'aria-label': t('audit.filter.label'),
    onsubmit: (event) => {
      event.preventDefault();
      apply({ entityType: typeInput.value.trim(), entityId: idInput.value.trim() });
    },
  },
  field({ name: 'entityType', label: t('audit.filter.type'), control: typeInput, hint: t('audit.filter.type_hint') }),
  h('datalist', { id: 'audit-entity-types' }, ENTITY_TYPES.map((type) => h('option', { value: type }, labelOr('audit.entity', type)))),
  field({ name: 'entityId', label: t('audit.filter.id'), control: idInput }),
  h('div', { class: 'filter-actions' },
    h('button', { type: 'submit', class: 'button primary' }, t('audit.filter.apply')),
    h('button', { type: 'button', class: 'button secondary', onclick: () => apply({ entityType: '', entityId: '' }) },
      t('audit.filter.clear'))));

  function showFilters() {
    typeInput.value = filters.entityType;
    idInput.value = filters.entityId;
    caption.textContent = filtered()
      ? t('audit.caption_filtered', { type: filters.entityType || '*', id: filters.entityId || '*' })
      : t('audit.caption');
  }

  /** New filters: into the address (a history step), then the first page. */
  function apply(next) {
    filters = next;
    const address = addressFor(filters);
    if (address !== location.hash) history.pushState(null, '', address);
    showFilters();
    pager.first();
  }

  main.append(
    h('h1', { tabindex: '-1' }, t('nav.audit')),
    h('p', { class: 'lead' }, t('audit.lead')),
    verifyPanel({ alive, onResult: verified }),
    h('section', { class: 'card flush', 'aria-label': t('audit.entries') },
      form,
      tableWrap(table),
      pager.element));
  showFilters();
  pager.first();
}
