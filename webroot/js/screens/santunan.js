// The city's own santunan (#/santunan): the programmes founded on the city's regulations, each
// with its budget ceiling and what its payouts hold. BPJS pays the statutory JKK/JKM benefits
// itself; these are the only benefits the city pays, under four eyes. #/santunan/<id> is one
// programme with its entitlements (santunan-programme.js), #/santunan/entitlements/<id> one
// entitlement with its payouts and "Create payout" (santunan-entitlement.js). An ADMIN creates
// and edits programmes (santunan-programme-dialog.js).
import * as api from '../api.js';
import { h, fill } from '../dom.js';
import { dataTable, col, tableWrap } from '../table.js';
import { t } from '../i18n.js';
import { date, rupiah } from '../format.js';
import { problemMessage } from '../forms.js';
import * as programme from './santunan-programme.js';
import * as entitlement from './santunan-entitlement.js';
import { PROGRAMME_WRITERS, openProgrammeDialog } from './santunan-programme-dialog.js';

export function render(main, context) {
  const [, view, id] = location.hash.replace(/^#\/?/, '').split('?')[0].split('/');
  if (view === 'entitlements' && id) {
    entitlement.render(main, { ...context, id });
  } else if (view) {
    programme.render(main, { ...context, id: view });
  } else {
    list(main, context);
  }
}

/** "Rp10.000.000 per death · Rp5.000.000 per work accident" */
export function amounts(p) {
  return Object.entries(p.amounts).map(([kind, amount]) => t('santunan.per', { amount: rupiah(amount), kind: t(`santunan.kind.${kind}`) }))
    .join(' · ');
}

export function period(p) {
  return p.effectiveTo ? `${date(p.effectiveFrom)} – ${date(p.effectiveTo)}` : t('santunan.since', { from: date(p.effectiveFrom) });
}

async function list(main, { user, alive }) {
  const body = h('tbody');
  const table = dataTable({ className: 'santunan-table', caption: t('santunan.programmes'),
    columns: ['santunan.col.programme', 'santunan.col.period', 'santunan.col.amounts',
      col('santunan.col.ceiling', 'money'), col('santunan.col.committed', 'money'),
      col('santunan.col.left', 'money')],
    body });
  const create = PROGRAMME_WRITERS.includes(user.role) ? h('button', {
    type: 'button',
    class: 'button primary',
    'aria-haspopup': 'dialog',
    onclick: () => openProgrammeDialog({ onSaved: (p) => { location.hash = `#/santunan/${p.id}`; } }),
  }, t('santunan.form.new')) : null;
  main.append(
    h('div', { class: 'page-head' }, h('h1', { tabindex: '-1' }, t('nav.santunan')), create),
    h('p', { class: 'lead' }, t('santunan.lead')),
    h('section', { class: 'card flush' }, tableWrap(table)));
  try {
    const page = await api.get('/santunan-programmes');
    if (!alive()) return;
    fill(body, page.items.length ? page.items.map((p) => h('tr', { 'data-programme-id': p.id },
      h('th', { scope: 'row' }, h('a', { href: `#/santunan/${p.id}` }, p.name),
        h('span', { class: 'sub' }, p.regulationNumber, ' · ', date(p.regulationDate))),
      h('td', {}, period(p)),
      h('td', {}, amounts(p)),
      h('td', { class: 'money' }, rupiah(p.budgetCeiling),
        h('span', { class: 'sub' }, t('santunan.budget_line', { year: p.budgetYear, source: p.budgetSource }))),
      h('td', { class: 'money' }, rupiah(p.committed)),
      h('td', { class: 'money' }, rupiah(p.budgetLeft))))
      : h('tr', {}, h('td', { colspan: 6, class: 'muted' }, t('santunan.none'))));
  } catch (error) {
    if (!alive()) return;
    fill(body, h('tr', {}, h('td', { colspan: 6, class: 'form-error', role: 'alert' }, problemMessage(error))));
  }
}
