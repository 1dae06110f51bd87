// The heirs editor: the whole list is edited here and PUT at once (If-Match: the worker's
// ETag, since heirs are part of the worker). Errors come back as heirs[i].field and land under
// that row's field; the priority class is the server's (PP 44/2015), shown after the save.
import * as api from '../api.js';
import { h, fill } from '../dom.js';
import { actions, openDialog } from '../dialog.js';
import { t } from '../i18n.js';
import { busy, clearProblem, field, formAlert, showProblem } from '../forms.js';
import { options } from '../reference.js';
import { dateInput, dateValue } from '../date-input.js';

export const RELATIONSHIPS = ['SPOUSE', 'CHILD', 'PARENT', 'GRANDCHILD', 'GRANDPARENT', 'SIBLING', 'PARENT_IN_LAW', 'WILL_NAMED'];
const MAX_HEIRS = 50;

function blank() {
  return { fullName: '', relationship: '', nik: '', birthDate: '' };
}

/** heirs: the current list; etag: the worker's; onSaved({items}, etag). */
export function openHeirs({ worker, heirs, etag, onSaved }) {
  let rows = heirs.map((heir) => ({ fullName: heir.fullName, relationship: heir.relationship, nik: heir.nik || '', birthDate: heir.birthDate || '' }));
  const list = h('ol', { class: 'heir-rows' });
  const add = h('button', { type: 'button', class: 'button secondary small', onclick: () => addRow() }, t('heirs.add'));
  const reload = h('p', { class: 'conflict', role: 'alert', hidden: true }, t('workers.conflict_heirs'));
  let opened;
  const form = h('form', { class: 'stack', novalidate: true },
    h('p', { class: 'hint' }, t('heirs.intro')),
    list,
    h('div', { 'data-field': 'heirs' }, add, h('p', { class: 'field-error', hidden: true })),
    reload,
    formAlert(),
    actions(t('action.save'), () => opened.dialog));

  /** The values typed so far, so a re-draw (after a removal renumbers the rows) keeps them. */
  function read() {
    rows = [...list.querySelectorAll('.heir-row')].map((item) => ({
      fullName: item.querySelector('[data-part=fullName]').value,
      relationship: item.querySelector('[data-part=relationship]').value,
      nik: item.querySelector('[data-part=nik]').value,
      birthDate: dateValue(item.querySelector('[data-part=birthDate]')) || '',
    }));
  }

  function row(heir, index) {
    const at = `heirs[${index}]`;
    const name = h('input', { 'data-part': 'fullName', autocomplete: 'off', maxlength: 200, value: heir.fullName });
    const relationship = h('select', { 'data-part': 'relationship' },
      options(t('workers.choose'), RELATIONSHIPS.map((r) => [r, t(`heirs.rel.${r}`)]), heir.relationship));
    const nik = h('input', { 'data-part': 'nik', inputmode: 'numeric', maxlength: 16, autocomplete: 'off', value: heir.nik });
    const birth = dateInput({ value: heir.birthDate, attributes: { 'data-part': 'birthDate' } });
    return h('li', { class: 'heir-row' },
      h('div', { class: 'heir-grid' },
        field({ name: `${at}.fullName`, label: t('heirs.field.fullName'), control: name }),
        field({ name: `${at}.relationship`, label: t('heirs.field.relationship'), control: relationship }),
        field({ name: `${at}.nik`, label: t('heirs.field.nik'), control: nik }),
        field({ name: `${at}.birthDate`, label: t('heirs.field.birthDate'), control: birth })),
      h('button', {
        type: 'button',
        class: 'link-button',
        'aria-label': t('heirs.remove_named', { n: index + 1 }),
        onclick: () => {
          read();
          rows.splice(index, 1);
          draw();
          add.focus();
        },
      }, t('heirs.remove')));
  }

  function draw() {
    fill(list, rows.length ? rows.map(row) : h('li', { class: 'muted' }, t('heirs.none')));
    add.disabled = rows.length >= MAX_HEIRS;
  }

  function addRow() {
    read();
    rows.push(blank());
    draw();
    list.lastElementChild.querySelector('input').focus();
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    read();
    const body = rows.map((heir) => ({
      fullName: heir.fullName.trim(),
      relationship: heir.relationship,
      nik: heir.nik.trim() || null,
      birthDate: heir.birthDate || null,
    }));
    await busy(form, async () => {
      try {
        const { body: saved, etag: tag } = await api.put(`/workers/${encodeURIComponent(worker.id)}/heirs`, body, etag);
        opened.dialog.close();
        onSaved(saved, tag);
      } catch (error) {
        if (error.status === 412) {
          clearProblem(form);
          reload.hidden = false;
          return;
        }
        showProblem(form, error);
      }
    });
  });

  draw();
  opened = openDialog(t('heirs.title', { name: worker.fullName }), form);
  opened.dialog.classList.add('wide');
  (list.querySelector('input') || add).focus();
}
