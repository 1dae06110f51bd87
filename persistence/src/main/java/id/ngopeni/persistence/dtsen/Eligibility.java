package id.ngopeni.persistence.dtsen;

/**
 * What an enrolment under a funding source is weighed against.
 *
 * @param maxDecile the source's limit, null when its policy is off
 * @param decile the worker's latest decile, null when no extract holds their NIK
 */
public record Eligibility(Integer maxDecile, Integer decile) {}
