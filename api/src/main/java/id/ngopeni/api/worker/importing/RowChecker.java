package id.ngopeni.api.worker.importing;

import id.ngopeni.domain.Ids;
import id.ngopeni.domain.problem.ImportError;
import id.ngopeni.domain.problem.WorkerError;
import id.ngopeni.domain.problem.FieldError;
import id.ngopeni.domain.problem.Invalid;
import id.ngopeni.domain.worker.ValidatedWorker;
import id.ngopeni.domain.worker.WorkerDraft;
import id.ngopeni.persistence.worker.NewWorker;
import id.ngopeni.persistence.worker.importing.RowError;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks one import row exactly as the API checks a registration ({@link WorkerDraft#validate}),
 * plus what needs the database: the kelurahan and category exist, and a field officer's rows lie
 * in their kelurahan. Reference data is loaded once per job. Errors name the file's columns
 * ({@code birth_date}, not {@code birthDate}): that is what the clerk fixes.
 *
 * @param scope a field officer's kelurahan, or null when every kelurahan may be imported
 */
record RowChecker(ImportColumns columns, Set<String> kelurahanCodes, Set<String> categories, Set<String> scope,
    LocalDate today) {
  private static final Map<String, String> COLUMN_OF_FIELD = Map.of(
      "nik", "nik", "fullName", "full_name", "birthDate", "birth_date", "sex", "sex",
      "kelurahanCode", "kelurahan_code", "category", "category", "phone", "phone", "address", "address");

  /** ISO first; then the day-first forms Indonesian offices type (31/12/1980, 31-12-1980). */
  private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT),
      DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
      DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT));

  /** The worker to insert, or null after adding the row's errors to {@code errors}. */
  NewWorker check(SourceRow row, List<RowError> errors) {
    if (columns.overflows(row)) {
      errors.add(new RowError(row.number(), "row", ImportError.COLUMNS_MISMATCH));
      return null;
    }
    String birthText = columns.value(row, 2);
    LocalDate birthDate = parseDate(birthText);
    boolean badDate = birthDate == null && birthText != null && !birthText.isBlank();
    WorkerDraft draft = new WorkerDraft(columns.value(row, 0), columns.value(row, 1), birthDate, columns.value(row, 3),
        columns.value(row, 4), columns.value(row, 5), columns.value(row, 6), columns.value(row, 7));

    List<RowError> found = new ArrayList<>(2);
    for (FieldError e : draft.validate(today)) {
      if (badDate && e.field().equals("birthDate")) {
        continue; // reported below as unreadable, not as missing
      }
      found.add(new RowError(row.number(), COLUMN_OF_FIELD.getOrDefault(e.field(), e.field()), e.errorCode(), e.message()));
    }
    if (badDate) {
      found.add(new RowError(row.number(), "birth_date", WorkerError.BIRTH_DATE_INVALID));
    }
    checkReferences(row.number(), draft, found);
    if (!found.isEmpty()) {
      errors.addAll(found);
      return null;
    }
    return toNewWorker(draft);
  }

  private void checkReferences(int rowNumber, WorkerDraft draft, List<RowError> found) {
    boolean kelurahanOk = found.stream().noneMatch(e -> e.field().equals("kelurahan_code"));
    if (kelurahanOk) {
      String code = draft.kelurahanCode().strip();
      if (!kelurahanCodes.contains(code)) {
        found.add(new RowError(rowNumber, "kelurahan_code", WorkerError.KELURAHAN_UNKNOWN));
      } else if (scope != null && !scope.contains(code)) {
        found.add(new RowError(rowNumber, "kelurahan_code", WorkerError.KELURAHAN_OUT_OF_SCOPE));
      }
    }
    boolean categoryOk = found.stream().noneMatch(e -> e.field().equals("category"));
    if (categoryOk && !categories.contains(draft.category().strip())) {
      found.add(new RowError(rowNumber, "category", WorkerError.CATEGORY_UNKNOWN));
    }
  }

  private NewWorker toNewWorker(WorkerDraft draft) {
    ValidatedWorker w;
    try {
      w = draft.accept(today);
    } catch (Invalid e) {
      throw new IllegalStateException("validate() passed but accept() refused", e);
    }
    return NewWorker.of(Ids.newId(), w);
  }

  static LocalDate parseDate(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String t = text.strip();
    for (DateTimeFormatter format : DATE_FORMATS) {
      try {
        return LocalDate.parse(t, format);
      } catch (DateTimeParseException e) {
        // try the next form
      }
    }
    return null;
  }
}
