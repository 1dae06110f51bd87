package id.ngopeni.persistence.bpjs;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One new enrolment as BPJS's bulk registration needs it (the export file's row). */
public record RegistrationRow(UUID membershipId, String nik, String fullName, LocalDate birthDate, String sex,
    String phone, String address, String kelurahanCode, String category, List<String> programs, long declaredIncome,
    String fundingSource, LocalDate startDate, String sector, UUID workerId) {}
