// The data tables of the screens: class "table", a caption (for screen readers unless the screen
// shows it), one header row of column headings (scope="col") and the body the screen fills.
import { h } from './dom.js';
import { t } from './i18n.js';

/** A column heading whose cells are aligned or styled by className, e.g. col('payouts.col.amount', 'money'). */
export function col(key, className) {
  return h('th', { scope: 'col', class: className }, t(key));
}

/** The heading of the column of row buttons: named for screen readers, not shown. */
export function actionsCol() {
  return h('th', { scope: 'col', class: 'actions' }, h('span', { class: 'visually-hidden' }, t('users.col.actions')));
}

/**
 * dataTable({ className: 'batch-table', caption: t('…'), columns: ['claims.col.type', col('…', 'money'), actionsCol()], body })
 * caption: a text (hidden visually) or a <caption> the screen keeps to change; columns: translation
 * keys of plain headings, or headings made by col() and actionsCol(), null ones left out; body:
 * its <tbody> (with a <tfoot>: both, in an array); attributes: more attributes of the <table>.
 */
export function dataTable({ className, attributes = {}, caption, columns, body }) {
  return h('table', { class: className ? `table ${className}` : 'table', ...attributes },
    typeof caption === 'string' ? h('caption', { class: 'visually-hidden' }, caption) : caption,
    h('thead', {}, h('tr', {}, columns.map((column) => (typeof column === 'string' ? h('th', { scope: 'col' }, t(column)) : column)))),
    body);
}

/** The table in a box that scrolls sideways on a narrow screen. */
export function tableWrap(table) {
  return h('div', { class: 'table-wrap' }, table);
}
