package id.ngopeni.persistence.subject;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A recipient decree a person is (or was) in, or holds an exception to: for their report.
 *
 * @param removedAt when a decree change took them out, or {@code null}
 * @param exception the reason of an exception recorded for them, or {@code null} when they are a member
 */
public record SubjectDecree(UUID decreeId, String fundingSource, int year, String number, LocalDate decreeDate,
    String category, String kelurahanCode, Instant removedAt, String exception) {}
