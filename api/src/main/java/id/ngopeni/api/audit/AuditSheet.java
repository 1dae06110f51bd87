package id.ngopeni.api.audit;

import id.ngopeni.api.http.FileCells;
import id.ngopeni.api.report.Report;
import id.ngopeni.api.report.Report.Column;
import id.ngopeni.api.report.Report.Column.Kind;
import id.ngopeni.api.report.Report.Line;
import id.ngopeni.api.report.ReportText;
import id.ngopeni.api.report.Words;
import id.ngopeni.persistence.audit.AuditEntry;
import id.ngopeni.persistence.audit.AuditRow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * The filtered audit trail as a file for the auditor's working papers, newest first: sequence
 * number, time (WIB), actor by name and role, action and entity in words with their codes, the
 * person it is about by name, and what changed in words. XLSX through {@link
 * id.ngopeni.api.report.ReportXlsx}; CSV (UTF-8, CRLF) with the same columns, every cell through
 * {@link FileCells#csv}.
 */
final class AuditSheet {
  static final List<Column> COLUMNS = List.of(Column.of("No. catatan", Kind.COUNT, 10),
      Column.of("Waktu (WIB)", Kind.DATE_TIME, 17), Column.text("Pelaku", 16), Column.text("Peran", 14),
      Column.text("Tindakan", 32), Column.text("Kode tindakan", 24), Column.text("Entitas", 18),
      Column.text("ID entitas", 38), Column.text("Orang", 24), Column.text("Perubahan", 80));

  private AuditSheet() {}

  static List<Object> cells(AuditRow row) {
    AuditEntry e = row.entry();
    String actor = e.actorId() == null ? "Sistem" : row.actorName() == null ? e.actorId().toString() : row.actorName();
    return Report.row(e.seq(), e.occurredAt(), actor, e.actorRole() == null ? "" : Words.of("role", e.actorRole()),
        AuditText.action(e.action()), e.action(), AuditText.entity(e.entityType()), e.entityId(),
        row.workerName() == null ? "" : row.workerName(), AuditText.changes(e));
  }

  static Report report(List<AuditRow> rows, String filters, Instant printedAt, String printedBy) {
    List<List<Object>> lines = new ArrayList<>(rows.size());
    rows.forEach(r -> lines.add(cells(r)));
    return new Report("jejak-audit", List.of(Line.title("JEJAK AUDIT"), Line.bold("Filter: " + filters),
        Line.of(ReportText.count(rows.size()) + " catatan, terbaru di atas. Keutuhan rantai diperiksa di konsol"
            + " (Verifikasi rantai) atau GET /api/v1/audit/verify.")),
        printedAt, printedBy, List.of(new Report.Section("Catatan audit", "Jejak audit", COLUMNS, lines, null, List.of())),
        null, false);
  }

  static String csv(List<AuditRow> rows) {
    StringBuilder out = new StringBuilder(256 * (rows.size() + 1));
    StringJoiner header = new StringJoiner(",", "", "\r\n");
    COLUMNS.forEach(c -> header.add(FileCells.csv("header", c.label())));
    out.append(header);
    for (AuditRow row : rows) {
      List<Object> cells = cells(row);
      StringJoiner line = new StringJoiner(",", "", "\r\n");
      for (int c = 0; c < COLUMNS.size(); c++) {
        Column column = COLUMNS.get(c);
        line.add(FileCells.csv(column.label(), ReportText.cell(column.kind(), cells.get(c))));
      }
      out.append(line);
    }
    return out.toString();
  }
}
