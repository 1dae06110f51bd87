// The areas card's region choice, for a registry of several regencies (a province's): a regency
// and, once one is chosen, optionally one of its kecamatan. The card then asks GET /coverage for
// that region only (`within`) instead of every kelurahan of the province. A city (one regency)
// gets no choice at all.
import { h, uniqueId } from '../dom.js';
import { t } from '../i18n.js';
import { options } from '../reference.js';

/**
 * The two labelled selects in a fieldset, or null when the registry holds one regency.
 * onChoose({ regency, kecamatan }) runs on every change: the regency {code, name} or null,
 * the kecamatan code or ''.
 */
export function regionChoice(ref, onChoose) {
  if (ref.regencies.length < 2) return null;
  const regencyId = uniqueId('areas-regency');
  const kecamatanId = uniqueId('areas-kecamatan');
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
    onChoose({ regency, kecamatan: '' });
  });
  kecamatanSelect.addEventListener('change', () => onChoose({ regency: chosen(), kecamatan: kecamatanSelect.value }));

  return h('fieldset', { class: 'region-choice' },
    h('legend', {}, t('areas.region')),
    h('div', { class: 'field' }, h('label', { for: regencyId }, t('areas.regency')), regencySelect),
    h('div', { class: 'field' }, h('label', { for: kecamatanId }, t('areas.kecamatan_choice')), kecamatanSelect));
}
