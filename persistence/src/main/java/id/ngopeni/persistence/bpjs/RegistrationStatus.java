package id.ngopeni.persistence.bpjs;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A membership's standing with BPJS as the console lists it (names, never a NIK). */
public record RegistrationStatus(UUID membershipId, UUID workerId, String fullName, String kelurahanCode,
    String fundingSource, LocalDate startDate, String kpj, String refusal, Instant answeredAt) {

  /** PENDING (not answered yet), REGISTERED (has a KPJ) or REFUSED. */
  public String state() {
    return kpj != null ? "REGISTERED" : refusal != null ? "REFUSED" : "PENDING";
  }
}
