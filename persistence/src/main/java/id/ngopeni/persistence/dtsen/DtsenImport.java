package id.ngopeni.persistence.dtsen;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An imported DTSEN extract: its date, the file's format, how many rows it held, who and when. */
public record DtsenImport(UUID id, LocalDate extractDate, String format, int rowCount, UUID createdBy,
    OffsetDateTime createdAt) {}
