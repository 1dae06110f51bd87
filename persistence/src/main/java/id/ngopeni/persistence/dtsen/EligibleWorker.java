package id.ngopeni.persistence.dtsen;

import java.util.UUID;

/** A registered worker eligible by decile with no active membership: a line of the work list. */
public record EligibleWorker(UUID id, String nik, String fullName, String category, int decile) {}
