// Reference data every registry screen needs: regions and worker categories. Fetched once per
// page load and shared (it is the same for every user); a failed fetch is forgotten, so the
// next screen asks again.
import * as api from './api.js';
import { h } from './dom.js';
import { language, t } from './i18n.js';

let cached = null;

/**
 * Resolves to { kecamatan: [...], regencies: [{code, name, kecamatan}], categories: [...],
 * regionName(code), categoryName(code) }. The regencies are those the kecamatan lie in, in code order.
 */
export function reference() {
  if (!cached) {
    cached = Promise.all([api.get('/regions'), api.get('/categories')]).then(([regions, categories]) => {
      const names = new Map();
      const regencies = [];
      for (const kecamatan of regions.items) {
        if (regencies.at(-1)?.code !== kecamatan.regencyCode) {
          regencies.push({ code: kecamatan.regencyCode, name: kecamatan.regencyName, kecamatan: [] });
          names.set(kecamatan.regencyCode, kecamatan.regencyName);
        }
        regencies.at(-1).kecamatan.push(kecamatan);
        names.set(kecamatan.code, kecamatan.name);
        kecamatan.kelurahan.forEach((k) => names.set(k.code, k.name));
      }
      const byCode = new Map(categories.items.map((c) => [c.code, c]));
      return {
        kecamatan: regions.items,
        regencies,
        categories: categories.items,
        regionName: (code) => names.get(code) || code,
        categoryName: (code) => {
          const category = byCode.get(code);
          if (!category) return code;
          return language() === 'en' ? category.nameEn : category.nameId;
        },
      };
    }).catch((error) => {
      cached = null;
      throw error;
    });
  }
  return cached;
}

let sources = null;

/** GET /funding-sources ({code, nameId, nameEn}), once per page load; a failure is forgotten, so the next call asks again. */
export function fundingSources() {
  if (!sources) {
    sources = api.get('/funding-sources').then((list) => list.items).catch((error) => {
      sources = null;
      throw error;
    });
  }
  return sources;
}

/** Forgets the regions and categories fetched, e.g. after an admin loaded new regions. */
export function forgetReference() {
  cached = null;
}

/** <option>s: a leading empty-valued option ("any", "choose…") unless null, then value/label pairs. */
export function options(first, pairs, selected) {
  const list = pairs.map(([value, label]) => h('option', { value, selected: value === selected }, label));
  return first === null ? list : [h('option', { value: '' }, first), ...list];
}

/**
 * A kecamatan select driving a kelurahan select: choosing a kecamatan narrows the kelurahan.
 * `only` (a field officer's kelurahan codes) limits both to what the user may work in.
 */
export function regionSelects(ref, { anyLabel, only = null, kelurahan = '' } = {}) {
  const allowed = (k) => !only || only.includes(k.code);
  const kecamatanList = ref.kecamatan.filter((kc) => kc.kelurahan.some(allowed));
  const kecamatanSelect = h('select', {});
  const kelurahanSelect = h('select', {});
  const current = kecamatanList.find((kc) => kc.kelurahan.some((k) => k.code === kelurahan));
  kecamatanSelect.append(...options(anyLabel ?? t('workers.choose'), kecamatanList.map((kc) => [kc.code, kc.name]), current?.code));

  function fillKelurahan(selected) {
    const kc = kecamatanList.find((k) => k.code === kecamatanSelect.value);
    const list = kc ? kc.kelurahan.filter(allowed) : [];
    kelurahanSelect.replaceChildren(...options(anyLabel ?? t('workers.choose'), list.map((k) => [k.code, k.name]), selected));
    kelurahanSelect.disabled = !kc;
  }
  kecamatanSelect.addEventListener('change', () => fillKelurahan(''));
  fillKelurahan(kelurahan);
  return { kecamatanSelect, kelurahanSelect };
}
