package id.ngopeni.api.subject;

import id.ngopeni.domain.Jakarta;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates, months and moments as the Indonesian report writes them (moments in WIB); a missing one is "-". */
final class PdfWords {
  private static final Locale ID = Locale.forLanguageTag("id");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", ID);
  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", ID);
  private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMMM yyyy HH.mm", ID);

  private PdfWords() {}

  static String day(LocalDate date) {
    return date == null ? "-" : date.format(DAY);
  }

  static String month(LocalDate date) {
    return date == null ? "-" : date.format(MONTH);
  }

  static String moment(Instant at) {
    return at == null ? "-" : at.atZone(Jakarta.ZONE).format(MOMENT) + " WIB";
  }

  static String orDash(String s) {
    return s == null || s.isBlank() ? "-" : s;
  }
}
