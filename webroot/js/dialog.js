// The modal dialogs of every screen: a native <dialog> (focus trap, Escape closes), removed
// from the page once closed.
import { h, uniqueId } from './dom.js';
import { t } from './i18n.js';

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
