// The dashboard's card of cases to follow up with BPJS: how many have a service clock past its
// deadline (#/cases-overdue) and how many BPJS answered short or paid to the wrong heir.
import * as api from '../api.js';
import { h } from '../dom.js';
import { t } from '../i18n.js';
import { number } from '../format.js';

const LIMIT = 500;

export function casesCard(card, alive) {
  return card('dashboard-cases', t('dashboard.cases.heading'),
    () => Promise.all([api.get(`/claims/overdue?limit=${LIMIT}`), api.get(`/claims/flagged?limit=${LIMIT}`)]),
    ([overdue, flagged]) => h('ul', { class: 'tiles queues' },
      h('li', {}, h('a', { class: 'tile', href: '#/cases-overdue', 'data-queue': 'overdue' },
        h('strong', { class: 'count' }, overdue.count >= LIMIT ? `${number(LIMIT)}+` : number(overdue.count)),
        h('span', {}, t('dashboard.cases.overdue')))),
      h('li', {}, h('a', { class: 'tile', href: '#/cases-overdue', 'data-queue': 'flagged' },
        h('strong', { class: 'count' }, flagged.nextCursor ? `${number(LIMIT)}+` : number(flagged.items.length)),
        h('span', {}, t('dashboard.cases.flagged'))))),
    alive);
}
