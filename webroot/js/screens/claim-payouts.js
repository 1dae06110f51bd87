// History only: the payouts once made from this claim (GET /payouts?claimId=), before the city
// stopped paying statutory benefits (BPJS pays JKK and JKM itself). No payout is made from a claim
// any more: the city's own santunan is paid from the santunan screens (santunan.js). The card stays
// hidden for a claim without such payouts.
import * as api from '../api.js';
import { h, fill } from '../dom.js';
import { dataTable, col, tableWrap } from '../table.js';
import { t } from '../i18n.js';
import { dateTime, rupiah } from '../format.js';
import { problemMessage } from '../forms.js';
import { relationshipName } from './santunan-payout-dialog.js';

/** x-roles of GET /payouts. */
const READERS = ['ADMIN', 'OPERATOR', 'APPROVER', 'AUDITOR'];
/** The API's largest page; a claim has a handful of payouts. */
const MOST = 500;

export function payoutStatusBadge(status) {
  return h('span', { class: `badge payout-${status.toLowerCase()}` }, t(`payouts.status.${status}`));
}

/**
 * The payouts of one claim or santunan entitlement: who (with whoNote(p) beneath), account,
 * amount, status, when and whether the signed-in user made it.
 */
export function payoutHistoryTable({ caption, payouts, user, whoNote }) {
  return tableWrap(dataTable({ caption,
    columns: ['payouts.col.heir', 'payouts.col.account', col('payouts.col.amount', 'money'), 'claims.col.status',
      'payouts.col.created'],
    body: h('tbody', {}, payouts.map((p) => h('tr', { 'data-payout-id': p.id },
      h('th', { scope: 'row' }, p.heirName, h('span', { class: 'sub' }, whoNote(p)),
        h('span', { class: 'sub codes record-number', title: p.id }, p.number)),
      h('td', {}, p.bankName, h('span', { class: 'sub codes' }, p.accountNumber), h('span', { class: 'sub' }, p.accountName)),
      h('td', { class: 'money' }, rupiah(p.amount)),
      h('td', {}, payoutStatusBadge(p.status)),
      h('td', {}, dateTime(p.createdAt),
        p.createdBy === user.id ? h('span', { class: 'sub' }, t('payouts.made_by_you')) : null)))) }));
}

/** The card (hidden until show(claim) finds payouts of the claim). */
export function claimPayoutsCard({ user, alive }) {
  const card = h('section', { class: 'card flush claim-payouts', 'aria-labelledby': 'claim-payouts', hidden: true });
  let claim = null;

  function heading(...extra) {
    return h('div', { class: 'card-head' }, h('h2', { id: 'claim-payouts' }, t('claims.payouts.heading')), extra);
  }

  async function show(current) {
    claim = current;
    card.hidden = true;
    if (!READERS.includes(user.role)) return;
    try {
      const page = await api.get(`/payouts?claimId=${encodeURIComponent(claim.id)}&limit=${MOST}`);
      if (!alive()) return;
      draw(page.items);
    } catch (error) {
      if (!alive()) return;
      fill(card, heading(), h('p', { class: 'form-error card-note', role: 'alert' }, problemMessage(error)));
    }
  }

  function draw(payouts) {
    card.hidden = payouts.length === 0;
    fill(card,
      heading(),
      h('p', { class: 'card-note' }, t('claims.payouts.history'), ' ', h('a', { href: '#/payouts' }, t('claims.payouts.inbox'))),
      payouts.length ? payoutHistoryTable({ caption: t('claims.payouts.heading'), payouts, user,
        whoNote: (p) => [relationshipName(p.heirRelationship), ' · ', t('heirs.priority', { n: p.heirPriorityClass })] })
        : h('p', { class: 'muted card-note' }, t('claims.payouts.none')));
  }

  return { element: card, show };
}
