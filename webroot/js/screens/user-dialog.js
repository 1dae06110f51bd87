// The create and edit dialogs of the Users screen. Validation is the server's: its errors[]
// land under the fields. Edits send If-Match with the ETag read when the dialog opened; a
// 412 means someone else saved first, and the dialog offers to reload their version.
import * as api from '../api.js';
import { h } from '../dom.js';
import { actions, openDialog, submitDialog } from '../dialog.js';
import { t } from '../i18n.js';
import { busy, checkbox, clearProblem, field, formAlert, showProblem } from '../forms.js';
import { ROLES } from '../roles.js';
import { areaPicker } from '../area-picker.js';

function roleSelect(selected) {
  return h('select', {}, ROLES.map((role) => h('option', { value: role, selected: role === selected }, t(`role.${role}`))));
}

/** The kelurahan, chosen by name, shown only while the role select says FIELD_OFFICER. */
function kelurahanField(role) {
  const picker = areaPicker({ name: 'kelurahanCodes', label: t('users.field.kelurahan'), hint: t('users.hint.kelurahan') });
  const wrapper = picker.element;
  const sync = () => {
    wrapper.hidden = role.value !== 'FIELD_OFFICER';
  };
  role.addEventListener('change', sync);
  sync();
  return { picker, wrapper, wanted: () => !wrapper.hidden };
}

export function openCreate({ onSaved }) {
  const username = h('input', { autocomplete: 'off', autocapitalize: 'none', spellcheck: 'false' });
  const password = h('input', { type: 'password', autocomplete: 'new-password' });
  const role = roleSelect('OPERATOR');
  const kelurahan = kelurahanField(role);
  let opened;
  const form = h('form', { class: 'stack', novalidate: true },
    field({ name: 'username', label: t('users.field.username'), control: username, hint: t('users.hint.username') }),
    field({ name: 'password', label: t('users.field.password'), control: password, hint: t('users.hint.password') }),
    field({ name: 'role', label: t('users.field.role'), control: role }),
    kelurahan.wrapper,
    formAlert(),
    actions(t('users.create'), () => opened.dialog));

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const body = { username: username.value.trim(), password: password.value, role: role.value };
    if (kelurahan.wanted()) body.kelurahanCodes = kelurahan.picker.values();
    await submitDialog({ form, dialog: opened.dialog, done: onSaved, codeFields: { username_taken: 'username' },
      send: () => api.post('/users', body) });
  });
  opened = openDialog(t('users.new'), form);
  username.focus();
}

export function openEdit(id, { self, onSaved }) {
  let etag = null;
  const role = roleSelect();
  const active = checkbox({ name: 'active', label: t('users.field.active') });
  const activeInput = active.querySelector('input');
  const kelurahan = kelurahanField(role);
  const password = h('input', { type: 'password', autocomplete: 'new-password' });
  const reload = h('button', { type: 'button', class: 'button secondary small', onclick: () => load() }, t('users.reload'));
  const conflict = h('div', { class: 'conflict', role: 'alert', hidden: true }, h('p', {}, t('users.conflict')), reload);
  let opened;
  const form = h('form', { class: 'stack', novalidate: true },
    field({ name: 'role', label: t('users.field.role'), control: role }),
    active,
    self ? h('p', { class: 'hint' }, t('users.hint.self')) : null,
    kelurahan.wrapper,
    field({ name: 'password', label: t('users.field.new_password'), control: password, hint: t('users.hint.new_password') }),
    conflict,
    formAlert(),
    actions(t('action.save'), () => opened.dialog));
  role.disabled = self;
  activeInput.disabled = self;

  async function load() {
    clearProblem(form);
    conflict.hidden = true;
    try {
      const { body: user, etag: tag } = await api.request(`/users/${encodeURIComponent(id)}`);
      etag = tag;
      opened.heading.textContent = t('users.edit_title', { name: user.username });
      role.value = user.role;
      role.dispatchEvent(new Event('change'));
      activeInput.checked = user.active;
      kelurahan.picker.set(user.kelurahanCodes);
      password.value = '';
      (self ? password : role).focus();
    } catch (error) {
      showProblem(form, error);
    }
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const body = { role: role.value, active: activeInput.checked };
    if (kelurahan.wanted()) body.kelurahanCodes = kelurahan.picker.values();
    if (password.value) body.password = password.value;
    await busy(form, async () => {
      try {
        const { body: user } = await api.patch(`/users/${encodeURIComponent(id)}`, body, etag);
        opened.dialog.close();
        onSaved(user);
      } catch (error) {
        if (error.status !== 412) {
          showProblem(form, error);
          return;
        }
        clearProblem(form);
        conflict.hidden = false;
      }
    });
    if (!conflict.hidden) reload.focus();
  });
  opened = openDialog(t('users.edit_title', { name: '…' }), form);
  load();
}
