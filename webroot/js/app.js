// Console bootstrap: a silent refresh (the HttpOnly cookie) decides between the login and
// the shell, then a hash router (#/users) renders one screen at a time into <main>.
import * as api from './api.js';
import { h, fill } from './dom.js';
import { onLanguageChange, t, translateStatic } from './i18n.js';
import { allowed, find, HOME, routesFor } from './nav.js';
import { langSwitch } from './lang-switch.js';
import { foldingMenu } from './menu.js';
import * as login from './screens/login.js';
import { askPassword } from './relogin.js';

const $ = (id) => document.getElementById(id);
let user = null;
let generation = 0;
let menu = null;

function showLogin(notice) {
  user = null;
  generation += 1;
  // Nothing of the session stays on top of the login (a dialog left open would hide it).
  document.querySelectorAll('dialog[open]').forEach((dialog) => dialog.close());
  fill($('content'));
  $('shell').hidden = true;
  $('login-view').hidden = false;
  login.render($('login-view'), { onSignedIn: enter, notice });
}

function enter(signedIn) {
  user = signedIn;
  fill($('login-view'));
  $('login-view').hidden = true;
  $('shell').hidden = false;
  renderChrome();
  if (find(location.hash).path === 'login' || !location.hash) {
    history.replaceState(null, '', `#/${HOME}`);
  }
  route();
}

/** Header and menu: they depend on the user and the language. */
function renderChrome() {
  $('user-name').textContent = user.username;
  $('user-role').textContent = t(`role.${user.role}`);
  fill($('header-lang'), langSwitch());
  const current = find(location.hash).path;
  fill($('nav-list'), routesFor(user).map((r) => h('li', {},
    h('a', { href: `#/${r.path}`, 'aria-current': r.path === current ? 'page' : null }, t(r.label)))));
}

function route() {
  if (!user) return;
  const { path, route: target } = find(location.hash);
  generation += 1;
  const mine = generation;
  menu.close();
  renderChrome();
  const main = $('content');
  fill(main);
  if (!target) {
    main.append(h('h1', { tabindex: '-1' }, t('route.missing.title')), h('p', {}, t('route.missing.body', { path })));
  } else if (!allowed(target, user)) {
    main.append(h('h1', { tabindex: '-1' }, t('route.forbidden.title')), h('p', {}, t('route.forbidden.body')));
  } else {
    target.screen.render(main, { user, routes: routesFor(user), alive: () => mine === generation && user !== null });
  }
  document.title = `${target && allowed(target, user) ? t(target.label) : t('route.missing.title')} · Ngopeni`;
  main.querySelector('h1')?.focus();
}

async function logout() {
  $('logout').disabled = true;
  try {
    await api.logout();
  } finally {
    $('logout').disabled = false;
    history.replaceState(null, '', '#/login');
    document.title = 'Ngopeni';
    showLogin(t('login.signed_out'));
  }
}

async function boot() {
  translateStatic();
  api.onSessionLost(async () => {
    if (!user) return false;
    const before = user;
    const again = await askPassword(before.username);
    if (!again) {
      showLogin(t('login.expired'));
      return false;
    }
    user = again;
    // Same role and area: everything on screen stays as it is. Changed: the menu and the screen
    // follow the account as it is now.
    if (again.role !== before.role || again.kelurahanCodes.join() !== before.kelurahanCodes.join()) route();
    return true;
  });
  onLanguageChange(() => {
    translateStatic();
    if (user) route();
    else showLogin();
  });
  window.addEventListener('hashchange', route);
  $('logout').addEventListener('click', logout);
  menu = foldingMenu($('shell'), $('menu-toggle'));
  $('skip').addEventListener('click', (event) => {
    event.preventDefault();
    $('content').focus();
  });
  const session = await api.refresh();
  $('boot').hidden = true;
  if (session) enter(session.user);
  else showLogin();
}

boot();
