package id.ngopeni.persistence.worker;

import java.util.UUID;

/**
 * A registered worker born the same day as a new registration, with a similar name key
 * ({@code similarity} is pg_trgm's, 0–1). {@code nik} lets the caller test for a one-digit slip. Personal data: never log it.
 */
public record DuplicateCandidate(UUID id, String nik, String fullName, String kelurahanCode, String nameKey, double similarity) {
  @Override
  public String toString() {
    return "DuplicateCandidate[id=" + id + "]";
  }
}
