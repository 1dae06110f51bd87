package id.ngopeni.persistence.worker;

import java.time.LocalDate;
import java.util.UUID;

/** A validated import row ready for the worker table ({@code nameKey} = PersonNames.normalize). */
public record NewWorker(
    UUID id,
    String nik,
    String fullName,
    String nameKey,
    LocalDate birthDate,
    String sex,
    String kelurahanCode,
    String category,
    String phone,
    String address) {

  /** No personal data in logs. */
  @Override
  public String toString() {
    return "NewWorker[id=" + id + ", kelurahanCode=" + kelurahanCode + "]";
  }
}
