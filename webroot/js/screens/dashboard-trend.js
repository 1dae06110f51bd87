// An area's coverage month by month (GET /coverage/trend): UCJ against its target when the area
// has a baseline (else the members covered), and the enrolments and departures of each month.
// Every figure is also in a table, and the charts say in words what they show.
import * as api from '../api.js';
import { h, fill } from '../dom.js';
import { t } from '../i18n.js';
import { date, month as monthName, monthShort, number, percent2 } from '../format.js';
import { dataTable, col, tableWrap } from '../table.js';
import { barPairs, lineChart } from '../svg-chart.js';
import { problemMessage } from '../forms.js';
import { reference } from '../reference.js';
import { chosenArea } from './dashboard-region.js';

export const TREND_MONTHS = 12;

/** A chart's drawing width: the card's width on a phone, 720 units on a wider screen. */
export function chartWidth() {
  return window.innerWidth < 600 ? 360 : 720;
}

const has = (value) => value !== undefined && value !== null;

/** The target as a share of the workforce, for the chart's target line only (two decimals). */
function targetPercent(item) {
  return has(item.target) && item.workforce > 0 ? Math.round((item.target * 10000) / item.workforce) / 100 : null;
}

function legend(entries) {
  return h('ul', { class: 'legend lines' }, entries.map(([className, label]) => h('li', { class: className }, label)));
}

function ucjChart(items) {
  const labels = items.map((i) => monthShort(i.month));
  const ucj = items.map((i) => (has(i.ucjPercent) ? Number(i.ucjPercent) : null));
  const target = items.map(targetPercent);
  return [
    lineChart({ width: chartWidth(), labels, format: (v) => `${number(Math.round(v * 10) / 10)} %`,
      lines: [{ key: 'ucj', values: ucj, className: 'ucj', label: t('trend.line.ucj') },
        { key: 'target', values: target, className: 'target', label: t('trend.line.target') }] }),
    legend([['ucj', t('trend.legend.ucj')], ['target', t('trend.legend.target')]]),
  ];
}

function coveredChart(items) {
  return [
    lineChart({ width: chartWidth(), labels: items.map((i) => monthShort(i.month)), format: number, integer: true,
      lines: [{ key: 'covered', values: items.map((i) => i.covered), className: 'covered', label: t('trend.line.covered') }] }),
    legend([['covered', t('trend.legend.covered')]]),
  ];
}

function flowChart(items) {
  return [
    barPairs({ width: chartWidth(), labels: items.map((i) => monthShort(i.month)), format: number,
      bars: [{ values: items.map((i) => i.enrolled), className: 'enrolled' }, { values: items.map((i) => i.left), className: 'left' }] }),
    legend([['enrolled', t('trend.legend.enrolled')], ['left', t('trend.legend.left')]]),
  ];
}

function table(items, caption) {
  return tableWrap(dataTable({ className: 'compact trend-table', caption: h('caption', {}, caption),
    columns: ['trend.col.month', col('trend.col.covered', 'num'), col('trend.col.enrolled', 'num'), col('trend.col.left', 'num'),
      col('trend.col.participants', 'num'), col('trend.col.ucj', 'num')],
    body: h('tbody', {}, items.map((i) => h('tr', { 'data-month': i.month },
      h('th', { scope: 'row' }, monthName(i.month)),
      h('td', { class: 'num' }, number(i.covered)),
      h('td', { class: 'num' }, number(i.enrolled)),
      h('td', { class: 'num' }, number(i.left)),
      h('td', { class: 'num' }, number(i.participants), i.estimated ? h('span', { class: 'estimated' }, ' *') : null),
      h('td', { class: 'num' }, has(i.ucjPercent) ? percent2(i.ucjPercent) : '—')))) }));
}

/** The figures, charts and table of a trend answer; `name` is the area's as the user reads it. */
export function trendView(trend, name) {
  const items = trend.items;
  const last = items[items.length - 1];
  const enrolled = items.reduce((sum, i) => sum + i.enrolled, 0);
  const left = items.reduce((sum, i) => sum + i.left, 0);
  const withUcj = items.some((i) => has(i.ucjPercent));
  const estimated = items.some((i) => i.estimated);
  const baseline = trend.baseline;
  return h('div', { class: 'trend', 'data-area': trend.area ? trend.area.code : 'scope' },
    h('dl', { class: 'figures' },
      h('div', { class: 'figure' }, h('dt', {}, t('trend.covered_now')),
        h('dd', {}, h('strong', {}, number(last.covered)), h('span', {}, t('trend.on_day', { day: date(last.day) })))),
      h('div', { class: 'figure' }, h('dt', {}, t('trend.enrolled_total', { months: items.length })),
        h('dd', {}, h('strong', {}, number(enrolled)), h('span', {}, t('trend.left_total', { left: number(left) })))),
      has(last.ucjPercent) ? h('div', { class: 'figure' }, h('dt', {}, t(last.estimated ? 'trend.ucj_estimated' : 'trend.ucj_now')),
        h('dd', {}, h('strong', {}, percent2(last.ucjPercent)),
          h('span', {}, t('trend.of_target', { target: number(last.target), workforce: number(last.workforce) })))) : null),
    h('p', { class: 'chart-title', id: `trend-line-${trend.area ? trend.area.code : 'scope'}` },
      withUcj ? t('trend.ucj_title', { name }) : t('trend.covered_title', { name })),
    withUcj ? ucjChart(items) : coveredChart(items),
    h('p', { class: 'chart-title' }, t('trend.flow_title', { name })),
    flowChart(items),
    estimated && baseline ? h('p', { class: 'hint estimated-note' }, t('trend.estimated_note', {
      reported: number(baseline.reportedParticipants), day: date(baseline.asOf) })) : null,
    withUcj ? null : h('p', { class: 'hint' }, t('trend.no_baseline')),
    h('details', { class: 'figures-table' }, h('summary', {}, t('trend.show_table')),
      table(items, t('trend.caption', { name }))));
}

/** The trend of `region` (null: the only city, or a field officer's own kelurahan). */
export function loadTrend(region) {
  const query = new URLSearchParams({ months: String(TREND_MONTHS) });
  if (region) query.set('region', region);
  return api.get(`/coverage/trend?${query}`);
}

/**
 * An area's trend, loaded into its own slot; `name` null names it as the answer does (the city's
 * own name).
 */
export function trendSlot(code, name, alive) {
  const slot = h('div', { class: 'trend-slot' }, h('p', { class: 'muted' }, t('app.loading')));
  loadTrend(code).then((trend) => alive() && fill(slot, trendView(trend, name ?? trend.area?.name ?? t('areas.whole_registry'))),
    (error) => alive() && fill(slot, h('p', { class: 'form-error', role: 'alert' }, problemMessage(error))));
  return slot;
}

/**
 * The dashboard's trend card. A city (one regency): the city's, as GET /coverage/trend answers
 * without a region. Several regencies: nothing read until a region is chosen (`region`, from
 * dashboard-region.js), then that region's, the card's heading naming it.
 */
export function trendCard(card, region, alive) {
  const heading = h('span', {}, t('trend.heading'));
  return card('dashboard-trend', heading, () => reference(), (ref) => {
    if (ref.regencies.length < 2) return trendSlot(null, null, alive);
    const body = h('div', { class: 'trend-region' });
    const show = (choice) => {
      const area = chosenArea(choice);
      heading.textContent = area ? t('trend.heading_of', { name: area.name }) : t('trend.heading');
      fill(body, area ? trendSlot(area.code, area.name, alive) : h('p', { class: 'hint' }, t('trend.choose_first')));
    };
    region.subscribe(show);
    show(region.current());
    return body;
  }, alive);
}
