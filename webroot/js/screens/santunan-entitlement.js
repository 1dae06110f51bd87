// One santunan entitlement (#/santunan/entitlements/<id>): what the event gave under the
// programme, its payouts (GET /payouts?entitlementId=) and, for the maker while something is
// left, "Create payout" (santunan-payout-dialog.js). The payouts are approved in the inbox.
import * as api from '../api.js';
import { h, fill } from '../dom.js';
import { t } from '../i18n.js';
import { date, rupiah } from '../format.js';
import { problemMessage } from '../forms.js';
import { MAKERS, openCreatePayout, relationshipName } from './santunan-payout-dialog.js';
import { payoutHistoryTable } from './claim-payouts.js';

export function render(main, { user, id, alive }) {
  const heading = h('h1', { tabindex: '-1' }, t('santunan.entitlement'));
  const status = h('p', { class: 'notice', role: 'status', hidden: true });
  const facts = h('section', { class: 'card', 'aria-labelledby': 'entitlement-facts' });
  const payouts = h('section', { class: 'card flush santunan-payouts', 'aria-labelledby': 'entitlement-payouts' });
  main.append(heading, status, facts, payouts);
  load();

  async function load() {
    try {
      const [e, page] = await Promise.all([
        api.get(`/santunan-entitlements/${encodeURIComponent(id)}`),
        api.get(`/payouts?entitlementId=${encodeURIComponent(id)}&limit=500`)]);
      if (!alive()) return;
      draw(e, page.items);
    } catch (error) {
      if (!alive()) return;
      fill(facts, h('p', { class: 'form-error', role: 'alert' }, problemMessage(error)));
    }
  }

  function created(payout) {
    if (!alive()) return;
    status.textContent = t('claims.payouts.created', { amount: rupiah(payout.amount), name: payout.heirName });
    status.hidden = false;
    load();
  }

  function draw(e, items) {
    heading.textContent = t('santunan.entitlement_of', { name: e.workerName });
    fill(facts, h('h2', { id: 'entitlement-facts', class: 'visually-hidden' }, t('santunan.entitlement')),
      h('dl', { class: 'facts' },
        h('dt', {}, t('santunan.col.programme')), h('dd', {}, h('a', { href: `#/santunan/${e.programmeId}` }, e.programmeName)),
        h('dt', {}, t('santunan.col.event')), h('dd', {}, t(`santunan.kind.${e.kind}`), ' · ', date(e.eventDate)),
        h('dt', {}, t('santunan.field.proof')), h('dd', {}, e.proofNote),
        h('dt', {}, t('santunan.field.beneficiary')), h('dd', {}, t(`santunan.beneficiary.${e.beneficiary}`)),
        h('dt', {}, t('santunan.col.amount')), h('dd', {}, rupiah(e.amount)),
        h('dt', {}, t('santunan.col.paid')), h('dd', {}, rupiah(e.paid)),
        h('dt', {}, t('santunan.col.remaining')), h('dd', {}, rupiah(e.remaining))));
    const may = MAKERS.includes(user.role) && Number(e.remaining) > 0;
    fill(payouts,
      h('div', { class: 'card-head' }, h('h2', { id: 'entitlement-payouts' }, t('santunan.payouts.heading')),
        may ? h('button', { type: 'button', class: 'button primary small',
          onclick: () => openCreatePayout({ entitlement: e, onCreated: created }) }, t('payouts.create.open')) : null),
      h('p', { class: 'card-note remaining' },
        t('payouts.create.remaining', { remaining: rupiah(e.remaining), total: rupiah(e.amount) }), ' ',
        h('a', { href: '#/payouts' }, t('claims.payouts.inbox'))),
      items.length ? payoutHistoryTable({ caption: t('santunan.payouts.heading'), payouts: items, user,
        whoNote: (p) => (p.heirRelationship === 'WORKER' ? t('santunan.beneficiary.WORKER') : relationshipName(p.heirRelationship)) })
        : h('p', { class: 'muted card-note' }, t('santunan.payouts.none')));
  }
}
