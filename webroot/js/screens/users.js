// Users (ADMIN): a cursor-paginated table, create and edit, and the role grants awaiting a
// second admin (OPERATOR, APPROVER and ADMIN take effect only once another admin confirms them).
import * as api from '../api.js';
import { h, fill } from '../dom.js';
import { dataTable, actionsCol, tableWrap } from '../table.js';
import { t } from '../i18n.js';
import { dateTime } from '../format.js';
import { problemMessage } from '../forms.js';
import { cursorPager, listQuery } from '../pager.js';
import { openCreate, openEdit } from './user-dialog.js';
import { reference } from '../reference.js';
import { areaLabel } from '../area-picker.js';

const PAGE_SIZE = 20;

export function render(main, { user: me, alive }) {
  const status = h('p', { class: 'notice', role: 'status', hidden: true });
  const body = h('tbody');
  const table = dataTable({ caption: t('users.caption'),
    columns: ['users.col.username', 'users.col.role', 'users.col.kelurahan', 'users.col.status', 'users.col.created',
      actionsCol()],
    body });
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

  /** A field officer's kelurahan by name ("Kelurahan Samaan, Kec. Klojen"); the codes until the names arrive. */
  function areasCell(codes) {
    const cell = h('td', { class: 'areas' }, codes.length ? codes.join(', ') : '—');
    if (codes.length) {
      reference().then((ref) => { cell.textContent = codes.map((code) => areaLabel(ref, code)).join('; '); }, () => {});
    }
    return cell;
  }

  function row(user) {
    return h('tr', {},
      h('th', { scope: 'row' }, user.username, user.id === me.id ? h('span', { class: 'badge muted' }, t('users.you')) : null),
      h('td', {}, h('span', { class: `badge role-${user.role.toLowerCase()}` }, t(`role.${user.role}`))),
      areasCell(user.kelurahanCodes),
      h('td', {}, h('span', { class: user.active ? 'status on' : 'status off' }, t(user.active ? 'users.active' : 'users.inactive'))),
      h('td', {}, dateTime(user.createdAt)),
      h('td', { class: 'actions' }, h('button', {
        type: 'button',
        class: 'button small secondary',
        'aria-haspopup': 'dialog',
        'aria-label': t('users.edit_named', { name: user.username }),
        'data-user-id': user.id,
        onclick: () => openEdit(user.id, { self: user.id === me.id, onSaved: saved('users.updated') }),
      }, t('users.edit'))));
  }

  /** The pending role grants, each with confirm / refuse for an admin other than the one who asked. */
  const grants = h('section', { class: 'card', 'aria-labelledby': 'grants-heading', hidden: true });
  async function loadGrants() {
    try {
      const page = await api.get('/role-grants?status=PENDING&limit=100');
      if (!alive()) return;
      grants.hidden = page.items.length === 0;
      fill(grants, h('h2', { id: 'grants-heading' }, t('users.grants_heading')),
        h('ul', { class: 'grant-list' }, page.items.map(grantItem)));
    } catch (error) {
      fill(grants, h('p', { class: 'form-error' }, problemMessage(error)));
      grants.hidden = false;
    }
  }

  function grantItem(grant) {
    const named = { name: grant.username, role: t(`role.${grant.role}`) };
    const decide = (action, key) => async () => {
      try {
        await api.post(`/role-grants/${encodeURIComponent(grant.id)}/${action}`);
        announce(t(key, named));
      } catch (error) {
        announce(problemMessage(error));
      }
      await Promise.all([loadGrants(), pager.reload()]);
    };
    return h('li', { 'data-grant-id': grant.id }, t('users.grant_line', named), ' ',
      grant.requestedBy === me.id ? h('span', { class: 'hint' }, t('users.grant_yours')) : [
        h('button', { type: 'button', class: 'button small primary', 'aria-label': t('users.grant_confirm_named', named),
          onclick: decide('confirm', 'users.grant_confirmed') }, t('users.grant_confirm')), ' ',
        h('button', { type: 'button', class: 'button small secondary', 'aria-label': t('users.grant_refuse_named', named),
          onclick: decide('refuse', 'users.grant_refused') }, t('users.grant_refuse'))]);
  }

  /** After a save: say so (and that a new role awaits a second admin), reload the page and put focus back on that user's row. */
  function saved(messageKey) {
    return async (user) => {
      announce(user.roleGrant?.status === 'PENDING'
        ? t('users.grant_pending', { name: user.username, role: t(`role.${user.roleGrant.role}`) })
        : t(messageKey, { name: user.username }));
      loadGrants();
      await pager.reload();
      body.querySelector(`[data-user-id="${CSS.escape(user.id)}"]`)?.focus();
    };
  }

  main.append(
    h('div', { class: 'page-head' },
      h('h1', { tabindex: '-1' }, t('nav.users')),
      h('button', { type: 'button', class: 'button primary', 'aria-haspopup': 'dialog', onclick: () => openCreate({ onSaved: saved('users.created') }) },
        t('users.new'))),
    status,
    grants,
    h('section', { class: 'card flush' },
      tableWrap(table),
      pager.element));
  pager.first();
  loadGrants();
}
