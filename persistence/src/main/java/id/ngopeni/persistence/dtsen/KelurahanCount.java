package id.ngopeni.persistence.dtsen;

/** Registered workers eligible by decile and without an active membership, in one kelurahan. */
public record KelurahanCount(String kelurahanCode, String kelurahanName, long eligible, long notCovered) {}
