package id.ngopeni.persistence.decree;

import java.util.UUID;

/**
 * What an enrolment under a source is weighed against: whether the source requires its decree,
 * the decree of the enrolment's year (null: none yet), and whether the worker is in its cohort
 * or has an exception to it.
 */
public record EnrolmentGate(boolean required, UUID decreeId, boolean member, boolean exception) {
  /** The enrolment may go ahead. */
  public boolean open() {
    return !required || decreeId == null || member || exception;
  }
}
