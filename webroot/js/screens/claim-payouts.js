// History only: the payouts once made from this claim (GET /payouts?claimId=), before the city
// stopped paying statutory benefits (BPJS pays JKK and JKM itself). No payout is made from a claim
// any more: the city's own santunan is paid from the santunan screens (santunan.js). The card stays
// hidden for a claim without such payouts.
import * as api from '../api.js';
import { h, fill } from '../dom.js';
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
      payouts.length ? h('div', { class: 'table-wrap' }, h('table', { class: 'table' },
        h('caption', { class: 'visually-hidden' }, t('claims.payouts.heading')),
        h('thead', {}, h('tr', {},
          h('th', { scope: 'col' }, t('payouts.col.heir')),
          h('th', { scope: 'col' }, t('payouts.col.account')),
          h('th', { scope: 'col', class: 'money' }, t('payouts.col.amount')),
          h('th', { scope: 'col' }, t('claims.col.status')),
          h('th', { scope: 'col' }, t('payouts.col.created')))),
        h('tbody', {}, payouts.map((p) => h('tr', { 'data-payout-id': p.id },
          h('th', { scope: 'row' }, p.heirName,
            h('span', { class: 'sub' }, relationshipName(p.heirRelationship), ' · ', t('heirs.priority', { n: p.heirPriorityClass }))),
          h('td', {}, p.bankName, h('span', { class: 'sub codes' }, p.accountNumber), h('span', { class: 'sub' }, p.accountName)),
          h('td', { class: 'money' }, rupiah(p.amount)),
          h('td', {}, payoutStatusBadge(p.status)),
          h('td', {}, dateTime(p.createdAt),
            p.createdBy === user.id ? h('span', { class: 'sub' }, t('payouts.made_by_you')) : null))))))
        : h('p', { class: 'muted card-note' }, t('claims.payouts.none')));
  }

  return { element: card, show };
}
