package id.ngopeni.domain.worker;

import id.ngopeni.domain.Components;
import id.ngopeni.domain.region.RegionCode;
import java.time.LocalDate;
import java.util.List;

/**
 * A registration that passed {@link WorkerDraft#validate}: typed, trimmed and normalised, ready to
 * be stored. Whether the kelurahan and category exist, and whether the NIK or the person is already
 * registered, needs the database and is checked there.
 *
 * @param fullName as given, trimmed, inner whitespace collapsed (the key for duplicates is {@link
 *     PersonNames#normalize} of it)
 * @param phone {@code +62…}, or null when none was given
 * @param address trimmed, or null when none was given
 * @param warnings what a clerk should look at; never a reason to refuse
 */
public record ValidatedWorker(
    Nik nik,
    String fullName,
    LocalDate birthDate,
    Sex sex,
    RegionCode kelurahan,
    String category,
    String phone,
    String address,
    List<WorkerWarning> warnings) {

  public ValidatedWorker {
    Components.requireNonNull("nik fullName birthDate sex kelurahan category",
        nik, fullName, birthDate, sex, kelurahan, category);
    warnings = List.copyOf(warnings);
  }

  /** The key duplicate detection compares names by. */
  public String nameKey() {
    return PersonNames.normalize(fullName);
  }

  /** Personal data (name, birth date, phone, address) stays out of logs; the NIK is masked. */
  @Override
  public String toString() {
    return "ValidatedWorker[nik="
        + nik
        + ", kelurahan="
        + kelurahan
        + ", category="
        + category
        + "]";
  }
}
