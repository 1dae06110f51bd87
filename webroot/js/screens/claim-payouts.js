// The payouts of one claim on its page (GET /payouts?claimId=): heir, account, amount and status
// of each, what is left of the entitlement, a link to the payouts inbox where they are approved,
// and "Create payout" (payout-create-dialog.js) for the maker while the claim is verified and
// something is left.
import * as api from '../api.js';
import { h, fill } from '../dom.js';
import { t } from '../i18n.js';
import { dateTime, rupiah } from '../format.js';
import { problemMessage } from '../forms.js';
import { MAKERS, openCreatePayout, relationshipName } from './payout-create-dialog.js';

/** x-roles of GET /payouts. */
const READERS = ['ADMIN', 'OPERATOR', 'APPROVER', 'AUDITOR'];
/** Claims that can have payouts. */
const PAYABLE = ['VERIFIED', 'PAID'];
/** Payouts that no longer hold a share of the entitlement (domain PayoutStatus.holdsEntitlement). */
const RELEASED = ['REJECTED', 'CANCELLED'];
/** The API's largest page; a claim has a handful of payouts. */
const MOST = 500;

export function payoutStatusBadge(status) {
  return h('span', { class: `badge payout-${status.toLowerCase()}` }, t(`payouts.status.${status}`));
}

/** What is left of the claim's entitlement after the payouts that hold a share of it. */
function remainingOf(claim, payouts) {
  const held = payouts.filter((p) => !RELEASED.includes(p.status)).reduce((sum, p) => sum + Number(p.amount), 0);
  return Math.max(0, Number(claim.entitlement.total) - held);
}

/** The card (hidden until show(claim)); say(text) announces a created payout on the page. */
export function claimPayoutsCard({ user, alive, say }) {
  const card = h('section', { class: 'card flush claim-payouts', 'aria-labelledby': 'claim-payouts', hidden: true });
  let claim = null;

  function heading(...extra) {
    return h('div', { class: 'card-head' }, h('h2', { id: 'claim-payouts' }, t('claims.payouts.heading')), extra);
  }

  async function show(current) {
    claim = current;
    card.hidden = !READERS.includes(user.role) || !PAYABLE.includes(claim.status);
    if (card.hidden) return;
    try {
      const page = await api.get(`/payouts?claimId=${encodeURIComponent(claim.id)}&limit=${MOST}`);
      if (!alive()) return;
      draw(page.items);
    } catch (error) {
      if (!alive()) return;
      fill(card, heading(), h('p', { class: 'form-error card-note', role: 'alert' }, problemMessage(error)));
    }
  }

  function created(payout) {
    if (!alive()) return;
    say(t('claims.payouts.created', { amount: rupiah(payout.amount), name: payout.heirName }));
    show(claim);
  }

  function draw(payouts) {
    const remaining = remainingOf(claim, payouts);
    const may = MAKERS.includes(user.role) && claim.status === 'VERIFIED' && remaining > 0;
    fill(card,
      heading(may ? h('button', {
        type: 'button',
        class: 'button primary small',
        onclick: () => openCreatePayout({ claim, remaining, onCreated: created }),
      }, t('payouts.create.open')) : null),
      h('p', { class: 'card-note remaining' },
        t('payouts.create.remaining', { remaining: rupiah(remaining), total: rupiah(claim.entitlement.total) }), ' ',
        h('a', { href: '#/payouts' }, t('claims.payouts.inbox'))),
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
