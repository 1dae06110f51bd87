package id.ngopeni.persistence.decree;

import java.time.LocalDate;
import java.util.UUID;

/** A decree's header on its way into the table. */
public record NewDecree(UUID id, String fundingSource, int year, String number, LocalDate decreeDate,
    String earmarkRule, String basis, UUID reverificationId, UUID createdBy) {}
