// One santunan programme (#/santunan/<id>): its regulation, period, eligibility, amounts and
// budget, and the entitlements recorded events gave under it, each linking to its page where
// payouts are made (santunan-entitlement.js). An ADMIN edits it (santunan-programme-dialog.js).
import * as api from '../api.js';
import { h, fill } from '../dom.js';
import { t } from '../i18n.js';
import { date, rupiah } from '../format.js';
import { problemMessage } from '../forms.js';
import { listQuery, tablePager } from '../pager.js';
import { amounts, period } from './santunan.js';
import { PROGRAMME_WRITERS, openProgrammeDialog } from './santunan-programme-dialog.js';

const PAGE_SIZE = 20;

export function render(main, { user, id, alive }) {
  const heading = h('h1', { tabindex: '-1' }, t('santunan.programme'));
  const facts = h('section', { class: 'card', 'aria-labelledby': 'programme-facts' });
  const body = h('tbody');
  const pager = tablePager({
    body,
    columns: 5,
    load: (cursor) => api.get(`/santunan-entitlements${listQuery(PAGE_SIZE, cursor, { programmeId: id })}`),
    row: (e) => h('tr', { 'data-entitlement-id': e.id },
      h('th', { scope: 'row' }, h('a', { href: `#/santunan/entitlements/${e.id}` }, e.workerName)),
      h('td', {}, t(`santunan.kind.${e.kind}`), h('span', { class: 'sub' }, date(e.eventDate))),
      h('td', { class: 'money' }, rupiah(e.amount)),
      h('td', { class: 'money' }, rupiah(e.paid)),
      h('td', { class: 'money' }, rupiah(e.remaining))),
    empty: () => t('santunan.entitlements.none'),
    alive,
  });
  main.append(heading, facts,
    h('section', { class: 'card flush', 'aria-labelledby': 'programme-entitlements' },
      h('div', { class: 'card-head' }, h('h2', { id: 'programme-entitlements' }, t('santunan.entitlements'))),
      h('div', { class: 'table-wrap' }, h('table', { class: 'table' },
        h('caption', { class: 'visually-hidden' }, t('santunan.entitlements')),
        h('thead', {}, h('tr', {},
          h('th', { scope: 'col' }, t('santunan.col.worker')),
          h('th', { scope: 'col' }, t('santunan.col.event')),
          h('th', { scope: 'col', class: 'money' }, t('santunan.col.amount')),
          h('th', { scope: 'col', class: 'money' }, t('santunan.col.paid')),
          h('th', { scope: 'col', class: 'money' }, t('santunan.col.remaining')))),
        body)),
      pager.element));
  pager.first();
  load();

  async function load() {
    try {
      const { body: p, etag } = await api.request(`/santunan-programmes/${encodeURIComponent(id)}`);
      if (!alive()) return;
      heading.textContent = p.name;
      const edit = PROGRAMME_WRITERS.includes(user.role) ? h('button', {
        type: 'button',
        class: 'button secondary small',
        onclick: () => openProgrammeDialog({ programme: p, etag, onSaved: () => { if (alive()) load(); } }),
      }, t('santunan.form.edit')) : null;
      fill(facts, h('div', { class: 'card-head' },
        h('h2', { id: 'programme-facts', class: 'visually-hidden' }, t('santunan.programme')), edit),
        h('dl', { class: 'facts' },
          h('dt', {}, t('santunan.field.regulation')), h('dd', {}, p.regulationNumber, ' · ', date(p.regulationDate)),
          h('dt', {}, t('santunan.col.period')), h('dd', {}, period(p)),
          h('dt', {}, t('santunan.col.amounts')), h('dd', {}, amounts(p)),
          h('dt', {}, t('santunan.field.eligible')), h('dd', {}, eligibility(p)),
          h('dt', {}, t('santunan.col.ceiling')),
          h('dd', {}, rupiah(p.budgetCeiling), ' · ', t('santunan.budget_line', { year: p.budgetYear, source: p.budgetSource })),
          h('dt', {}, t('santunan.col.committed')), h('dd', {}, rupiah(p.committed)),
          h('dt', {}, t('santunan.col.left')), h('dd', { class: 'budget-left' }, rupiah(p.budgetLeft))));
    } catch (error) {
      if (!alive()) return;
      fill(facts, h('p', { class: 'form-error', role: 'alert' }, problemMessage(error)));
    }
  }
}

function eligibility(p) {
  const parts = [
    p.categories.length ? p.categories.join(', ') : t('santunan.all_categories'),
    p.membershipSources.length ? t('santunan.paid_from', { sources: p.membershipSources.join(', ') }) : null,
    p.requiresActiveMembership ? t('santunan.active_required') : null,
  ];
  return parts.filter(Boolean).join(' · ');
}
