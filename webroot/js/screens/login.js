// Sign-in. Errors come from the server's problem (translated by code); a lockout says how
// many minutes to wait, taken from Retry-After. Enter submits; focus goes where the user
// must act next.
import * as api from '../api.js';
import { h, fill } from '../dom.js';
import { t } from '../i18n.js';
import { busy, field, formAlert, showProblem } from '../forms.js';
import { langSwitch } from '../lang-switch.js';

/** Renders the login card into `root`; `onSignedIn(user)` runs after a successful login. */
export function render(root, { onSignedIn, notice }) {
  const username = h('input', { autocomplete: 'username', autocapitalize: 'none', spellcheck: 'false', required: true });
  const password = h('input', { type: 'password', autocomplete: 'current-password', required: true });
  const form = h('form', { class: 'stack', novalidate: true },
    notice ? h('p', { class: 'notice', role: 'status' }, notice) : null,
    field({ name: 'username', label: t('login.username'), control: username }),
    field({ name: 'password', label: t('login.password'), control: password }),
    formAlert(),
    h('button', { type: 'submit', class: 'button primary wide' }, t('login.submit')));

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    await busy(form, async () => {
      try {
        onSignedIn(await api.login(username.value, password.value));
      } catch (error) {
        showProblem(form, error);
        if (error.code === 'invalid_credentials') {
          password.value = '';
          password.focus();
        }
      }
    });
  });

  fill(root,
    h('section', { class: 'login-card card', 'aria-labelledby': 'login-title' },
      h('div', { class: 'login-head' },
        h('img', { src: '/img/mark.svg', alt: '', width: 40, height: 40 }),
        h('div', {},
          h('h1', { id: 'login-title' }, 'Ngopeni'),
          h('p', { class: 'tagline' }, t('app.tagline')))),
      form),
    h('footer', { class: 'login-foot' }, langSwitch(), h('p', {}, t('login.footer'))));
  username.focus();
}
