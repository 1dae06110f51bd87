// The case part of a claim's page: BPJS Ketenagakerjaan pays JKK and JKM itself, the city
// follows the case. Shows the stage, the service clocks (working days on the loaded holiday
// calendar), the hand-over to BPJS, BPJS's answers and expected vs paid line by line, with
// the forms an OPERATOR or ADMIN uses next (claim-case-forms.js).
import { h, fill } from '../dom.js';
import { language, t } from '../i18n.js';
import { date, dateTime, number, rupiah } from '../format.js';
import { accidentForm, answerForm, followUpForm, handOverForm } from './claim-case-forms.js';

const OFFICE = ['ADMIN', 'OPERATOR'];
const STAGES = ['SUBMITTED', 'VERIFIED', 'HANDED_OVER', 'BPJS'];

/** Where the case stands on the way SUBMITTED → VERIFIED → HANDED_OVER → BPJS's answer. */
function stageSteps(status) {
  const at = status.startsWith('BPJS_') ? 'BPJS' : status;
  const reached = STAGES.indexOf(at);
  return h('ol', { class: 'stage-steps', 'aria-label': t('cases.stage') }, STAGES.map((stage, i) => h('li', {
    class: i < reached ? 'done' : i === reached ? 'current' : null,
    'aria-current': i === reached ? 'step' : null,
  }, t(`cases.step.${stage}`))));
}

export function clockState(clock) {
  return h('span', { class: `badge clock-${clock.state.toLowerCase()}`, 'data-state': clock.state },
    t(`cases.clock_state.${clock.state}`));
}

function lateText(clock) {
  if (!clock.late) return '—';
  return t(clock.unit === 'HOURS' ? 'cases.late_hours' : 'cases.late_days', { count: number(clock.late) });
}

export function clocksTable(clocks, caption) {
  return h('div', { class: 'table-wrap' }, h('table', { class: 'table clocks' },
    h('caption', { class: 'visually-hidden' }, caption),
    h('thead', {}, h('tr', {},
      h('th', { scope: 'col' }, t('cases.clock')),
      h('th', { scope: 'col' }, t('cases.started')),
      h('th', { scope: 'col' }, t('cases.due')),
      h('th', { scope: 'col' }, t('cases.state')),
      h('th', { scope: 'col' }, t('cases.late')))),
    h('tbody', {}, clocks.map((clock) => h('tr', { 'data-clock': clock.clock },
      h('th', { scope: 'row' }, t(`cases.clock_name.${clock.clock}`),
        h('span', { class: 'sub hint' }, clock.regulation)),
      h('td', {}, date(clock.startedOn)),
      h('td', {}, clock.dueAt ? dateTime(clock.dueAt) : date(clock.dueOn),
        clock.calendarComplete ? null : h('span', { class: 'sub' }, t('cases.calendar_missing'))),
      h('td', {}, clockState(clock)),
      h('td', {}, lateText(clock)))))));
}

function handOverFacts(claim) {
  const handOver = claim.handOver;
  if (!handOver) return h('p', { class: 'muted' }, t('cases.not_handed_over'));
  return h('dl', { class: 'facts', 'data-handover': '' },
    h('dt', {}, t('cases.handed_over_on')), h('dd', {}, date(handOver.handedOverOn)),
    h('dt', {}, t('cases.branch')), h('dd', {}, handOver.bpjsBranch),
    h('dt', {}, t('cases.case_number')), h('dd', {}, handOver.bpjsCaseNumber));
}

function followUpNotice(flags, resolution) {
  if (!flags.length) return null;
  return h('div', { class: resolution ? 'notice' : 'warnings', role: 'note', 'data-follow-up': flags.join(' ') },
    h('p', {}, h('strong', {}, t(resolution ? 'cases.follow_up_closed' : 'cases.follow_up'))),
    h('ul', {}, flags.map((flag) => h('li', {}, t(`cases.flag.${flag}`)))),
    resolution ? h('p', { 'data-resolution': resolution.outcome },
      t(`cases.resolution.${resolution.outcome}`), ' · ', dateTime(resolution.resolvedAt), ' · ', resolution.reason) : null);
}

function checkTable(check) {
  return h('div', { class: 'table-wrap' }, h('table', { class: 'table expected-paid' },
    h('caption', { class: 'visually-hidden' }, t('cases.expected_vs_paid')),
    h('thead', {}, h('tr', {},
      h('th', { scope: 'col' }, t('claims.line')),
      h('th', { scope: 'col' }, t('claims.regulation')),
      h('th', { scope: 'col', class: 'money' }, t('cases.expected')),
      h('th', { scope: 'col', class: 'money' }, t('cases.paid')))),
    h('tbody', {}, check.lines.map((line) => h('tr', { 'data-line': line.code, class: line.shortfall ? 'shortfall' : null },
      h('th', { scope: 'row' }, language() === 'en' && line.labelEn ? line.labelEn : line.label,
        line.shortfall ? h('span', { class: 'sub' }, t('cases.shortfall')) : null),
      h('td', { class: 'hint' }, line.regulation),
      h('td', { class: 'money' }, rupiah(line.expected)),
      h('td', { class: 'money' }, line.paid === null ? '—' : rupiah(line.paid))))),
    h('tfoot', {}, h('tr', {},
      h('th', { scope: 'row', colspan: 2 }, t('claims.total')),
      h('td', { class: 'money sum' }, rupiah(check.expectedTotal)),
      h('td', { class: 'money sum', 'data-paid-total': '' }, rupiah(check.paidTotal))))));
}

function answersList(answers) {
  if (!answers.length) return h('p', { class: 'muted' }, t('cases.no_answer'));
  return h('ul', { class: 'answers' }, answers.map((a) => h('li', { 'data-outcome': a.outcome },
    h('strong', {}, t(`cases.outcome.${a.outcome}`)), ' · ', date(a.answeredOn),
    a.outcome === 'REFUSED' ? null : [' · ', rupiah(a.amount), ' → ', a.paidToName,
      a.paidToRelationship ? ` (${t(`heirs.rel.${a.paidToRelationship}`)})` : ''],
    a.reason ? h('span', { class: 'sub' }, a.reason) : null)));
}

/** The card; show(claim) draws it from a single-claim answer (with its `case`). */
export function claimCaseCard({ user, alive, say, reload }) {
  const element = h('section', { class: 'card', 'aria-labelledby': 'claim-case', 'data-case': '' });

  function show(claim) {
    const view = claim.case || { clocks: [], answers: [], check: { lines: [], followUp: [] } };
    const office = OFFICE.includes(user.role);
    const done = () => {
      say(t('cases.saved'));
      reload();
    };
    const jkk = claim.type !== 'JKM_DEATH';
    fill(element,
      h('h2', { id: 'claim-case' }, t('cases.heading')),
      h('p', { class: 'muted' }, t('cases.who_pays')),
      stageSteps(claim.status),
      followUpNotice(claim.followUp || [], claim.followUpResolution),
      office && claim.followUpOpen ? followUpForm(claim, done, alive) : null,
      h('h3', {}, t('cases.clocks')),
      view.clocks.length ? clocksTable(view.clocks, t('cases.clocks')) : h('p', { class: 'muted' }, t('cases.no_clocks')),
      office && jkk && !claim.accidentReportedAt && !['REJECTED', 'PAID'].includes(claim.status)
        ? accidentForm(claim, done, alive) : null,
      h('h3', {}, t('cases.handover')),
      handOverFacts(claim),
      office && claim.status === 'VERIFIED' ? handOverForm(claim, done, alive) : null,
      h('h3', {}, t('cases.expected_vs_paid')),
      checkTable(view.check),
      h('h3', {}, t('cases.answers')),
      answersList(view.answers),
      office && ['HANDED_OVER', 'BPJS_PARTLY_PAID'].includes(claim.status) ? answerForm(claim, done, alive) : null);
  }

  return { element, show };
}
