package id.ngopeni.persistence.decree;

import java.util.UUID;

/** A worker in a decree's cohort, as its list shows them (the NIK is masked before it leaves the server). */
public record DecreeMember(UUID workerId, String nik, String fullName, String category, String kelurahanCode,
    String kelurahanName) {}
