package id.ngopeni.persistence.decree;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A recipient decree as stored, with the number of workers now in its cohort.
 *
 * @param basis ACTIVE_MEMBERSHIPS or REVERIFIED; {@code reverificationId} set for the latter
 */
public record StoredDecree(UUID id, String fundingSource, int year, String number, LocalDate decreeDate,
    String earmarkRule, String basis, UUID reverificationId, UUID createdBy, OffsetDateTime createdAt, long members) {}
