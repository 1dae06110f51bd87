// The data tables of the screens: class "table", a caption (for screen readers unless the screen
// shows it), one header row of column headings (scope="col") and the body the screen fills.
// On a phone (phone.css, up to 600 px) every row is a card and every cell shows its column's
// heading, from the data-label this module keeps on each cell whatever the screen puts in the
// body, now or later.
import { h, uniqueId } from './dom.js';
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
 * Gives each cell of the body and foot rows its column's heading as data-label (phone.css shows it
 * before the cell on a phone). A cell spanning several columns (a message row, a total's label)
 * gets none.
 */
export function labelCells(table) {
  const headings = [...(table.tHead?.rows[0]?.cells ?? [])].map((th) => th.textContent.replace(/\s+/g, ' ').trim());
  for (const section of [...table.tBodies, table.tFoot].filter(Boolean)) {
    for (const row of section.rows) {
      let column = 0;
      for (const cell of row.cells) {
        const label = cell.colSpan === 1 ? headings[column] : '';
        if (label && cell.dataset.label !== label) cell.dataset.label = label;
        else if (!label && cell.hasAttribute('data-label')) cell.removeAttribute('data-label');
        column += cell.colSpan;
      }
    }
  }
}

/**
 * dataTable({ className: 'batch-table', caption: t('…'), columns: ['claims.col.type', col('…', 'money'), actionsCol()], body })
 * caption: a text (hidden visually) or a <caption> the screen keeps to change; columns: translation
 * keys of plain headings, or headings made by col() and actionsCol(), null ones left out; body:
 * its <tbody> (with a <tfoot>: both, in an array); attributes: more attributes of the <table>.
 */
export function dataTable({ className, attributes = {}, caption, columns, body }) {
  const table = h('table', { class: className ? `table ${className}` : 'table', ...attributes },
    typeof caption === 'string' ? h('caption', { class: 'visually-hidden' }, caption) : caption,
    h('thead', {}, h('tr', {}, columns.map((column) => (typeof column === 'string' ? h('th', { scope: 'col' }, t(column)) : column)))),
    body);
  labelCells(table);
  // Rows arrive later (a pager, a reload): label them as they come, before they are painted.
  new MutationObserver(() => labelCells(table)).observe(table, { childList: true, subtree: true });
  return table;
}

/**
 * The table in a box that scrolls sideways when the screen is narrower than the table (or down,
 * when the screen caps its height: a dialog's .dialog-list). While it does, the box is a region
 * named by the caption that takes the keyboard focus, so the arrow keys scroll it (WCAG 2.1.1,
 * axe scrollable-region-focusable); a table that fits adds no tab stop.
 */
export function tableWrap(table) {
  const wrap = h('div', { class: 'table-wrap' }, table);
  const caption = table.caption;
  if (caption && !caption.id) caption.id = uniqueId('table-caption');
  const update = () => {
    if (wrap.scrollWidth > wrap.clientWidth + 1 || wrap.scrollHeight > wrap.clientHeight + 1) {
      wrap.setAttribute('role', 'region');
      wrap.tabIndex = 0;
      if (caption) wrap.setAttribute('aria-labelledby', caption.id);
      else wrap.setAttribute('aria-label', t('table.region'));
    } else {
      ['role', 'tabindex', 'aria-labelledby', 'aria-label'].forEach((name) => wrap.removeAttribute(name));
    }
  };
  const watcher = new ResizeObserver(update);
  watcher.observe(wrap);
  watcher.observe(table);
  // A table in a closed <details> (the dashboard's figures) gets no ResizeObserver report until it
  // is opened, yet its box is measured (layout is forced) and must already say what it is.
  requestAnimationFrame(update);
  return wrap;
}
