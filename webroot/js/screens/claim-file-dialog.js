// Filing a claim for a worker (POST /claims) from the worker's page. Eligibility, entitlement
// and required documents are the server's to compute from the membership in force on the
// incident date, so the dialog asks only what happened; the claim's page shows the rest.
import * as api from '../api.js';
import { h } from '../dom.js';
import { actions, openDialog, submitDialog } from '../dialog.js';
import { t } from '../i18n.js';
import { parseRupiah, today } from '../format.js';
import { checkbox, field, formAlert } from '../forms.js';
import { options } from '../reference.js';

/** The roles that file claims (x-roles of POST /claims; a field officer in their kelurahan). */
export const FILERS = ['ADMIN', 'OPERATOR', 'FIELD_OFFICER'];
/** OpenAPI ClaimType. */
const TYPES = ['JKM_DEATH', 'JKK_DEATH', 'JKK_MEDICAL'];

/** Opens the dialog; onFiled(claim) after a 201. */
export function openFileClaim({ workerId, onFiled }) {
  const once = api.intent();
  const type = h('select', {}, options(t('workers.choose'), TYPES.map((code) => [code, t(`claims.type.${code}`)])));
  const incident = h('input', { type: 'date', max: today() });
  const description = h('textarea', { rows: 3, maxlength: 4000 });
  const costs = h('input', { type: 'text', inputmode: 'numeric', autocomplete: 'off' });
  const costsField = field({ name: 'medicalCosts', label: t('claims.file.medicalCosts'), control: costs, hint: t('claims.file.medicalCosts_hint') });
  const traffic = checkbox({ name: 'trafficAccident', label: t('claims.file.traffic') });
  let opened;
  const form = h('form', { class: 'stack', novalidate: true },
    h('p', { class: 'hint' }, t('claims.file.intro')),
    field({ name: 'type', label: t('claims.col.type'), control: type }),
    field({ name: 'incidentDate', label: t('claims.col.incident'), control: incident, hint: t('claims.file.incident_hint') }),
    field({ name: 'description', label: t('claims.description'), control: description, hint: t('claims.file.description_hint') }),
    costsField,
    traffic,
    formAlert(),
    actions(t('claims.file.submit'), () => opened.dialog));

  // Medical costs belong to JKK_MEDICAL only; a road accident matters for the JKK types.
  function shape() {
    costsField.hidden = type.value !== 'JKK_MEDICAL';
    traffic.hidden = !type.value.startsWith('JKK');
  }
  type.addEventListener('change', shape);
  shape();

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const body = {
      workerId,
      type: type.value || undefined,
      incidentDate: incident.value || undefined,
      description: description.value.trim() || undefined,
      medicalCosts: costsField.hidden ? undefined : parseRupiah(costs.value),
      trafficAccident: traffic.hidden ? undefined : traffic.querySelector('input').checked,
    };
    await submitDialog({ form, dialog: opened.dialog, done: onFiled,
      send: () => once((key) => api.postOnce('/claims', body, key)) });
  });
  opened = openDialog(t('claims.file.title'), form);
  type.focus();
}
