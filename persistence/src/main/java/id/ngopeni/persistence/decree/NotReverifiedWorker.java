package id.ngopeni.persistence.decree;

import java.util.List;
import java.util.UUID;

/** A worker of last year's decree who was not re-verified, and why. */
public record NotReverifiedWorker(UUID workerId, String nik, String fullName, String kelurahanCode, List<String> reasons) {}
