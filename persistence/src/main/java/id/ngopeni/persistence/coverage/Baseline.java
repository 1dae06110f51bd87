package id.ngopeni.persistence.coverage;

/** Workforce (BPS), target and BPJS-reported participants of one area in one year. */
public record Baseline(int year, String regionCode, String level, long workforce, long target, Long reportedParticipants,
    int version) {}
