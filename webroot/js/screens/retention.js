// Retention (#/retention, ADMIN; issue 17): how long each kind of record is kept, how many are
// past their period now and the oldest (the dry run, made when the screen opens), and a real
// run on confirmation: what it deleted or anonymised, in how many batches, what it held back.
// The same run happens every night at 02:00 WIB; each batch leaves an audit tombstone.
import * as api from '../api.js';
import { h, fill } from '../dom.js';
import { t } from '../i18n.js';
import { date, dateTime, number } from '../format.js';
import { problemMessage } from '../forms.js';
import { confirmDialog } from '../dialog.js';
import { dataTable, col, tableWrap } from '../table.js';
import { messageRow } from '../pager.js';

const COLUMNS = 6;

function row(item, dryRun) {
  const name = t(`retention.kind.${item.kind}`);
  return h('tr', { 'data-kind': item.kind },
    h('th', { scope: 'row' }, name, h('span', { class: 'sub' }, t(`retention.why.${item.kind}`))),
    h('td', { class: 'num' }, t('retention.days', { n: number(item.periodDays) })),
    h('td', {}, t(`retention.action.${item.action}`)),
    h('td', { class: 'num' }, number(item.count)),
    h('td', {}, item.oldest ? date(item.oldest) : '—'),
    h('td', {}, dryRun ? t('retention.not_run') : item.done === 0 && !item.held && !item.failed ? t('retention.nothing') : [
      t('retention.done', { n: number(item.done), batches: number(item.batches) }),
      item.held ? h('span', { class: 'sub' }, t('retention.held', { n: number(item.held) })) : null,
      item.failed ? h('span', { class: 'badge danger' }, t('retention.failed')) : null,
    ]));
}

export function render(main, { alive }) {
  const body = h('tbody');
  const status = h('p', { class: 'notice', role: 'status' });
  const caption = h('caption', { class: 'visually-hidden' }, t('retention.table'));
  const runButton = h('button', { type: 'button', class: 'button danger', onclick: confirmRun }, t('retention.run'));
  const dryButton = h('button', { type: 'button', class: 'button secondary', onclick: () => load(true) }, t('retention.dry_run'));
  const send = api.intent();

  function show(report) {
    fill(status, t(report.dryRun ? 'retention.status_dry' : 'retention.status_run', { at: dateTime(report.at) }));
    fill(body, report.items.map((item) => row(item, report.dryRun)));
  }

  async function load(dryRun) {
    fill(body, messageRow(COLUMNS, t('app.loading')));
    try {
      const report = await api.post('/privacy/retention/run', { dryRun });
      if (alive()) show(report);
    } catch (error) {
      if (alive()) fill(body, messageRow(COLUMNS, problemMessage(error), true));
    }
  }

  function confirmRun() {
    confirmDialog({
      title: t('retention.confirm_title'),
      intro: t('retention.confirm_intro'),
      submitLabel: t('retention.run'),
      submitClass: 'danger',
      send: () => send((key) => api.postOnce('/privacy/retention/run', { dryRun: false }, key)),
      onDone: (report) => {
        if (alive()) show(report);
        runButton.focus();
      },
    });
  }

  main.append(
    h('h1', { tabindex: '-1' }, t('nav.retention')),
    h('p', { class: 'lead' }, t('retention.lead')),
    h('section', { class: 'card flush', 'aria-label': t('retention.table') },
      h('div', { class: 'privacy-toolbar' }, status, dryButton, runButton),
      tableWrap(dataTable({
        className: 'retention-table',
        caption,
        columns: ['retention.col.kind', col('retention.col.period', 'num'), 'retention.col.action',
          col('retention.col.count', 'num'), 'retention.col.oldest', 'retention.col.result'],
        body,
      }))));
  load(true);
}
