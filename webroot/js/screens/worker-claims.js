// A worker's claims, newest first, on the worker's page; each leads to the claim. The server
// applies the caller's scope, as for every claim list. "File a claim" (claim-file-dialog.js)
// leads to the new claim's page; "Record santunan event" (santunan-event-dialog.js, OPERATOR)
// to the city santunan it gave.
import * as api from '../api.js';
import { h } from '../dom.js';
import { dataTable, col, tableWrap } from '../table.js';
import { t } from '../i18n.js';
import { date, dateTime, rupiah } from '../format.js';
import { listQuery, tablePager } from '../pager.js';
import { claimStatusBadge, eligibilityBadge } from './claim-detail.js';
import { FILERS, openFileClaim } from './claim-file-dialog.js';
import { EVENT_RECORDERS, openSantunanEvent } from './santunan-event-dialog.js';

const PAGE_SIZE = 10;
const COLUMNS = 5;

/** The card; it loads its first page at once. */
export function workerClaimsCard(workerId, { user, alive }) {
  const body = h('tbody');
  const pager = tablePager({
    body,
    columns: COLUMNS,
    load: (cursor) => api.get(`/claims${listQuery(PAGE_SIZE, cursor, { workerId })}`),
    row: (claim) => h('tr', { 'data-claim-id': claim.id },
      h('th', { scope: 'row' }, h('a', { href: `#/claims/${claim.id}` }, t(`claims.type.${claim.type}`)),
        h('span', { class: 'sub codes record-number', title: claim.id }, claim.number)),
      h('td', {}, date(claim.incidentDate)),
      h('td', {}, claimStatusBadge(claim.status), ' ', eligibilityBadge(claim)),
      h('td', { class: 'money' }, rupiah(claim.entitlement.total)),
      h('td', {}, dateTime(claim.createdAt))),
    empty: () => t('workers.claims.none'),
    alive,
  });
  pager.first();
  // The santunan the event gave: its first entitlement's page, where payouts are made.
  function recorded(result) {
    const first = (result.entitlements || [])[0];
    if (first) location.hash = `#/santunan/entitlements/${first.id}`;
  }
  return h('section', { class: 'card flush worker-claims', 'aria-labelledby': 'worker-claims' },
    h('div', { class: 'card-head' },
      h('h2', { id: 'worker-claims', class: 'card-title' }, t('workers.claims.heading')),
      FILERS.includes(user.role) ? h('button', {
        type: 'button',
        class: 'button primary small',
        onclick: () => openFileClaim({ workerId, onFiled: (claim) => { location.hash = `#/claims/${claim.id}`; } }),
      }, t('claims.file.open')) : null,
      EVENT_RECORDERS.includes(user.role) ? h('button', {
        type: 'button',
        class: 'button secondary small',
        onclick: () => openSantunanEvent({ workerId, onRecorded: recorded }),
      }, t('santunan.event.open')) : null),
    tableWrap(dataTable({ caption: t('workers.claims.heading'),
      columns: ['claims.col.type', 'claims.col.incident', 'claims.col.status',
        col('claims.col.entitlement', 'money'), 'claims.col.filed'],
      body })),
    pager.element);
}
