// The worker detail's memberships card: every membership, newest first, with its monthly
// premium and breakdown as the server priced them and its sector (PP 50/2025 prices it); enrol
// (when none is active), end and change the sector of the active one for the roles that may.
import * as api from '../api.js';
import { h, fill } from '../dom.js';
import { t } from '../i18n.js';
import { date, rupiah } from '../format.js';
import { problemMessage } from '../forms.js';
import { ENROLLERS, openEnd, openEnrol, openSector } from './enrol-dialog.js';

function statusBadge(status) {
  return h('span', { class: `badge membership-${status.toLowerCase()}` }, t(`membership.status.${status}`));
}

function breakdown(membership) {
  return membership.premiumBreakdown.map((line) => `${line.program} ${rupiah(line.amount)}`).join(' · ');
}

/**
 * The card; load() (re)reads the memberships of `worker`. onChanged(message) runs after an
 * enrolment or an end, so the page can re-read the worker's coverage.
 */
export function membershipsCard({ user, alive, onChanged }) {
  const card = h('section', { class: 'card memberships', 'aria-labelledby': 'worker-memberships' });
  const may = ENROLLERS.includes(user.role);
  let worker = null;

  async function load(current) {
    worker = current;
    try {
      const list = await api.get(`/workers/${encodeURIComponent(worker.id)}/memberships`);
      if (!alive()) return;
      draw(list.items);
    } catch (error) {
      if (!alive()) return;
      fill(card, h('h2', { id: 'worker-memberships' }, t('membership.heading')),
        h('p', { class: 'form-error', role: 'alert' }, problemMessage(error)));
    }
  }

  function draw(items) {
    const active = items.some((m) => m.status === 'ACTIVE');
    fill(card,
      h('div', { class: 'card-head' },
        h('h2', { id: 'worker-memberships' }, t('membership.heading')),
        may && !active ? h('button', {
          type: 'button',
          class: 'button primary small',
          onclick: () => openEnrol({ worker, onSaved: (m) => onChanged(t('membership.enrolled', { premium: rupiah(m.monthlyPremium) })) }),
        }, t('membership.enrol')) : null),
      items.length ? h('div', { class: 'table-wrap' }, h('table', { class: 'table membership-table' },
        h('caption', { class: 'visually-hidden' }, t('membership.heading')),
        h('thead', {}, h('tr', {},
          h('th', { scope: 'col' }, t('membership.col.programs')),
          h('th', { scope: 'col' }, t('membership.col.period')),
          h('th', { scope: 'col', class: 'money' }, t('membership.col.income')),
          h('th', { scope: 'col', class: 'money' }, t('membership.col.premium')),
          may && active ? h('th', { scope: 'col', class: 'actions' }, h('span', { class: 'visually-hidden' }, t('users.col.actions'))) : null)),
        h('tbody', {}, items.map((m) => h('tr', { 'data-membership-id': m.id, 'data-status': m.status },
          h('td', {}, m.programs.join(' + '), h('span', { class: 'sub' }, t('membership.funded_by', { source: m.fundingSource })),
            h('span', { class: 'sub sector' }, t('membership.sector', { sector: t(`sector.${m.sector || 'OTHER'}`) }))),
          h('td', { class: 'period' }, statusBadge(m.status),
            h('span', { class: 'dates' }, t('membership.period', { start: date(m.startDate), end: m.endDate ? date(m.endDate) : '…' })),
            m.endReason ? h('span', { class: 'sub' }, m.endReason) : null),
          h('td', { class: 'money' }, rupiah(m.declaredIncome)),
          h('td', { class: 'money premium' }, rupiah(m.monthlyPremium), h('span', { class: 'sub' }, breakdown(m))),
          may && active ? h('td', { class: 'actions' }, m.status === 'ACTIVE' ? [h('button', {
            type: 'button',
            class: 'button secondary small',
            onclick: () => openSector({ worker, membership: m,
              onSaved: (s) => onChanged(t('membership.sector_changed', { premium: rupiah(s.monthlyPremium) })) }),
          }, t('membership.change_sector')), h('button', {
            type: 'button',
            class: 'button secondary small',
            onclick: () => openEnd({ worker, membership: m, onSaved: () => onChanged(t('membership.ended')) }),
          }, t('membership.end'))] : null) : null)))))
        : h('p', { class: 'muted' }, t('membership.none')));
  }

  return { element: card, load };
}
