// Everyone lands here. Roles that may read coverage and budgets see the city's figures
// (UCJ % with its source, projection, trends, coverage by area down to the kelurahan, budget use
// and burn-down); a field officer sees their own kelurahan; every role that works a queue sees
// how many claims and payouts wait for it. Each card loads on its own, so one failing API
// leaves the others standing. No figure is ever invented: no baseline or no budget says so.
import * as api from '../api.js';
import { barChart } from '../chart.js';
import { h, fill } from '../dom.js';
import { dataTable, col, tableWrap } from '../table.js';
import { t } from '../i18n.js';
import { date, number, percent2 as percent, rupiah, today } from '../format.js';
import { problemMessage } from '../forms.js';
import { budgetCard } from './dashboard-budget.js';
import { casesCard } from './dashboard-cases.js';
import { burndownCard } from './dashboard-burndown.js';
import { areasCard, myAreaCard } from './dashboard-areas.js';
import { trendCard } from './dashboard-trend.js';
import { regionCard, regionChoice, registryName } from './dashboard-region.js';
import { reference } from '../reference.js';

// The head of office (APPROVER) approves money: they see coverage and budgets too, read-only.
const FIGURE_ROLES = ['ADMIN', 'OPERATOR', 'APPROVER', 'AUDITOR'];
const COVERED = '#0b6e4f';
const TARGET = '#b7d3c6';
// A list page holds at most 500; a fuller queue shows as "500+".
const QUEUE_LIMIT = 500;

/** A card whose body is filled once its data arrives (or with the reason it did not). */
function card(id, heading, load, draw, alive) {
  const body = h('div', { class: 'card-body' }, h('p', { class: 'muted' }, t('app.loading')));
  load().then((data) => {
    if (alive()) fill(body, draw(data));
  }, (error) => {
    if (alive()) fill(body, h('p', { class: 'form-error', role: 'alert' }, problemMessage(error)));
  });
  return h('section', { class: 'card', id, 'aria-labelledby': `${id}-heading` },
    h('h2', { id: `${id}-heading` }, heading), body);
}

function figure(label, value, note) {
  return h('div', { class: 'figure' }, h('dt', {}, label), h('dd', {}, h('strong', {}, value), note ? h('span', {}, note) : null));
}

/** Where the baseline's figures come from and their day, or that nobody recorded it. */
function source(total) {
  if (!total.baselineSource && !total.baselineAsOf) return h('p', { class: 'hint baseline-source' }, t('dashboard.source_missing'));
  return h('p', { class: 'hint baseline-source' },
    total.baselineSource ? t('dashboard.source', { source: total.baselineSource }) : t('dashboard.source_unnamed'),
    total.baselineAsOf ? ` ${t('dashboard.source_day', { day: date(total.baselineAsOf) })}` : '');
}

/** The UCJ card's body: `ref` is the reference data, or null when it could not be read. */
function ucj([report, ref]) {
  const { total, projection } = report;
  if (total.workforce === undefined || total.workforce === null) {
    const several = ref && ref.regencies.length > 1;
    const missing = several
      ? t('dashboard.no_baseline_several', { count: ref.regencies.length, year: report.year })
      : t('dashboard.no_baseline', { area: ref ? registryName(ref) : t('areas.whole_registry'), year: report.year });
    return [
      h('dl', { class: 'figures' }, figure(t('dashboard.covered'), number(total.covered))),
      h('p', { class: 'notice' }, missing),
    ];
  }
  return [
    h('dl', { class: 'figures' },
      figure(t('dashboard.ucj'), percent(total.ucjPercent), t('dashboard.ucj_note', { year: report.year })),
      figure(t('dashboard.participants'), number(total.reportedParticipants ?? total.covered),
        t('dashboard.of_workforce', { workforce: number(total.workforce) })),
      figure(t('dashboard.target'), number(total.target), t('dashboard.covered_here', { covered: number(total.covered) }))),
    source(total),
    projection
      ? h('dl', { class: 'figures projection' },
        figure(t('dashboard.needed'), number(projection.workersNeeded), t('dashboard.needed_note')),
        figure(t('dashboard.monthly'), rupiah(projection.monthlyCostNeeded),
          t('dashboard.minimum', { premium: rupiah(projection.minimumMonthlyPremium) })),
        figure(t('dashboard.annual'), rupiah(projection.annualCostNeeded)))
      : null,
  ];
}

function kecamatanChart(report) {
  const rows = report.rows;
  if (rows.length === 0) return h('p', { class: 'muted' }, t('dashboard.no_members'));
  const withTarget = rows.some((row) => row.target !== undefined && row.target !== null);
  const series = [{ values: rows.map((row) => row.covered), color: COVERED }];
  if (withTarget) series.push({ values: rows.map((row) => row.target ?? 0), color: TARGET });
  const canvas = h('canvas', { class: 'chart', 'aria-hidden': 'true' });
  barChart(canvas, { width: 720, height: 260, labels: rows.map((row) => row.name || row.key), series, format: number });
  const legend = h('ul', { class: 'legend' },
    h('li', { class: 'covered' }, t('dashboard.col.covered')),
    withTarget ? h('li', { class: 'target' }, t('dashboard.col.target')) : null);
  const table = dataTable({ className: 'compact', caption: h('caption', {}, t('dashboard.kecamatan_caption', { asOf: report.asOf })),
    columns: ['dashboard.col.kecamatan', col('dashboard.col.covered', 'num'), col('dashboard.col.target', 'num'),
      col('dashboard.col.ucj', 'num'), col('dashboard.col.premium', 'num')],
    body: h('tbody', {}, rows.map((row) => h('tr', { 'data-key': row.key },
      h('th', { scope: 'row' }, row.name || row.key),
      h('td', { class: 'num' }, number(row.covered)),
      h('td', { class: 'num' }, row.target === undefined || row.target === null ? '—' : number(row.target)),
      h('td', { class: 'num' }, row.ucjPercent === undefined || row.ucjPercent === null ? '—' : percent(row.ucjPercent)),
      h('td', { class: 'num money' }, rupiah(row.monthlyPremium))))) });
  return [canvas, legend, withTarget ? null : h('p', { class: 'muted' }, t('dashboard.no_kecamatan_baseline')),
    tableWrap(table)];
}

/**
 * Coverage by kecamatan, chart and table. A city: the dashboard's own report (`coverage`). Several
 * regencies: the kecamatan of the regency chosen in `region` (GET /coverage?groupBy=kecamatan
 * &within=), nothing read before a choice — a province has hundreds of kecamatan.
 */
function kecamatanCard(coverage, region, alive) {
  const heading = h('span', {}, t('dashboard.kecamatan_heading'));
  const load = () => reference().then((ref) => (ref.regencies.length < 2 ? coverage.then((report) => ({ report })) : {}));
  return card('dashboard-kecamatan', heading, load, ({ report }) => {
    if (report) return kecamatanChart(report);
    const body = h('div', { class: 'kecamatan-region' });
    let shown; // the regency code shown (null: none chosen yet), undefined before the first call
    const show = ({ regency }) => {
      if ((regency?.code ?? null) === shown) return; // a kecamatan chosen within it: the same chart
      shown = regency?.code ?? null;
      heading.textContent = regency ? t('dashboard.kecamatan_heading_of', { name: regency.name }) : t('dashboard.kecamatan_heading');
      if (!regency) {
        fill(body, h('p', { class: 'hint' }, t('dashboard.kecamatan_choose_first')));
        return;
      }
      const asked = shown;
      fill(body, h('p', { class: 'muted' }, t('app.loading')));
      api.get(`/coverage?groupBy=kecamatan&within=${encodeURIComponent(regency.code)}`).then(
        (report) => alive() && asked === shown && fill(body, kecamatanChart(report)),
        (error) => alive() && asked === shown && fill(body, h('p', { class: 'form-error', role: 'alert' }, problemMessage(error))));
    };
    region.subscribe(show);
    show(region.current());
    return body;
  }, alive);
}

async function queueCount(path) {
  const page = await api.get(`${path}&limit=${QUEUE_LIMIT}`);
  return page.nextCursor ? `${number(QUEUE_LIMIT)}+` : number(page.items.length);
}

function queues(routes, alive) {
  const open = new Set(routes.map((route) => route.path));
  const wanted = [
    open.has('claims') && { path: '/claims?status=SUBMITTED', href: '#/claims', key: 'claims' },
    open.has('payouts') && { path: '/payouts?status=PENDING_APPROVAL', href: '#/payouts', key: 'payouts' },
  ].filter(Boolean);
  if (wanted.length === 0) return null;
  return card('dashboard-queues', t('dashboard.queues'),
    () => Promise.all(wanted.map((q) => queueCount(q.path))),
    (counts) => h('ul', { class: 'tiles queues' }, wanted.map((q, i) =>
      h('li', {}, h('a', { class: 'tile', href: q.href, 'data-queue': q.key },
        h('strong', { class: 'count' }, counts[i]), h('span', {}, t(`dashboard.queue.${q.key}`)))))),
    alive);
}

export function render(main, { user, routes, alive }) {
  const figures = FIGURE_ROLES.includes(user.role);
  // The budget year is the office's (Asia/Jakarta), whatever the browser's zone.
  const now = today();
  const year = Number(now.slice(0, 4));
  const coverage = figures ? api.get('/coverage?groupBy=kecamatan') : null;
  // One request feeds several cards; a failure is reported by each card, never unhandled.
  coverage?.catch(() => {});
  const others = routes.filter((route) => route.path !== 'dashboard');
  // Over several regencies, the one (or kecamatan) the trend and areas cards show.
  const region = figures ? regionChoice() : null;
  // The UCJ card names what it covers once the regions are known: a city, or all regencies.
  const ucjHeading = h('span', {}, t('dashboard.ucj_heading'));
  if (figures) {
    reference().then((ref) => {
      if (alive()) ucjHeading.textContent = t('dashboard.ucj_heading_of', { area: registryName(ref) });
    }, () => {});
  }
  // Cards a role does not get are left out, never appended as "null".
  main.append(...[
    h('h1', { tabindex: '-1' }, t('nav.dashboard')),
    h('p', { class: 'lead' }, t('dashboard.welcome', { name: user.username, role: t(`role.${user.role}`) })),
    figures && regionCard(region, alive),
    figures && card('dashboard-ucj', ucjHeading,
      () => Promise.all([coverage, reference().catch(() => null)]), ucj, alive),
    figures && trendCard(card, region, alive),
    figures && budgetCard(card, year, alive),
    figures && burndownCard(card, year, now.slice(0, 7), alive),
    figures && areasCard(card, coverage, region, alive),
    figures && kecamatanCard(coverage, region, alive),
    user.role === 'FIELD_OFFICER' && user.kelurahanCodes?.length ? myAreaCard(card, user, alive) : null,
    queues(routes, alive),
    routes.some((route) => route.path === 'cases-overdue') ? casesCard(card, alive) : null,
    h('section', { class: 'card', 'aria-labelledby': 'dashboard-menu' },
      h('h2', { id: 'dashboard-menu' }, t('dashboard.menu')),
      h('ul', { class: 'tiles' }, others.map((route) =>
        h('li', {}, h('a', { class: 'tile', href: `#/${route.path}` },
          h('strong', {}, t(route.label)),
          h('span', {}, t(`dashboard.tile.${route.path}`)))))))].filter(Boolean));
}
