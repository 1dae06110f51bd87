// Audit trail (AUDITOR, ADMIN): entries newest first under the chain verification, each with its
// actor by name, the action and entity in words, the person it is about, and what changed in
// words (amounts in rupiah, statuses translated). Filters: period, actor, action, person (a NIK
// typed here goes in a POST body and stays out of the address; a person chosen by link is a
// worker id), entity. The filters without the NIK live in the address (#/audit?actorId=…), so a
// filtered view can be linked and Back undoes it; the filtered trail downloads as XLSX or CSV.
import * as api from '../api.js';
import { h, fill } from '../dom.js';
import { dataTable, col, tableWrap } from '../table.js';
import { t } from '../i18n.js';
import { dateTime, shortId } from '../format.js';
import { problemMessage } from '../forms.js';
import { downloadButton } from '../files.js';
import { cursorPager, listQuery } from '../pager.js';
import { diffCell } from './audit-diff.js';
import { verifyPanel } from './audit-verify.js';
import { auditFilters, labelOr, NAMES } from './audit-filters.js';

const PAGE_SIZE = 20;
const COLUMNS = 6;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function filtersFromAddress() {
  const query = new URLSearchParams(location.hash.split('?')[1] || '');
  return Object.fromEntries(NAMES.map((name) => [name, (query.get(name) || '').trim()]));
}

function addressFor(filters) {
  const query = new URLSearchParams(Object.entries(filters).filter(([, value]) => value)).toString();
  return `#/audit${query ? `?${query}` : ''}`;
}

function given(filters) {
  return Object.fromEntries(Object.entries(filters).filter(([, value]) => value));
}

/** "payout_batch.reconciled" may wrap after its dots, never inside a word. */
function breakable(code) {
  return code.split('.').flatMap((part, index) => (index ? ['.', h('wbr'), part] : [part]));
}

export function render(main, { user: me, alive }) {
  let filters = filtersFromAddress();
  let nik = '';
  let items = [];
  let brokenSeq = null;

  const body = h('tbody');
  const caption = h('caption', { class: 'visually-hidden' });
  const table = dataTable({ className: 'audit-table', caption,
    columns: [col('audit.col.seq', 'seq'), 'audit.col.time', 'audit.col.actor', 'audit.col.action',
      'audit.col.entity', 'audit.col.changes'],
    body });
  const pager = cursorPager({
    load: (cursor) => (nik
      ? api.post(`/audit/by-nik${listQuery(PAGE_SIZE, cursor)}`, { nik, ...given({ ...filters, workerId: '' }) })
      : api.get(`/audit${listQuery(PAGE_SIZE, cursor, filters)}`)),
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
    const named = items.find((entry) => entry.person && entry.person.workerId === filters.workerId);
    form.showPerson(named ? named.person.name : null);
  }

  function filtered() {
    return Boolean(nik || Object.values(filters).some(Boolean));
  }

  function actor(entry) {
    if (!entry.actorId) return h('span', { class: 'muted' }, t('audit.actor.system'));
    const name = entry.actorName || shortId(entry.actorId);
    return [
      entry.actorId === me.id ? h('span', { title: name }, t('audit.actor.you'))
        : h('button', {
          type: 'button',
          class: 'link-button',
          'aria-label': t('audit.actor.history', { name }),
          onclick: () => apply({ ...filters, actorId: entry.actorId }),
        }, name),
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
        onclick: () => apply({ ...filters, entityType: entry.entityType, entityId: entry.entityId }),
      }, entry.entityNumber || (UUID.test(entry.entityId) ? shortId(entry.entityId) : entry.entityId)),
      entry.person ? h('p', { class: 'audit-about' }, h('button', {
        type: 'button',
        class: 'link-button',
        'aria-label': t('audit.person.history', { name: entry.person.name }),
        onclick: () => {
          nik = '';
          apply({ ...filters, workerId: entry.person.workerId, entityType: '', entityId: '' });
        },
      }, entry.person.name)) : null,
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

  const form = auditFilters({ onApply: (next, typedNik) => { nik = typedNik; apply(next); }, alive });

  function showFilters() {
    form.set(filters, nik);
    caption.textContent = filtered() ? t('audit.caption_filtered_any') : t('audit.caption');
  }

  /** New filters: into the address (a history step; never the NIK), then the first page. */
  function apply(next) {
    filters = next;
    const address = addressFor(filters);
    if (address !== location.hash) history.pushState(null, '', address);
    showFilters();
    pager.first();
  }

  const exportStatus = h('p', { class: 'hint', role: 'status' });
  const download = (format) => downloadButton({
    label: t(`audit.export.${format.toLowerCase()}`),
    status: exportStatus,
    alive,
    fetch: () => api.download('/audit/export', {
      method: 'POST', body: { format, ...given(nik ? { ...filters, workerId: '' } : filters), ...(nik ? { nik } : {}) },
    }),
  });

  main.append(
    h('h1', { tabindex: '-1' }, t('nav.audit')),
    h('p', { class: 'lead' }, t('audit.lead')),
    verifyPanel({ alive, onResult: verified }),
    h('section', { class: 'card flush', 'aria-label': t('audit.entries') },
      form.element,
      h('div', { class: 'audit-export' }, h('span', { class: 'audit-export-label' }, t('audit.export.label')),
        download('XLSX'), download('CSV'), exportStatus),
      tableWrap(table),
      pager.element));
  showFilters();
  pager.first();
}
