package id.ngopeni.api.worker;

import id.ngopeni.domain.heir.Heir;
import id.ngopeni.domain.worker.PersonNames;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import id.ngopeni.domain.heir.HeirDraft;
import id.ngopeni.domain.privacy.Masks;
import java.util.Objects;

/**
 * Keeps the ids of heirs that did not change when a list is replaced: payouts reference heir ids,
 * so re-sending the same family must not orphan them. The same heir is the same relationship,
 * normalised name and birth date (a corrected NIK or a recapitalised name keeps the id).
 */
final class HeirIds {
  private HeirIds() {}

  static List<Heir> reuse(List<Heir> existing, List<Heir> incoming) {
    Map<String, Deque<Heir>> byKey = new HashMap<>();
    existing.forEach(h -> byKey.computeIfAbsent(key(h), k -> new ArrayDeque<>()).add(h));
    List<Heir> out = new ArrayList<>(incoming.size());
    for (Heir h : incoming) {
      Deque<Heir> same = byKey.get(key(h));
      Heir match = same == null ? null : same.poll();
      out.add(match == null ? h : new Heir(match.id(), h.fullName(), h.nik(), h.relationship(), h.birthDate()));
    }
    return out;
  }

  /**
   * The drafts with each masked NIK sent back unchanged (the console shows heirs masked) replaced
   * by the stored NIK it masks, of the stored heir with the same relationship and name. A mask
   * that matches none stays, and is refused as a NIK like any other non-digits.
   */
  static List<HeirDraft> unmask(List<Heir> existing, List<HeirDraft> drafts) {
    List<HeirDraft> out = new ArrayList<>(drafts.size());
    for (HeirDraft d : drafts) {
      String nik = d.nik();
      if (Masks.isMasked(nik)) {
        nik = existing.stream()
            .filter(h -> h.nik() != null && Masks.nik(h.nik()).equals(d.nik().strip())
                && h.relationship().name().equals(Objects.toString(d.relationship(), "").strip())
                && PersonNames.normalize(h.fullName()).equals(PersonNames.normalize(Objects.toString(d.fullName(), ""))))
            .map(Heir::nik).findFirst().orElse(nik);
      }
      out.add(new HeirDraft(d.fullName(), nik, d.relationship(), d.birthDate()));
    }
    return out;
  }

  private static String key(Heir h) {
    return h.relationship() + "|" + PersonNames.normalize(h.fullName()) + "|" + Objects.toString(h.birthDate(), "");
  }
}
