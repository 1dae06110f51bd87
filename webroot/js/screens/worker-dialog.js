// Register and change a worker. The rules are the server's: every failing field comes back in
// errors[] and lands under its field (a NIK that disagrees with the birth date under the NIK).
// A change sends If-Match with the ETag read when the dialog opened; 412 offers a reload.
// The NIK stays in the form and the request body: never in an address, never in a log.
import * as api from '../api.js';
import { h } from '../dom.js';
import { actions, openDialog, submitDialog } from '../dialog.js';
import { t } from '../i18n.js';
import { busy, clearProblem, field, formAlert, showProblem } from '../forms.js';
import { options, reference, regionSelects } from '../reference.js';
import { dateInput, dateValue, setDate } from '../date-input.js';
import { duplicatePanel } from './duplicate-warning.js';

// Problems without errors[] that still belong to one field.
const CODE_FIELDS = { duplicate_nik: 'nik', kelurahan_out_of_scope: 'kelurahanCode' };

function inputs(ref, user, worker = {}) {
  const control = {
    nik: h('input', { inputmode: 'numeric', maxlength: 16, autocomplete: 'off', spellcheck: 'false' }),
    fullName: h('input', { autocomplete: 'off', maxlength: 100 }),
    birthDate: dateInput(),
    sex: h('select', {}, options(t('workers.choose'), [['M', t('workers.sex.M')], ['F', t('workers.sex.F')]], worker.sex)),
    category: h('select', {}, options(t('workers.choose'),
      ref.categories.filter((c) => c.active || c.code === worker.category).map((c) => [c.code, ref.categoryName(c.code)]), worker.category)),
    phone: h('input', { type: 'tel', autocomplete: 'off', placeholder: '08123456789' }),
    address: h('textarea', { rows: 2, maxlength: 500 }),
  };
  const regions = regionSelects(ref, {
    only: user.role === 'FIELD_OFFICER' ? user.kelurahanCodes : null,
    kelurahan: worker.kelurahanCode || '',
  });
  control.kecamatan = regions.kecamatanSelect;
  control.kelurahanCode = regions.kelurahanSelect;
  return control;
}

function formFields(control) {
  return [
    field({ name: 'nik', label: t('workers.field.nik'), control: control.nik, hint: t('workers.hint.nik') }),
    field({ name: 'fullName', label: t('workers.field.fullName'), control: control.fullName }),
    h('div', { class: 'field-pair' },
      field({ name: 'birthDate', label: t('workers.field.birthDate'), control: control.birthDate }),
      field({ name: 'sex', label: t('workers.field.sex'), control: control.sex })),
    h('div', { class: 'field-pair' },
      field({ name: 'kecamatan', label: t('workers.field.kecamatan'), control: control.kecamatan }),
      field({ name: 'kelurahanCode', label: t('workers.field.kelurahan'), control: control.kelurahanCode })),
    field({ name: 'category', label: t('workers.field.category'), control: control.category }),
    field({ name: 'phone', label: t('workers.field.phone'), control: control.phone, hint: t('workers.hint.phone') }),
    field({ name: 'address', label: t('workers.field.address'), control: control.address }),
  ];
}

/** The request body: empty optional fields are null (clears them on a change). */
function bodyOf(control) {
  return {
    nik: control.nik.value.trim(),
    fullName: control.fullName.value.trim(),
    birthDate: dateValue(control.birthDate) ?? '',
    sex: control.sex.value,
    kelurahanCode: control.kelurahanCode.value,
    category: control.category.value,
    phone: control.phone.value.trim() || null,
    address: control.address.value.trim() || null,
  };
}

function show(control, worker) {
  control.nik.value = worker.nik;
  control.fullName.value = worker.fullName;
  setDate(control.birthDate, worker.birthDate);
  control.sex.value = worker.sex;
  const kecamatan = [...control.kecamatan.options].find((o) => worker.kelurahanCode.startsWith(`${o.value}.`));
  control.kecamatan.value = kecamatan ? kecamatan.value : '';
  control.kecamatan.dispatchEvent(new Event('change'));
  control.kelurahanCode.value = worker.kelurahanCode;
  control.category.value = worker.category;
  control.phone.value = worker.phone || '';
  control.address.value = worker.address || '';
}

/**
 * onSaved(savedWorker) gets the worker with its warnings[]. Before saving, the draft's possible
 * duplicates are asked for (duplicate-warning.js); when there are some, saving needs "Simpan
 * tetap" with a reason, and a change to the form asks again.
 */
export async function openCreate({ user, onSaved }) {
  const ref = await reference();
  const control = inputs(ref, user);
  const duplicates = duplicatePanel();
  const actionsRow = actions(t('workers.create'), () => opened.dialog);
  let opened;
  const form = h('form', { class: 'stack', novalidate: true },
    formFields(control), duplicates.element, formAlert(), actionsRow);
  const submit = actionsRow.querySelector('button[type=submit]');
  // Any change to the worker's fields makes the warning stale: ask again on the next save.
  form.addEventListener('input', (event) => {
    if (duplicates.shown && !duplicates.element.contains(event.target)) {
      duplicates.hide();
      submit.hidden = false;
    }
  });
  form.addEventListener('change', (event) => {
    if (duplicates.shown && !duplicates.element.contains(event.target)) {
      duplicates.hide();
      submit.hidden = false;
    }
  });
  const save = (body) => submitDialog({ form, dialog: opened.dialog, done: onSaved, codeFields: CODE_FIELDS,
    send: async () => (await api.create('/workers', body)).body });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (duplicates.shown) return;
    const body = bodyOf(control);
    let candidates = [];
    await busy(form, async () => {
      try {
        clearProblem(form);
        candidates = (await api.post('/workers/duplicate-check', body)).candidates;
      } catch (error) {
        candidates = null;
        showProblem(form, error, CODE_FIELDS);
      }
    });
    if (candidates === null) return;
    if (candidates.length) {
      submit.hidden = true;
      duplicates.show(candidates, ref);
      return;
    }
    await save(body);
  });
  duplicates.saveAnyway.addEventListener('click', async () => {
    const reason = duplicates.reason();
    if (!reason) {
      showProblem(form, { errors: [{ field: 'duplicateReason', code: 'reason_required' }] });
      return;
    }
    await save({ ...bodyOf(control), duplicateReason: reason });
  });
  opened = openDialog(t('workers.new'), form);
  opened.dialog.classList.add('wide');
  control.nik.focus();
}

/**
 * Edits a worker; with correctionId the edit carries out that data subject's correction request
 * (the server checks it is open, about this worker and that the edit changes its field).
 */
export async function openEdit(id, { user, onSaved, correctionId }) {
  const ref = await reference();
  const control = inputs(ref, user);
  let etag = null;
  let opened;
  const reload = h('button', { type: 'button', class: 'button secondary small', onclick: () => load() }, t('users.reload'));
  const conflict = h('div', { class: 'conflict', role: 'alert', hidden: true }, h('p', {}, t('workers.conflict')), reload);
  const form = h('form', { class: 'stack', novalidate: true },
    correctionId ? h('p', { class: 'notice' }, t('subject.correction.edit_note')) : null,
    formFields(control), conflict, formAlert(), actions(t('action.save'), () => opened.dialog));

  async function load() {
    clearProblem(form);
    conflict.hidden = true;
    try {
      const { body: worker, etag: tag } = await api.request(`/workers/${encodeURIComponent(id)}`);
      etag = tag;
      opened.heading.textContent = t('workers.edit_title', { name: worker.fullName });
      show(control, worker);
      control.fullName.focus();
    } catch (error) {
      showProblem(form, error);
    }
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    await busy(form, async () => {
      try {
        const { body: saved } = await api.patch(`/workers/${encodeURIComponent(id)}`,
          correctionId ? { ...bodyOf(control), correctionId } : bodyOf(control), etag);
        opened.dialog.close();
        onSaved(saved);
      } catch (error) {
        if (error.status !== 412) {
          showProblem(form, error, CODE_FIELDS);
          return;
        }
        clearProblem(form);
        conflict.hidden = false;
      }
    });
    if (!conflict.hidden) reload.focus();
  });
  opened = openDialog(t('workers.edit_title', { name: '…' }), form);
  opened.dialog.classList.add('wide');
  await load();
}
