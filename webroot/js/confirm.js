// The last look before money moves (generating a month's invoices, recording a payment): what
// will happen with its amounts, and two buttons. Cancel has the focus, so a reflex Enter or
// Space never commits the city's money; Escape cancels too.
import { h } from './dom.js';
import { t } from './i18n.js';
import { openDialog } from './dialog.js';

/**
 * ask({ title, intro, about, confirmLabel }) resolves to true once the user confirms, to false
 * when they cancel. `about`: the facts (amounts) as an element; confirmClass styles the button.
 */
export function ask({ title, intro, about, confirmLabel, confirmClass = 'primary' }) {
  return new Promise((resolve) => {
    let confirmed = false;
    let opened;
    const cancel = h('button', { type: 'button', class: 'button secondary', onclick: () => opened.dialog.close() },
      t('action.cancel'));
    const confirm = h('button', {
      type: 'button',
      class: `button ${confirmClass}`,
      onclick: () => {
        confirmed = true;
        opened.dialog.close();
      },
    }, confirmLabel);
    const body = h('div', { class: 'stack confirm' }, intro ? h('p', {}, intro) : null, about,
      h('div', { class: 'actions-row' }, cancel, confirm));
    opened = openDialog(title, body);
    opened.dialog.addEventListener('close', () => resolve(confirmed));
    cancel.focus();
  });
}
