// Tariffs (#/tariffs): the premium rules by programme, each in force for whole months, for every
// source and sector or only one (PP 50/2025's relief tariffs cut JKK and JKM for some sources and
// sectors for a while); the most specific in force prices a membership. Every role reads them (a
// field officer quotes a premium from here); an ADMIN adds one (tariff-dialog.js), never edits.
import * as api from '../api.js';
import { h } from '../dom.js';
import { dataTable, tableWrap } from '../table.js';
import { language, t } from '../i18n.js';
import { date, rupiah, today } from '../format.js';
import { statusTabs } from '../tabs.js';
import { fundingSources } from '../reference.js';
import { latestOnly } from '../latest.js';
import { loadRows, noticeLine } from './money-common.js';
import { PROGRAMS, openTariff } from './tariff-dialog.js';

/** The role that adds tariffs (x-roles of POST /tariffs). */
const TARIFF_WRITERS = ['ADMIN'];
const VIEWS = ['IN_FORCE', 'ALL'];
const COLUMNS = 6;

let shownView = VIEWS[0];

/** IN_FORCE today, UPCOMING or ENDED. */
export function tariffState(tariff, day = today()) {
  if (tariff.validFrom > day) return 'UPCOMING';
  if (tariff.validTo && tariff.validTo < day) return 'ENDED';
  return 'IN_FORCE';
}

/** "1 % of the declared income, at least Rp…, at most Rp…" or "Rp6.800 a month". */
export function contribution(tariff) {
  if (tariff.kind === 'FLAT') return t('tariffs.flat', { amount: rupiah(tariff.flatAmount) });
  const percent = new Intl.NumberFormat(language() === 'en' ? 'en-GB' : 'id-ID', { maximumFractionDigits: 2 })
    .format(tariff.rateBasisPoints / 100);
  return [t('tariffs.rate', { percent }),
    tariff.minimum !== null && tariff.minimum !== undefined ? h('span', { class: 'sub' }, t('tariffs.minimum', { amount: rupiah(tariff.minimum) })) : null,
    tariff.maximum !== null && tariff.maximum !== undefined ? h('span', { class: 'sub' }, t('tariffs.maximum', { amount: rupiah(tariff.maximum) })) : null];
}

/** Programme order, then the general before the specific, then oldest first. */
function byProgramme(a, b) {
  return PROGRAMS.indexOf(a.program) - PROGRAMS.indexOf(b.program)
    || String(a.fundingSource || '').localeCompare(String(b.fundingSource || ''))
    || String(a.sector || '').localeCompare(String(b.sector || ''))
    || a.validFrom.localeCompare(b.validFrom);
}

function stateBadge(state) {
  const style = { IN_FORCE: 'badge outcome-paid', UPCOMING: 'badge batch-open', ENDED: 'badge muted' }[state];
  return h('span', { class: style }, t(`tariffs.state.${state}`));
}

export function render(main, { user, alive }) {
  const notice = noticeLine();
  const body = h('tbody');
  const caption = h('caption', { class: 'visually-hidden' });
  let sources = [];

  function row(tariff) {
    const state = tariffState(tariff);
    const source = sources.find((s) => s.code === tariff.fundingSource);
    return h('tr', { 'data-tariff-id': tariff.id, 'data-program': tariff.program },
      h('th', { scope: 'row' }, h('strong', {}, tariff.program), h('span', { class: 'sub' }, t(`tariffs.program.${tariff.program}`))),
      h('td', {}, tariff.validTo ? t('tariffs.between', { from: date(tariff.validFrom), to: date(tariff.validTo) })
        : t('tariffs.since', { from: date(tariff.validFrom) }), h('span', { class: 'sub' }, stateBadge(state))),
      h('td', {}, tariff.fundingSource
        ? [h('strong', {}, tariff.fundingSource), source ? h('span', { class: 'sub' }, language() === 'en' ? source.nameEn : source.nameId) : null]
        : t('tariffs.every_source')),
      h('td', {}, tariff.sector ? t(`sector.${tariff.sector}`) : t('tariffs.every_sector')),
      h('td', {}, contribution(tariff)),
      h('td', {}, tariff.discountPercent ? t('tariffs.discount', { percent: tariff.discountPercent }) : '—'));
  }

  const latest = latestOnly(); // a tab switched or a tariff saved before the list answered: only the latest draws
  function show() {
    caption.textContent = t(`tariffs.caption.${shownView}`);
    return loadRows({
      body,
      columns: COLUMNS,
      alive,
      guard: latest,
      empty: t(`tariffs.empty.${shownView}`),
      row,
      load: async () => {
        sources = await fundingSources().catch(() => []);
        const all = (await api.get('/tariffs')).items.slice().sort(byProgramme);
        return shownView === 'ALL' ? all : all.filter((tariff) => tariffState(tariff) === 'IN_FORCE');
      },
    });
  }

  const add = TARIFF_WRITERS.includes(user.role) ? h('button', {
    type: 'button',
    class: 'button primary',
    onclick: () => openTariff({
      onSaved: (tariff) => {
        notice.says(t('tariffs.saved', { program: tariff.program, from: date(tariff.validFrom) }));
        show();
      },
    }),
  }, t('tariffs.add')) : null;
  main.append(
    h('div', { class: 'page-head' }, h('h1', { tabindex: '-1' }, t('nav.tariffs')), h('div', { class: 'page-actions' }, add)),
    h('p', { class: 'lead' }, t('tariffs.lead')),
    notice.element,
    h('section', { class: 'card flush' },
      statusTabs({
        codes: VIEWS,
        current: shownView,
        label: (code) => t(`tariffs.view.${code}`),
        groupLabel: t('tariffs.views'),
        onChange: (code) => {
          shownView = code;
          show();
        },
      }),
      tableWrap(dataTable({ className: 'tariff-table', caption,
        columns: ['tariffs.col.program', 'tariffs.col.period', 'tariffs.col.source', 'tariffs.col.sector',
          'tariffs.col.contribution', 'tariffs.col.discount'],
        body }))));
  show();
}
