// Recording a santunan event for a worker (POST /santunan-events): a death or a work accident
// on a date, with a note of its proof and, optionally, the claim the city assists with BPJS.
// Each santunan programme in force whose rules the worker meets gives one entitlement; the
// server answers 422 naming the field when none applies. OPERATOR only, as the API allows.
import * as api from '../api.js';
import { h } from '../dom.js';
import { actions, openDialog, submitDialog } from '../dialog.js';
import { t } from '../i18n.js';
import { today } from '../format.js';
import { field, formAlert } from '../forms.js';
import { options } from '../reference.js';
import { dateInput, dateValue } from '../date-input.js';

/** x-roles of POST /santunan-events. */
export const EVENT_RECORDERS = ['OPERATOR'];

/** Opens the dialog; onRecorded({eventId, entitlements}) after a 201. */
export function openSantunanEvent({ workerId, claimId = null, kind = '', eventDate = '', onRecorded }) {
  const once = api.intent();
  const kindSelect = h('select', {}, options(t('workers.choose'),
    ['DEATH', 'WORK_ACCIDENT'].map((k) => [k, t(`santunan.kind.${k}`)]), kind));
  const on = dateInput({ max: today(), value: eventDate });
  const proof = h('textarea', { rows: 3, maxlength: 1000 });
  let opened;
  const form = h('form', { class: 'stack santunan-event-form', novalidate: true },
    h('p', { class: 'hint' }, t('santunan.event.intro')),
    field({ name: 'kind', label: t('santunan.event.kind'), control: kindSelect }),
    field({ name: 'eventDate', label: t('santunan.event.date'), control: on }),
    field({ name: 'proofNote', label: t('santunan.field.proof'), control: proof, hint: t('santunan.event.proof_hint') }),
    formAlert(),
    actions(t('santunan.event.submit'), () => opened.dialog));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const body = {
      workerId,
      kind: kindSelect.value || undefined,
      eventDate: dateValue(on),
      proofNote: proof.value.trim() || undefined,
    };
    if (claimId) body.claimId = claimId;
    await submitDialog({ form, dialog: opened.dialog, done: onRecorded,
      send: () => once((key) => api.postOnce('/santunan-events', body, key)) });
  });
  opened = openDialog(t('santunan.event.title'), form);
  kindSelect.focus();
}
