package id.ngopeni.api.report;

import id.ngopeni.api.report.Report.Column.Kind;
import id.ngopeni.domain.Jakarta;
import id.ngopeni.domain.money.Rupiah;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Cells and dates as the office reads them in print and in CSV: dates DD/MM/YYYY, times in WIB,
 * counts with dots for thousands, rupiah as {@code Rp42.000.000}, percentages with a decimal comma.
 */
public final class ReportText {
  public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
  /** "Mei 2026". */
  public static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.forLanguageTag("id"));
  /** "31 Mei 2026". */
  public static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("id"));

  private ReportText() {}

  /** The cell as text; null is empty. */
  public static String cell(Kind kind, Object value) {
    if (value == null) {
      return "";
    }
    return switch (kind) {
      case TEXT -> value.toString();
      case COUNT -> count(((Number) value).longValue());
      case MONEY -> Rupiah.of(((Number) value).longValue()).toString();
      case DATE -> ((LocalDate) value).format(DATE);
      case DATE_TIME -> dateTime((Instant) value);
      case PERCENT -> percent((BigDecimal) value);
    };
  }

  /** 1234567 → "1.234.567". */
  public static String count(long n) {
    DecimalFormat f = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("id")));
    return f.format(n);
  }

  /** 32.4400 → "32,44 %". */
  public static String percent(BigDecimal p) {
    return p.setScale(2, RoundingMode.HALF_UP).toPlainString().replace('.', ',') + " %";
  }

  /** An instant as "31/05/2026 14:03 WIB". */
  public static String dateTime(Instant at) {
    return at.atZone(Jakarta.ZONE).format(DATE_TIME) + " WIB";
  }

  /** The "printed" line: "Dicetak 31/05/2026 14:03 WIB oleh admin". */
  public static String printed(Instant at, String by) {
    return "Dicetak " + dateTime(at) + (by == null ? "" : " oleh " + by);
  }
}
