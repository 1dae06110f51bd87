package id.ngopeni.domain.heir;

import id.ngopeni.domain.Ids;
import id.ngopeni.domain.problem.Conflict;
import id.ngopeni.domain.problem.WorkerError;
import id.ngopeni.domain.problem.Invalid;
import id.ngopeni.domain.problem.Violations;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/** Validation of a worker's heir list, and who among them may receive a death benefit. */
public final class HeirRules {
  static final int MAX_NAME_LENGTH = 200;
  /**
   * Lawful co-widows share the spouse's part (PP 44/2015 Pasal 37(5)); a man may have at most
   * four wives (UU 1/1974 Pasal 3–5 with the court's permission; Kompilasi Hukum Islam Pasal 55).
   */
  public static final int MAX_SPOUSES = 4;
  private static final Pattern NIK_SHAPE = Pattern.compile("\\d{16}");

  private HeirRules() {}

  /**
   * Checks a whole heir list ({@code PUT /workers/{id}/heirs}) and gives each heir a new id.
   * Fields are reported as {@code heirs[i].field}.
   *
   * <ul>
   *   <li>fullName: required, at most 200 characters ({@code full_name_required}, {@code
   *       full_name_too_long})
   *   <li>relationship: required and known ({@code relationship_required}, {@code
   *       relationship_unknown})
   *   <li>at most {@link #MAX_SPOUSES} SPOUSE heirs ({@code spouse_duplicate} on the one too
   *       many): lawful co-widows are registered each as SPOUSE and share the spouse's part
   *   <li>birthDate: optional, not after {@code today} ({@code birth_date_in_future})
   *   <li>nik: optional; only its shape (16 digits, {@code nik_invalid}) and that no two heirs
   *       share one ({@code nik_duplicate}). The full NIK check belongs to the worker registry.
   * </ul>
   *
   * @throws Invalid {@code validation_failed} with every failing field
   */
  public static List<Heir> validate(List<HeirDraft> drafts, LocalDate today) {
    Violations violations = new Violations();
    List<Heir> heirs = new ArrayList<>();
    Set<String> niks = new HashSet<>();
    int spouses = 0;
    for (int i = 0; i < drafts.size(); i++) {
      HeirDraft draft = drafts.get(i);
      String at = "heirs[" + i + "].";
      String name = draft.fullName() == null ? "" : draft.fullName().strip();
      if (name.isEmpty()) {
        violations.add(at + "fullName", WorkerError.FULL_NAME_REQUIRED);
      } else if (name.length() > MAX_NAME_LENGTH) {
        violations.add(at + "fullName", WorkerError.FULL_NAME_TOO_LONG);
      }
      Optional<HeirRelationship> relationship = relationship(draft, at, violations);
      if (relationship.filter(r -> r == HeirRelationship.SPOUSE).isPresent()) {
        if (++spouses > MAX_SPOUSES) {
          violations.add(at + "relationship", WorkerError.SPOUSE_DUPLICATE);
        }
      }
      if (draft.birthDate() != null && draft.birthDate().isAfter(today)) {
        violations.add(at + "birthDate", WorkerError.BIRTH_DATE_IN_FUTURE);
      }
      String nik = draft.nik() == null || draft.nik().isBlank() ? null : draft.nik().strip();
      if (nik != null && !NIK_SHAPE.matcher(nik).matches()) {
        violations.add(at + "nik", WorkerError.NIK_INVALID);
      } else if (nik != null && !niks.add(nik)) {
        violations.add(at + "nik", WorkerError.NIK_DUPLICATE);
      }
      if (relationship.isPresent()) {
        heirs.add(new Heir(Ids.newId(), name, nik, relationship.get(), draft.birthDate()));
      }
    }
    violations.throwIfAny();
    return List.copyOf(heirs);
  }

  /**
   * Refuses a death benefit for {@code beneficiary} while an heir of a higher priority is
   * registered (PP 44/2015 Pasal 37(5)).
   *
   * @throws Invalid {@code heirId} / {@code heir_not_registered} if the beneficiary is not
   *     among {@code registered}
   * @throws Conflict {@code heir_not_highest_priority}, naming the relationship that comes first
   */
  public static void checkBeneficiary(Heir beneficiary, List<Heir> registered) {
    find(beneficiary.id(), registered);
    registered.stream()
        .filter(other -> other.outranks(beneficiary))
        .findFirst()
        .ifPresent(
            first -> {
              throw new Conflict(
                  WorkerError.HEIR_NOT_HIGHEST_PRIORITY,
                  "An heir with higher priority is registered ("
                      + first.relationship() + ", class " + first.priorityClass()
                      + "); the benefit cannot go to " + beneficiary.relationship()
                      + " (class " + beneficiary.priorityClass() + ").");
            });
  }

  /** The registered heir with this id, or {@link Invalid} {@code heir_not_registered}. */
  public static Heir find(UUID heirId, List<Heir> registered) {
    return registered.stream()
        .filter(h -> h.id().equals(heirId))
        .findFirst()
        .orElseThrow(
            () -> Invalid.of("heirId", WorkerError.HEIR_NOT_REGISTERED));
  }

  private static Optional<HeirRelationship> relationship(
      HeirDraft draft, String at, Violations violations) {
    if (draft.relationship() == null || draft.relationship().isBlank()) {
      violations.add(at + "relationship", WorkerError.RELATIONSHIP_REQUIRED);
      return Optional.empty();
    }
    Optional<HeirRelationship> parsed = HeirRelationship.parse(draft.relationship().strip());
    if (parsed.isEmpty()) {
      violations.add(at + "relationship", WorkerError.RELATIONSHIP_UNKNOWN);
    }
    return parsed;
  }
}
