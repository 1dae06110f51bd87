// The dashboard's region choice, for a registry of several regencies (a province's): a regency
// and, once one is chosen, optionally one of its kecamatan. It sits above the cards, and the
// cards that show one area follow it (the trend and the areas subscribe): nothing is read for
// them until a regency is chosen, then only that region (GET /coverage?within=,
// GET /coverage/trend?region=). A city (one regency) gets no choice at all.
import { h, fill, uniqueId } from '../dom.js';
import { t } from '../i18n.js';
import { options, reference } from '../reference.js';

/**
 * The choice the cards share: current() is { regency, kecamatan } (the regency {code, name,
 * kecamatan} or null, the kecamatan code or ''); subscribe(fn) runs fn with it on every change.
 */
export function regionChoice() {
  let current = { regency: null, kecamatan: '' };
  const listeners = [];
  return {
    current: () => current,
    subscribe: (fn) => listeners.push(fn),
    choose: (next) => {
      current = next;
      listeners.forEach((fn) => fn(next));
    },
  };
}

/**
 * What the whole registry covers, for headings: its one regency's name ("Kota Malang"), else all
 * of its regencies ("all 38 regencies and cities").
 */
export function registryName(ref) {
  if (ref.regencies.length === 1) return ref.regencies[0].name;
  if (ref.regencies.length === 0) return t('areas.whole_registry');
  return t('areas.all_regencies', { count: ref.regencies.length });
}

/** The chosen region as { code, name } ("Kabupaten Malang", "Kec. Donomulyo"), or null before a regency is chosen. */
export function chosenArea({ regency, kecamatan }) {
  if (!regency) return null;
  if (!kecamatan) return { code: regency.code, name: regency.name };
  const found = regency.kecamatan.find((k) => k.code === kecamatan);
  return { code: kecamatan, name: t('areas.kecamatan', { name: found?.name ?? kecamatan }) };
}

/** The two labelled selects, grouped under the card's heading; every change goes to choose. */
function selects(ref, labelledBy, choose) {
  const regencyId = uniqueId('region-regency');
  const kecamatanId = uniqueId('region-kecamatan');
  const regencySelect = h('select', { id: regencyId, 'data-choice': 'regency' },
    options(t('areas.choose_regency'), ref.regencies.map((r) => [r.code, r.name]), ''));
  const kecamatanSelect = h('select', { id: kecamatanId, 'data-choice': 'kecamatan', disabled: true },
    options(t('areas.whole_regency'), [], ''));
  const chosen = () => ref.regencies.find((r) => r.code === regencySelect.value) ?? null;

  regencySelect.addEventListener('change', () => {
    const regency = chosen();
    kecamatanSelect.replaceChildren(...options(t('areas.whole_regency'),
      (regency?.kecamatan ?? []).map((k) => [k.code, k.name]), ''));
    kecamatanSelect.disabled = !regency;
    choose({ regency, kecamatan: '' });
  });
  kecamatanSelect.addEventListener('change', () => choose({ regency: chosen(), kecamatan: kecamatanSelect.value }));

  return h('div', { class: 'region-choice', role: 'group', 'aria-labelledby': labelledBy },
    h('div', { class: 'field' }, h('label', { for: regencyId }, t('areas.regency')), regencySelect),
    h('div', { class: 'field' }, h('label', { for: kecamatanId }, t('areas.kecamatan_choice')), kecamatanSelect));
}

/**
 * The region card at the dashboard's top: hidden, and left so for a city; over several regencies
 * the selects feeding `choice`. A failed GET /regions is reported by the cards that need it.
 */
export function regionCard(choice, alive) {
  const headingId = 'dashboard-region-heading';
  const section = h('section', { class: 'card dashboard-region', id: 'dashboard-region', hidden: true });
  reference().then((ref) => {
    if (!alive() || ref.regencies.length < 2) return;
    fill(section, h('h2', { id: headingId }, t('areas.region')), h('p', { class: 'hint' }, t('region.intro')),
      selects(ref, headingId, choice.choose));
    section.setAttribute('aria-labelledby', headingId);
    section.hidden = false;
  }, () => {});
  return section;
}
