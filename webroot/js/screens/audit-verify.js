// "Verify chain": the server recomputes every hash of the audit trail. The answer is shown in
// words, not only in colour: intact with the number of entries, or broken from entry #n on.
import * as api from '../api.js';
import { h, fill } from '../dom.js';
import { t } from '../i18n.js';
import { dateTime, number } from '../format.js';
import { problemMessage } from '../forms.js';

/**
 * The panel. onResult(verification) lets the screen mark the broken entry and resolves to
 * that entry's row when it is on the page, so the panel can offer to jump to it.
 */
export function verifyPanel({ alive, onResult }) {
  const result = h('div', { class: 'verify-result', role: 'status' });
  const button = h('button', { type: 'button', class: 'button primary', onclick: run }, t('audit.verify.run'));

  async function run() {
    button.disabled = true;
    fill(result, h('p', { class: 'verify-line' }, t('audit.verify.running')));
    try {
      const verification = await api.get('/audit/verify');
      if (!alive()) return;
      const row = await onResult(verification);
      if (!alive()) return;
      fill(result, verification.valid ? intact(verification) : broken(verification, row),
        h('p', { class: 'hint' }, t('audit.verify.checked_at', { time: dateTime(new Date().toISOString()) })));
    } catch (error) {
      if (!alive()) return;
      fill(result, h('p', { class: 'verify-line failed' }, problemMessage(error)));
    } finally {
      button.disabled = false;
    }
  }

  return h('section', { class: 'card verify-panel', 'aria-labelledby': 'audit-verify-heading' },
    h('div', { class: 'card-head' },
      h('h2', { id: 'audit-verify-heading' }, t('audit.verify.heading')),
      button),
    h('p', { class: 'hint' }, t('audit.verify.intro')),
    result);
}

function intact(verification) {
  return h('p', { class: 'verify-line valid' },
    h('strong', {}, t('audit.verify.valid')), ' ',
    t('audit.verify.valid_detail', { entries: number(verification.entries) }));
}

function broken(verification, row) {
  const seq = verification.firstBrokenSeq;
  return h('div', { class: 'verify-line broken' },
    h('p', {}, h('strong', {}, t('audit.verify.broken')), ' ',
      t('audit.verify.broken_detail', { seq, entries: number(verification.entries) })),
    row
      ? h('button', { type: 'button', class: 'button small secondary', onclick: () => row.focus() }, t('audit.verify.show_entry', { seq }))
      : h('p', { class: 'hint' }, t('audit.verify.not_on_page', { seq })));
}
