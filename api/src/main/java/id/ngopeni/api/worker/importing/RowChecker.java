package id.ngopeni.api.worker.importing;

import id.ngopeni.domain.Ids;
import id.ngopeni.domain.problem.ImportError;
import id.ngopeni.domain.problem.WorkerError;
import id.ngopeni.domain.problem.FieldError;
import id.ngopeni.domain.problem.Invalid;
import id.ngopeni.domain.worker.OfficeVocabulary;
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
 * in their kelurahan. The office's words are read first ({@link OfficeVocabulary}: a kelurahan or
 * category by name, L/P). Reference data is loaded once per job. Errors name the file's columns
 * as its header wrote them ({@code birth_date}, or "Tanggal Lahir"): that is what the clerk fixes.
 *
 * @param scope a field officer's kelurahan, or null when every kelurahan may be imported
 */
record RowChecker(ImportColumns columns, OfficeVocabulary vocabulary, Set<String> scope, LocalDate today) {
  private static final Map<String, Integer> COLUMN_OF_FIELD = Map.of(
      "nik", 0, "fullName", 1, "birthDate", 2, "sex", 3, "kelurahanCode", 4, "category", 5, "phone", 6, "address", 7);

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
    String kelurahanCell = columns.value(row, 4);
    OfficeVocabulary.Resolved kelurahan = kelurahanCell == null || kelurahanCell.isBlank() ? null
        : vocabulary.kelurahan(kelurahanCell, columns.value(row, ImportColumns.KECAMATAN));
    String categoryCell = columns.value(row, 5);
    String category = categoryCell == null ? null : vocabulary.category(categoryCell).orElse(categoryCell.strip());
    boolean unknownCategory = categoryCell != null && !categoryCell.isBlank() && vocabulary.category(categoryCell).isEmpty();
    WorkerDraft draft = new WorkerDraft(columns.value(row, 0), columns.value(row, 1), birthDate,
        OfficeVocabulary.sex(columns.value(row, 3)), kelurahan != null && kelurahan.code() != null ? kelurahan.code() : kelurahanCell,
        category, columns.value(row, 6), columns.value(row, 7));

    List<RowError> found = new ArrayList<>(2);
    for (FieldError e : draft.validate(today)) {
      if (badDate && e.field().equals("birthDate")
          || kelurahan != null && kelurahan.error() != null && e.field().equals("kelurahanCode")
          || unknownCategory && e.field().equals("category")) {
        continue; // reported below: unreadable rather than missing, an unknown name rather than a malformed code
      }
      found.add(new RowError(row.number(), column(e.field()), e.errorCode(), e.message()));
    }
    if (badDate) {
      found.add(new RowError(row.number(), columns.header(2), WorkerError.BIRTH_DATE_INVALID));
    }
    if (kelurahan != null && kelurahan.error() != null) {
      found.add(new RowError(row.number(), columns.header(4), kelurahan.error()));
    }
    checkReferences(row.number(), draft, found);
    if (!found.isEmpty()) {
      errors.addAll(found);
      return null;
    }
    return toNewWorker(draft);
  }

  private String column(String field) {
    Integer column = COLUMN_OF_FIELD.get(field);
    return column == null ? field : columns.header(column);
  }

  private void checkReferences(int rowNumber, WorkerDraft draft, List<RowError> found) {
    String kelurahanColumn = columns.header(4);
    boolean kelurahanOk = found.stream().noneMatch(e -> e.field().equals(kelurahanColumn));
    if (kelurahanOk) {
      String code = draft.kelurahanCode().strip();
      if (vocabulary.kelurahan(code, null).code() == null) {
        found.add(new RowError(rowNumber, kelurahanColumn, WorkerError.KELURAHAN_UNKNOWN));
      } else if (scope != null && !scope.contains(code)) {
        found.add(new RowError(rowNumber, kelurahanColumn, WorkerError.KELURAHAN_OUT_OF_SCOPE));
      }
    }
    String categoryColumn = columns.header(5);
    boolean categoryOk = found.stream().noneMatch(e -> e.field().equals(categoryColumn));
    if (categoryOk && vocabulary.category(draft.category()).isEmpty()) {
      found.add(new RowError(rowNumber, categoryColumn, WorkerError.CATEGORY_UNKNOWN));
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
