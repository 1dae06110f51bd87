package id.ngopeni.domain.heir;

import id.ngopeni.domain.Components;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Someone registered as an heir of a worker.
 *
 * @param nik 16 digits, or {@code null} when not known (e.g. a small child)
 * @param birthDate or {@code null} when not known
 */
public record Heir(
    UUID id, String fullName, String nik, HeirRelationship relationship, LocalDate birthDate) {

  public Heir {
    Components.requireNonNull("id fullName relationship", id, fullName, relationship);
  }

  public int priorityClass() {
    return relationship.priorityClass();
  }

  public boolean outranks(Heir other) {
    return relationship.outranks(other.relationship);
  }
}
