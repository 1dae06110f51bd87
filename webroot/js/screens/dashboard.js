// Everyone lands here. The coverage and queue figures need APIs that do not exist yet, so
// the dashboard says what is coming and offers the screens this role can already open.
import { h } from '../dom.js';
import { t } from '../i18n.js';
import { notYetPanel } from './upcoming.js';

export function render(main, { user, routes }) {
  const others = routes.filter((route) => route.path !== 'dashboard');
  main.append(
    h('h1', { tabindex: '-1' }, t('nav.dashboard')),
    h('p', { class: 'lead' }, t('dashboard.welcome', { name: user.username, role: t(`role.${user.role}`) })),
    notYetPanel('dashboard'),
    h('section', { class: 'card', 'aria-labelledby': 'dashboard-menu' },
      h('h2', { id: 'dashboard-menu' }, t('dashboard.menu')),
      h('ul', { class: 'tiles' }, others.map((route) =>
        h('li', {}, h('a', { class: 'tile', href: `#/${route.path}` },
          h('strong', {}, t(route.label)),
          h('span', {}, t(`dashboard.tile.${route.path}`))))))));
}
