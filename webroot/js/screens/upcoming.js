// Screens whose API is still being built. They say so plainly and name what is coming,
// instead of showing made-up figures.
import { h } from '../dom.js';
import { list, t } from '../i18n.js';

/** The honest "not available yet" card for a feature area (workers, claims, …). */
export function notYetPanel(area) {
  return h('section', { class: 'card upcoming', 'aria-labelledby': `upcoming-${area}` },
    h('div', { class: 'card-head' },
      h('h2', { id: `upcoming-${area}` }, t(`upcoming.${area}.heading`)),
      h('span', { class: 'badge muted' }, t('upcoming.badge'))),
    h('p', {}, t('upcoming.intro')),
    h('ul', { class: 'checklist' }, list(`upcoming.${area}.items`).map((item) => h('li', {}, item))));
}
