// The modal dialogs of every screen: a native <dialog> (focus trap, Escape closes), removed
// from the page once closed.
import { h, uniqueId } from './dom.js';
import { t } from './i18n.js';
import { busy, field, formAlert, showProblem } from './forms.js';

export function openDialog(title, form) {
  const titleId = uniqueId('dialog-title');
  const heading = h('h2', { id: titleId }, title);
  const dialog = h('dialog', { class: 'dialog', 'aria-labelledby': titleId }, heading, form);
  dialog.addEventListener('close', () => dialog.remove());
  document.body.append(dialog);
  dialog.showModal();
  return { dialog, heading };
}

/** Cancel and submit; `dialog()` is read late because the form exists before its dialog. */
export function actions(submitLabel, dialog, submitClass = 'primary') {
  return h('div', { class: 'actions-row' },
    h('button', { type: 'button', class: 'button secondary', onclick: () => dialog().close() }, t('action.cancel')),
    h('button', { type: 'submit', class: `button ${submitClass}` }, submitLabel));
}

/**
 * Submits a dialog's form: while the form is busy, send() makes the request; then the dialog
 * closes and done(result) runs, or the ApiError shows in the form (codeFields: problem codes to
 * the fields they concern, as for showProblem).
 */
export async function submitDialog({ form, dialog, send, done, codeFields }) {
  await busy(form, async () => {
    try {
      const result = await send();
      dialog.close();
      done(result);
    } catch (error) {
      showProblem(form, error, codeFields);
    }
  });
}

/**
 * A decision to confirm: an intro, what it concerns (`about`), optionally a reason to give,
 * and the action. send(reason) performs it; its ApiError shows in the dialog (a 403, a 422
 * under the reason); onDone(result) runs after success. Cancel has the focus, as in confirm.js's
 * ask(): a reflex Enter or Space never approves, rejects or moves money (issue 19.6); the
 * reason, when asked for, is one Shift+Tab or a click away.
 */
export function confirmDialog({ title, intro, about, reason, submitLabel, submitClass = 'primary', send, onDone }) {
  const reasonInput = reason ? h('textarea', { rows: 3, maxlength: 1000 }) : null;
  let opened;
  const form = h('form', { class: 'stack', novalidate: true },
    h('p', {}, intro),
    about,
    reason ? field({ name: 'reason', label: reason.label, control: reasonInput, hint: reason.hint }) : null,
    formAlert(),
    actions(submitLabel, () => opened.dialog, submitClass));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    await submitDialog({ form, dialog: opened.dialog, send: () => send(reasonInput ? reasonInput.value.trim() : undefined), done: onDone });
  });
  opened = openDialog(title, form);
  focusCancel(form);
}

/** Gives the focus to a dialog's Cancel (the actions row's plain button), never to its submit. */
export function focusCancel(container) {
  container.querySelector('.actions-row button[type=button]').focus();
}
