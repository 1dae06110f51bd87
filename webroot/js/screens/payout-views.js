// The two views of the payouts screen: the payouts by status (the approver's inbox) and the
// bank transfer batches. Plain links, so each view has its own address (#/payouts, #/payouts/batches).
import { h } from '../dom.js';
import { t } from '../i18n.js';

const VIEWS = [
  { code: 'payouts', href: '#/payouts', label: 'payouts.view.payouts' },
  { code: 'batches', href: '#/payouts/batches', label: 'payouts.view.batches' },
];

export function payoutViews(current) {
  return h('p', { class: 'view-switch' }, VIEWS.map((view) => h('a', {
    href: view.href,
    class: 'tab',
    'aria-current': view.code === current ? 'page' : null,
  }, t(view.label))));
}
