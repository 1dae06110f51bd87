package id.ngopeni.persistence.worker;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A worker row with its coverage. {@code nik} is personal data: never log this record. */
public record StoredWorker(
    UUID id,
    String nik,
    String fullName,
    LocalDate birthDate,
    String sex,
    String kelurahanCode,
    String kecamatanCode,
    String category,
    String phone,
    String address,
    int version,
    Instant createdAt,
    Instant updatedAt,
    Coverage coverage) {

  @Override
  public String toString() {
    return "StoredWorker[id=" + id + ", kelurahan=" + kelurahanCode + ", version=" + version + "]";
  }
}
