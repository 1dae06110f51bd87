// The year's budget per funding source as horizontal bars: invoiced, then committed (the
// premiums still to invoice until December), against the allocation. Drawn as SVG whose
// widths are attributes (the CSP forbids style=, not attributes), with every figure in text.
import * as api from '../api.js';
import { h } from '../dom.js';
import { t } from '../i18n.js';
import { month, number, rupiah } from '../format.js';
import { svg } from '../svg-chart.js';

/** A 0–100 wide bar: the allocation as the track, invoiced and committed on top of it. */
function usageBar(position) {
  const allocated = Number(position.allocated);
  const invoiced = Number(position.invoiced);
  const committed = Number(position.committed);
  // Over-committed sources scale to what is used, so the overshoot stays visible.
  const scale = Math.max(1, allocated, invoiced + committed);
  const width = (amount) => ((amount / scale) * 100).toFixed(2);
  const bar = svg('svg', { class: 'usage', viewBox: '0 0 100 6', preserveAspectRatio: 'none', 'aria-hidden': 'true' });
  bar.append(
    svg('rect', { class: 'allocated', x: 0, y: 0, width: width(allocated), height: 6 }),
    svg('rect', { class: 'invoiced', x: 0, y: 0, width: width(invoiced), height: 6 }),
    svg('rect', { class: 'committed', x: width(invoiced), y: 0, width: width(committed), height: 6 }));
  return bar;
}

function source(position, year) {
  const over = Number(position.remaining) < 0;
  return h('li', { class: over ? 'budget over' : 'budget', 'data-source': position.fundingSource },
    h('div', { class: 'budget-head' },
      h('strong', {}, position.fundingSource),
      h('span', {}, t('dashboard.budget.allocated', { amount: rupiah(position.allocated) }))),
    usageBar(position),
    h('dl', { class: 'budget-figures' },
      h('div', { class: 'invoiced' }, h('dt', {}, t('dashboard.budget.invoiced')), h('dd', {}, rupiah(position.invoiced))),
      h('div', { class: 'committed' }, h('dt', {}, t('dashboard.budget.committed')), h('dd', {}, rupiah(position.committed))),
      h('div', { class: 'remaining' }, h('dt', {}, t(over ? 'dashboard.budget.over' : 'dashboard.budget.remaining')),
        h('dd', {}, rupiah(position.remaining))),
      h('div', {}, h('dt', {}, t('dashboard.budget.affordable')), h('dd', {}, number(Math.max(0, position.workersAffordable))))),
    h('p', { class: 'hint budget-why' }, explain(position, year)));
}

/**
 * Why "more workers it can still fund" is what it is, in words: the remainder divided by what one
 * more worker costs until December. In December no month is left, so the answer is 0 however much
 * remains, and the sentence says so instead of leaving "0" next to billions.
 */
export function explain(position, year) {
  const remaining = Number(position.remaining);
  if (remaining <= 0) return t('dashboard.budget.why_none_left');
  if (!position.affordableMonths) {
    return t('dashboard.budget.why_december', { remaining: rupiah(position.remaining), year, next: Number(year) + 1 });
  }
  return t('dashboard.budget.why', {
    remaining: rupiah(position.remaining),
    months: number(position.affordableMonths),
    from: month(position.affordableFrom),
    cost: rupiah(position.costPerWorker),
    workers: number(Math.max(0, position.workersAffordable)),
  });
}

function draw(report) {
  if (report.items.length === 0) return h('p', { class: 'notice' }, t('dashboard.budget.none', { year: report.year }));
  return h('ul', { class: 'budgets' }, report.items.map((position) => source(position, report.year)));
}

/** The budget card, built with the dashboard's card(id, heading, load, draw, alive). */
export function budgetCard(card, year, alive) {
  return card('dashboard-budget', t('dashboard.budget.heading', { year }), () => api.get(`/budgets/${year}`), draw, alive);
}
