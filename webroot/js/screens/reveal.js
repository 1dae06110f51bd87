// Full identifiers on request (issue 17): the worker page shows NIKs and phones masked; a role
// that needs the full values asks for them with a purpose from a fixed list, and the server
// records the reveal. The purposes per role mirror the server's RevealPolicy (the server decides).
import * as api from '../api.js';
import { h } from '../dom.js';
import { t } from '../i18n.js';
import { actions, openDialog } from '../dialog.js';
import { busy, field, formAlert, showProblem } from '../forms.js';

export const PURPOSES = {
  OPERATOR: ['VERIFICATION', 'CLAIM_FILING', 'BPJS_REGISTRATION', 'PAYOUT', 'CORRECTION'],
  ADMIN: ['VERIFICATION', 'CORRECTION', 'BPJS_REGISTRATION'],
  FIELD_OFFICER: ['VERIFICATION', 'CLAIM_FILING'],
  APPROVER: ['PAYOUT'],
  AUDITOR: [],
};

export function mayReveal(role) {
  return (PURPOSES[role] || []).length > 0;
}

/** Asks for the purpose, then the full identifiers; onRevealed(answer) gets the server's answer. */
export function openReveal({ workerId, role, onRevealed }) {
  const select = h('select', { required: true },
    h('option', { value: '' }, t('privacy.purpose.choose')),
    (PURPOSES[role] || []).map((purpose) => h('option', { value: purpose }, t(`privacy.purpose.${purpose}`))));
  let opened;
  const form = h('form', { class: 'stack', novalidate: true },
    h('p', {}, t('privacy.reveal.intro')),
    field({ name: 'purpose', label: t('privacy.purpose.label'), control: select, hint: t('privacy.reveal.recorded') }),
    formAlert(),
    actions(t('privacy.reveal.submit'), () => opened.dialog));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    await busy(form, async () => {
      try {
        const answer = await api.post(`/workers/${encodeURIComponent(workerId)}/reveal`, { purpose: select.value });
        opened.dialog.close();
        onRevealed(answer);
      } catch (error) {
        showProblem(form, error);
      }
    });
  });
  opened = openDialog(t('privacy.reveal.title'), form);
  select.focus();
}
