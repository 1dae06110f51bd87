package id.ngopeni.domain.heir;

import java.time.LocalDate;

/**
 * An heir as the client sent it, before validation: any field may be missing or wrong.
 * {@code relationship} is the raw code, so an unknown one is reported like any other field.
 */
public record HeirDraft(String fullName, String nik, String relationship, LocalDate birthDate) {}
