// The audit trail's filters: period, actor (chosen by name), action (by its words, or a whole
// group), a person by NIK (kept in memory, sent in a body, never put in the address) and, for
// links, the entity's type and id. The person chosen from an entry's link is a worker id.
import * as api from '../api.js';
import { h, fill } from '../dom.js';
import { has, t } from '../i18n.js';
import { field } from '../forms.js';
import { dateInput, dateValue, setDate } from '../date-input.js';

// Every action the API records, by group (the part before the dot); any other code typed in an
// address still filters.
export const ACTIONS = {
  user: ['created', 'updated'],
  role_grant: ['asked', 'confirmed', 'refused'],
  worker: ['created', 'updated', 'heirs_replaced', 'nik_probe', 'death_recorded'],
  membership: ['created', 'ended', 'lapsed', 'sector_changed'],
  claim: ['submitted', 'verified', 'rejected', 'paid', 'handed_over', 'bpjs_answered', 'accident_reported',
    'follow_up_resolved'],
  document: ['uploaded'],
  payout: ['created', 'approved', 'rejected', 'batched', 'cancelled', 'retried', 'paid', 'failed'],
  batch: ['created', 'reconciled'],
  invoice: ['generated', 'paid'],
  budget: ['set'],
  baseline: ['set'],
  tariff: ['created'],
  earmark: ['set'],
  category: ['created'],
  regions: ['imported'],
  holidays: ['replaced'],
  service_duration: ['added'],
  import: ['started', 'finished'],
  santunan_programme: ['created', 'updated'],
  santunan_event: ['recorded'],
  bpjs: ['registration_answered', 'reconciliation_imported', 'difference_resolved', 'overpayment_carried',
    'refunds_due', 'refund_received'],
  dtsen: ['imported', 'policy_set'],
  decree: ['created', 'exception_granted', 'requirement_set', 'reverified'],
  decree_change: ['proposed', 'approved', 'rejected'],
  demo: ['loaded', 'cases', 'santunan'],
};

export const NAMES = ['from', 'to', 'actorId', 'action', 'workerId', 'entityType', 'entityId'];
const DATES = ['from', 'to'];

// Suggestions only: any entity type the API records can be typed in.
const ENTITY_TYPES = ['user', 'worker', 'heir', 'membership', 'claim', 'claim_document', 'payout', 'payout_batch',
  'premium_invoice', 'budget', 'tariff', 'decree', 'decree_change', 'santunan_programme', 'santunan_event'];

/** A translated label when we have one, else the API's own code. */
export function labelOr(prefix, code) {
  return has(`${prefix}.${code}`) ? t(`${prefix}.${code}`) : code;
}

function actionOptions(selected) {
  const groups = Object.entries(ACTIONS).map(([group, actions]) => h('optgroup', { label: labelOr('audit.group', group) },
    h('option', { value: group, selected: selected === group }, t('audit.filter.action_group', { group: labelOr('audit.group', group) })),
    actions.map((a) => h('option', { value: `${group}.${a}`, selected: selected === `${group}.${a}` },
      labelOr('audit.action', `${group}.${a}`)))));
  return [h('option', { value: '' }, t('audit.filter.any')), groups];
}

/**
 * The form. onApply(filters, nik) runs on submit and on clear; set(filters, nik) shows filters
 * that came from elsewhere (the address, a link in a row).
 */
export function auditFilters({ onApply, alive }) {
  const inputs = {
    from: dateInput(),
    to: dateInput(),
    actorId: h('select', {}, h('option', { value: '' }, t('audit.filter.any'))),
    action: h('select', {}, actionOptions('')),
    entityType: h('input', { type: 'text', list: 'audit-entity-types', autocomplete: 'off', spellcheck: 'false' }),
    entityId: h('input', { type: 'text', autocomplete: 'off', spellcheck: 'false' }),
  };
  const nik = h('input', { inputmode: 'numeric', maxlength: 16, autocomplete: 'off', spellcheck: 'false' });
  let workerId = '';
  const person = h('p', { class: 'hint audit-person', hidden: true });

  function values() {
    // The period's days are typed DD/MM/YYYY and sent (and kept in the address) as ISO dates.
    const read = (name) => (DATES.includes(name) ? dateValue(inputs[name]) ?? '' : inputs[name].value.trim());
    const out = Object.fromEntries(NAMES.map((name) => [name, inputs[name] ? read(name) : '']));
    out.workerId = nik.value.trim() ? '' : workerId;
    return out;
  }

  function set(filters, typedNik = '') {
    for (const name of NAMES) {
      if (DATES.includes(name)) setDate(inputs[name], filters[name]);
      else if (inputs[name]) inputs[name].value = filters[name] || '';
    }
    if (filters.action && !inputs.action.value) {
      inputs.action.append(h('option', { value: filters.action }, filters.action));
      inputs.action.value = filters.action;
    }
    workerId = filters.workerId || '';
    nik.value = typedNik;
    showPerson(null);
  }

  /** Says whose entries are shown when a person was chosen by link (their name once known). */
  function showPerson(name) {
    person.hidden = !workerId;
    fill(person, workerId ? [t('audit.filter.person_chosen', { name: name || t('audit.filter.person_unknown') }), ' ',
      h('button', { type: 'button', class: 'link-button', onclick: () => { workerId = ''; onApply(values(), nik.value.trim()); } },
        t('audit.filter.person_clear'))] : []);
  }

  api.get('/audit/actors').then((answer) => {
    if (!alive()) return;
    const chosen = inputs.actorId.value;
    inputs.actorId.append(...answer.items.map((a) => h('option', { value: a.id }, `${a.username} (${labelOr('role', a.role)})`)));
    inputs.actorId.value = chosen;
  }).catch(() => {
    // Without the list the trail still filters by everything else.
  });

  const element = h('form', {
    class: 'filters audit-filters',
    'aria-label': t('audit.filter.label'),
    onsubmit: (event) => {
      event.preventDefault();
      onApply(values(), nik.value.trim());
    },
  },
  field({ name: 'from', label: t('audit.filter.from'), control: inputs.from }),
  field({ name: 'to', label: t('audit.filter.to'), control: inputs.to }),
  field({ name: 'actorId', label: t('audit.filter.actor'), control: inputs.actorId }),
  field({ name: 'action', label: t('audit.filter.action'), control: inputs.action }),
  field({ name: 'nik', label: t('audit.filter.nik'), control: nik, hint: t('audit.filter.nik_hint') }),
  field({ name: 'entityType', label: t('audit.filter.type'), control: inputs.entityType, hint: t('audit.filter.type_hint') }),
  h('datalist', { id: 'audit-entity-types' }, ENTITY_TYPES.map((type) => h('option', { value: type }, labelOr('audit.entity', type)))),
  field({ name: 'entityId', label: t('audit.filter.id'), control: inputs.entityId }),
  person,
  h('div', { class: 'filter-actions' },
    h('button', { type: 'submit', class: 'button primary' }, t('audit.filter.apply')),
    h('button', {
      type: 'button',
      class: 'button secondary',
      onclick: () => {
        set({});
        onApply(values(), '');
      },
    }, t('audit.filter.clear'))));

  return { element, values, set, showPerson, nik: () => nik.value.trim() };
}
