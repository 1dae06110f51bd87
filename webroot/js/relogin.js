// The session ended while the user was working (signed out in another tab, the account changed,
// the refresh token expired): ask for the password in a dialog on top of whatever is open, so the
// form or dialog underneath keeps what was typed, and the request that found the session gone is
// sent again once signed in. Signing out instead goes to the login page.
import * as api from './api.js';
import { h, uniqueId } from './dom.js';
import { t } from './i18n.js';
import { busy, field, formAlert, showProblem } from './forms.js';

/** Resolves to the user signed in again as `username`, or null when they chose to sign out. */
export function askPassword(username) {
  return new Promise((resolve) => {
    const titleId = uniqueId('relogin-title');
    const password = h('input', { type: 'password', autocomplete: 'current-password', required: true });
    const form = h('form', { class: 'stack', novalidate: true },
      h('p', {}, t('relogin.intro')),
      h('p', { class: 'relogin-user' }, t('relogin.as', { name: username })),
      // The username, for the browser's password manager; the person cannot change it here.
      h('input', { type: 'text', name: 'username', autocomplete: 'username', value: username, hidden: true, readonly: true }),
      field({ name: 'password', label: t('login.password'), control: password }),
      formAlert(),
      h('div', { class: 'actions-row' },
        h('button', { type: 'button', class: 'button secondary', onclick: () => finish(null) }, t('relogin.sign_out')),
        h('button', { type: 'submit', class: 'button primary' }, t('relogin.submit'))));
    const dialog = h('dialog', { class: 'dialog relogin', 'aria-labelledby': titleId, 'data-relogin': 'true' },
      h('h2', { id: titleId }, t('relogin.title')), form);

    function finish(user) {
      dialog.close();
      dialog.remove();
      resolve(user);
    }

    // Escape would leave the work underneath without an answer: the two buttons decide.
    dialog.addEventListener('cancel', (event) => event.preventDefault());
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      await busy(form, async () => {
        try {
          finish(await api.login(username, password.value));
        } catch (error) {
          showProblem(form, error);
          if (error.code === 'invalid_credentials') {
            password.value = '';
            password.focus();
          }
        }
      });
    });
    document.body.append(dialog);
    // showModal puts it above any dialog already open; that one stays open, its fields untouched.
    dialog.showModal();
    password.focus();
  });
}
