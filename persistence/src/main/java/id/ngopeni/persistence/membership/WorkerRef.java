package id.ngopeni.persistence.membership;

import java.util.UUID;

/** What enrolment needs of a registered worker: where they live (scope, coverage) and what they do. */
public record WorkerRef(UUID id, String kelurahanCode, String category) {}
