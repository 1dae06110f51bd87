package id.ngopeni.domain.worker;

import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The worker import/export CSV row (RFC 4180). One place for the column order, so the import, the
 * export and the synthetic data generator cannot drift apart.
 */
public final class WorkerCsv {
  public static final String HEADER =
      "nik,full_name,birth_date,sex,kelurahan_code,category,phone,address";

  private WorkerCsv() {}

  /**
   * The draft as one CSV record without its line break (the writer adds CRLF). A missing value is
   * an empty field; the birth date is ISO {@code yyyy-MM-dd}.
   */
  public static String line(WorkerDraft draft) {
    return Stream.of(
            draft.nik(),
            draft.fullName(),
            draft.birthDate() == null ? null : draft.birthDate().toString(),
            draft.sex(),
            draft.kelurahanCode(),
            draft.category(),
            draft.phone(),
            draft.address())
        .map(WorkerCsv::field)
        .collect(Collectors.joining(","));
  }

  /** RFC 4180: quote a field holding a comma, quote or line break, doubling inner quotes. */
  static String field(String value) {
    String text = Objects.requireNonNullElse(value, "");
    boolean needsQuotes =
        text.indexOf(',') >= 0
            || text.indexOf('"') >= 0
            || text.indexOf('\n') >= 0
            || text.indexOf('\r') >= 0;
    return needsQuotes ? '"' + text.replace("\"", "\"\"") + '"' : text;
  }
}
