// Users (ADMIN): a cursor-paginated table, create and edit.
import * as api from '../api.js';
import { h, fill } from '../dom.js';
import { t } from '../i18n.js';
import { dateTime } from '../format.js';
import { problemMessage } from '../forms.js';
import { cursorPager, listQuery } from '../pager.js';
import { openCreate, openEdit } from './user-dialog.js';

const PAGE_SIZE = 20;

export function render(main, { user: me, alive }) {
  const status = h('p', { class: 'notice', role: 'status', hidden: true });
  const body = h('tbody');
  const table = h('table', { class: 'table' },
    h('caption', { class: 'visually-hidden' }, t('users.caption')),
    h('thead', {}, h('tr', {},
      h('th', { scope: 'col' }, t('users.col.username')),
      h('th', { scope: 'col' }, t('users.col.role')),
      h('th', { scope: 'col' }, t('users.col.kelurahan')),
      h('th', { scope: 'col' }, t('users.col.status')),
      h('th', { scope: 'col' }, t('users.col.created')),
      h('th', { scope: 'col', class: 'actions' }, h('span', { class: 'visually-hidden' }, t('users.col.actions'))))),
    body);
  const pager = cursorPager({
    load: (cursor) => api.get(`/users${listQuery(PAGE_SIZE, cursor)}`),
    draw: (items) => fill(body, items.length ? items.map(row)
      : h('tr', {}, h('td', { colspan: 6, class: 'empty' }, t('users.empty')))),
    fail: (error) => fill(body, h('tr', {}, h('td', { colspan: 6, class: 'empty error' }, problemMessage(error)))),
    alive,
  });

  function announce(text) {
    status.textContent = text;
    status.hidden = !text;
  }

  function row(user) {
    return h('tr', {},
      h('th', { scope: 'row' }, user.username, user.id === me.id ? h('span', { class: 'badge muted' }, t('users.you')) : null),
      h('td', {}, h('span', { class: `badge role-${user.role.toLowerCase()}` }, t(`role.${user.role}`))),
      h('td', { class: 'codes' }, user.kelurahanCodes.length ? user.kelurahanCodes.join(', ') : '—'),
      h('td', {}, h('span', { class: user.active ? 'status on' : 'status off' }, t(user.active ? 'users.active' : 'users.inactive'))),
      h('td', {}, dateTime(user.createdAt)),
      h('td', { class: 'actions' }, h('button', {
        type: 'button',
        class: 'button small secondary',
        'aria-label': t('users.edit_named', { name: user.username }),
        'data-user-id': user.id,
        onclick: () => openEdit(user.id, { self: user.id === me.id, onSaved: saved('users.updated') }),
      }, t('users.edit'))));
  }

  /** After a save: say so, reload the page and put focus back on that user's row. */
  function saved(messageKey) {
    return async (user) => {
      announce(t(messageKey, { name: user.username }));
      await pager.reload();
      body.querySelector(`[data-user-id="${CSS.escape(user.id)}"]`)?.focus();
    };
  }

  main.append(
    h('div', { class: 'page-head' },
      h('h1', { tabindex: '-1' }, t('nav.users')),
      h('button', { type: 'button', class: 'button primary', onclick: () => openCreate({ onSaved: saved('users.created') }) },
        t('users.new'))),
    status,
    h('section', { class: 'card flush' },
      h('div', { class: 'table-wrap' }, table),
      pager.element));
  pager.first();
}
