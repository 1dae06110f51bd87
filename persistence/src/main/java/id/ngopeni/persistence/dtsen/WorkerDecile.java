package id.ngopeni.persistence.dtsen;

import java.time.LocalDate;

/** A NIK's decile in the latest extract that holds it, and that extract's date. */
public record WorkerDecile(int decile, LocalDate extractDate) {}
