// The budget year's burn-down per funding source (GET /budgets/{year}/realisation): what is left
// of each allocation once each month's invoice (or, for months not invoiced yet, what the members
// already enrolled will be billed) is taken off. A line per source, each with its own dash and
// its name at its end, and the same figures in a table.
import * as api from '../api.js';
import { h } from '../dom.js';
import { t } from '../i18n.js';
import { month as monthName, monthShort, rupiah, rupiahShort } from '../format.js';
import { dataTable, col, tableWrap } from '../table.js';
import { lineChart } from '../svg-chart.js';
import { chartWidth } from './dashboard-trend.js';

function draw(report, currentMonth) {
  if (report.items.length === 0) return h('p', { class: 'notice' }, t('dashboard.budget.none', { year: report.year }));
  const months = report.items[0].months.map((m) => m.month);
  const chart = lineChart({ width: chartWidth(), labels: months.map(monthShort), format: rupiahShort,
    lines: report.items.map((item, index) => ({ key: item.fundingSource, className: `source-${index % 4}`,
      label: item.fundingSource, values: item.months.map((m) => m.remainingAfter) })) });
  const table = dataTable({ className: 'compact burndown-table',
    caption: h('caption', {}, t('burndown.caption', { year: report.year })),
    columns: ['burndown.col.month', ...report.items.map((item) => h('th', { scope: 'col', class: 'num money' }, item.fundingSource))],
    body: h('tbody', {},
      h('tr', { class: 'start' }, h('th', { scope: 'row' }, t('burndown.allocated')),
        report.items.map((item) => h('td', { class: 'num money' }, rupiah(item.allocated)))),
      months.map((m, i) => h('tr', { 'data-month': m, class: m === currentMonth ? 'current' : null },
        h('th', { scope: 'row' }, monthName(m), m === currentMonth ? h('span', { class: 'badge' }, t('burndown.now')) : null),
        report.items.map((item) => h('td', { class: 'num money' }, rupiah(item.months[i].remainingAfter)))))) });
  return [
    h('p', { class: 'hint' }, t('burndown.explain', { month: monthName(currentMonth) })),
    chart,
    h('ul', { class: 'legend lines' }, report.items.map((item, index) =>
      h('li', { class: `source-${index % 4}` }, t('burndown.legend', { source: item.fundingSource,
        allocated: rupiah(item.allocated), remaining: rupiah(item.remaining) })))),
    h('details', { class: 'figures-table' }, h('summary', {}, t('trend.show_table')), tableWrap(table)),
  ];
}

/** The burn-down card, built with the dashboard's card(id, heading, load, draw, alive). */
export function burndownCard(card, year, currentMonth, alive) {
  return card('dashboard-burndown', t('burndown.heading', { year }), () => api.get(`/budgets/${year}/realisation`),
    (report) => draw(report, currentMonth), alive);
}
