package id.ngopeni.api.budget;

import id.ngopeni.domain.budget.BudgetRealisation;
import id.ngopeni.domain.budget.BudgetRealisation.MonthFigures;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The budget realisation report (laporan realisasi anggaran) as JSON and as an XLSX workbook with
 * one sheet per funding source: the months with committed, invoiced and paid amounts (whole
 * rupiah, as numbers), a total row, the allocation and what remains.
 */
final class RealisationSheet {
  static final List<String> HEADER = List.of("Bulan", "Terikat (belum ditagih)", "Ditagihkan", "Dibayar");

  private RealisationSheet() {}

  static JsonObject json(int year, List<BudgetRealisation> realisations) {
    JsonArray items = new JsonArray();
    for (BudgetRealisation r : realisations) {
      JsonArray months = new JsonArray();
      r.months().forEach(m -> months.add(new JsonObject().put("month", m.month().toString())
          .put("committed", m.committed().amount()).put("invoiced", m.invoiced().amount()).put("paid", m.paid().amount())
          .put("remainingAfter", r.remainingAfter(m.month()).amount())));
      items.add(new JsonObject().put("fundingSource", r.fundingSource().name()).put("allocated", r.allocated().amount())
          .put("committed", r.committed().amount()).put("invoiced", r.invoiced().amount()).put("paid", r.paid().amount())
          .put("remaining", r.remaining().amount()).put("months", months));
    }
    return new JsonObject().put("year", year).put("items", items);
  }

  static byte[] xlsx(List<BudgetRealisation> realisations) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);
    try {
      Workbook workbook = new Workbook(bytes, "Ngopeni", "1.0");
      if (realisations.isEmpty()) {
        workbook.newWorksheet("Realisasi").value(0, 0, "Belum ada anggaran untuk tahun ini.");
      }
      for (BudgetRealisation r : realisations) {
        sheet(workbook.newWorksheet(r.fundingSource().name()), r);
      }
      workbook.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static void sheet(Worksheet ws, BudgetRealisation r) {
    ws.value(0, 0, "Realisasi anggaran " + r.year() + ", sumber dana " + r.fundingSource().name());
    ws.style(0, 0).bold().set();
    for (int c = 0; c < HEADER.size(); c++) {
      ws.value(2, c, HEADER.get(c));
      ws.style(2, c).bold().set();
    }
    int row = 3;
    for (MonthFigures m : r.months()) {
      ws.value(row, 0, m.month().toString());
      numbers(ws, row++, m.committed().amount(), m.invoiced().amount(), m.paid().amount());
    }
    ws.value(row, 0, "Jumlah");
    ws.style(row, 0).bold().set();
    numbers(ws, row, r.committed().amount(), r.invoiced().amount(), r.paid().amount());
    ws.value(row + 2, 0, "Pagu anggaran");
    ws.value(row + 2, 1, r.allocated().amount());
    ws.value(row + 3, 0, "Sisa (pagu − terikat − ditagihkan)");
    ws.value(row + 3, 1, r.remaining().amount());
    ws.width(0, 34);
    for (int c = 1; c < HEADER.size(); c++) {
      ws.width(c, 22);
    }
  }

  private static void numbers(Worksheet ws, int row, long committed, long invoiced, long paid) {
    ws.value(row, 1, committed);
    ws.value(row, 2, invoiced);
    ws.value(row, 3, paid);
    for (int c = 1; c <= 3; c++) {
      ws.style(row, c).format("#,##0").set();
    }
  }
}
