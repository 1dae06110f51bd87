package id.ngopeni.persistence.privacy;

import java.time.Instant;
import java.util.UUID;

/**
 * One person a breach's source read: a worker or an heir ({@code kind} WORKER or HEIR; GONE when
 * the record no longer exists), the worker the person belongs to, their name and kelurahan as
 * stored (the api masks the name), and how often and when they were read.
 */
public record AffectedPerson(UUID personId, String kind, UUID workerId, String fullName, String kelurahanCode,
    String kelurahanName, int reads, Instant firstReadAt, Instant lastReadAt) {}
