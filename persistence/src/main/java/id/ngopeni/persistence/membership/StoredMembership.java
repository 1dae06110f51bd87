package id.ngopeni.persistence.membership;

import id.ngopeni.domain.membership.Membership;
import java.time.Instant;

/**
 * A membership with what the row adds to the domain record: the worker's kelurahan (for scope),
 * when, and BPJS's participant number (KPJ) once BPJS registered it (null before).
 */
public record StoredMembership(Membership membership, String kelurahanCode, Instant createdAt, String kpj) {}
