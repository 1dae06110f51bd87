package id.ngopeni.persistence.privacy;

import java.time.LocalDate;
import java.util.UUID;

/** How many distinct people one user read on one day (Jakarta time). */
public record DailyPeople(UUID userId, String username, String role, LocalDate day, int people) {}
