// "Cases overdue" (#/cases-overdue): cases whose service clock ran out — BPJS has not paid a
// complete JKM file within 3 working days or a JKK file within 7, or a work accident was not
// reported within 2 × 24 hours — the longest overdue first; below them, the cases BPJS
// answered short or paid to someone other than the first heir class, and the clocks' durations
// (service-durations.js). Field officers see their kelurahan only (the server's scope).
import * as api from '../api.js';
import { h, fill } from '../dom.js';
import { t } from '../i18n.js';
import { date, rupiah } from '../format.js';
import { problemMessage } from '../forms.js';
import { claimStatusBadge } from './claim-detail.js';
import { clockState } from './claim-case.js';
import { durationsCard } from './service-durations.js';

function claimLink(claim) {
  return h('th', { scope: 'row' }, h('a', { href: `#/claims/${claim.id}` }, t(`claims.type.${claim.type}`)),
    h('span', { class: 'sub' }, claim.workerName || ''));
}

function overdueTable(items) {
  if (!items.length) return h('p', { class: 'muted', 'data-empty': 'overdue' }, t('cases.overdue_empty'));
  return h('div', { class: 'table-wrap' }, h('table', { class: 'table', 'data-table': 'overdue' },
    h('caption', { class: 'visually-hidden' }, t('cases.overdue_heading')),
    h('thead', {}, h('tr', {},
      h('th', { scope: 'col' }, t('claims.col.type')),
      h('th', { scope: 'col' }, t('claims.col.status')),
      h('th', { scope: 'col' }, t('cases.clock')),
      h('th', { scope: 'col' }, t('cases.due')),
      h('th', { scope: 'col' }, t('cases.state')))),
    h('tbody', {}, items.flatMap((claim) => claim.clocks.filter((c) => c.state === 'OVERDUE').map((clock) =>
      h('tr', { 'data-claim-id': claim.id, 'data-clock': clock.clock },
        claimLink(claim),
        h('td', {}, claimStatusBadge(claim.status)),
        h('td', {}, t(`cases.clock_name.${clock.clock}`)),
        h('td', {}, date(clock.dueOn)),
        h('td', {}, clockState(clock), ' ', t(clock.unit === 'HOURS' ? 'cases.late_hours' : 'cases.late_days',
          { count: clock.late }))))))));
}

function flaggedTable(items) {
  if (!items.length) return h('p', { class: 'muted', 'data-empty': 'flagged' }, t('cases.flagged_empty'));
  return h('div', { class: 'table-wrap' }, h('table', { class: 'table', 'data-table': 'flagged' },
    h('caption', { class: 'visually-hidden' }, t('cases.flagged_heading')),
    h('thead', {}, h('tr', {},
      h('th', { scope: 'col' }, t('claims.col.type')),
      h('th', { scope: 'col' }, t('claims.col.status')),
      h('th', { scope: 'col', class: 'money' }, t('cases.expected')),
      h('th', { scope: 'col', class: 'money' }, t('cases.paid')),
      h('th', { scope: 'col' }, t('cases.follow_up')))),
    h('tbody', {}, items.map((claim) => h('tr', { 'data-claim-id': claim.id },
      claimLink(claim),
      h('td', {}, claimStatusBadge(claim.status)),
      h('td', { class: 'money' }, rupiah(claim.entitlement.total)),
      h('td', { class: 'money' }, rupiah(claim.paidTotal)),
      h('td', {}, claim.followUp.map((flag) => t(`cases.flag.${flag}`)).join('; ')))))));
}

export function render(main, { user, alive }) {
  const overdue = h('section', { class: 'card', 'aria-labelledby': 'cases-overdue' },
    h('h2', { id: 'cases-overdue' }, t('cases.overdue_heading')), h('p', { class: 'muted' }, t('app.loading')));
  const flagged = h('section', { class: 'card', 'aria-labelledby': 'cases-flagged' },
    h('h2', { id: 'cases-flagged' }, t('cases.flagged_heading')), h('p', { class: 'muted' }, t('app.loading')));
  main.append(h('h1', { tabindex: '-1' }, t('nav.cases_overdue')), h('p', { class: 'lead' }, t('cases.overdue_lead')),
    overdue, flagged, durationsCard({ user, alive }));
  const show = (section, id, heading, request, draw) => request.then((page) => {
    if (alive()) fill(section, h('h2', { id }, heading), draw(page.items));
  }, (error) => {
    if (alive()) fill(section, h('h2', { id }, heading), h('p', { class: 'form-error', role: 'alert' }, problemMessage(error)));
  });
  show(overdue, 'cases-overdue', t('cases.overdue_heading'), api.get('/claims/overdue?limit=200'), overdueTable);
  show(flagged, 'cases-flagged', t('cases.flagged_heading'), api.get('/claims/flagged?limit=200'), flaggedTable);
}
