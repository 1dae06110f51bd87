package id.ngopeni.api.decree;

import id.ngopeni.api.http.FileCells;
import id.ngopeni.api.http.XlsxRows;
import id.ngopeni.domain.decree.DecreeRules;
import id.ngopeni.persistence.decree.DecreeMember;
import id.ngopeni.persistence.decree.StoredDecree;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The decree's list as XLSX: the header on the first rows, then one row per worker with the NIK
 * masked (first four and last four digits) as the signed annex shows it. Every cell is text.
 */
final class DecreeXlsx {
  static final List<String> COLUMNS = List.of("no", "nik", "full_name", "category", "kelurahan_code", "kelurahan");
  /** The row (0-based) of the column headings; the workers follow it. */
  static final int HEADING_ROW = 5;

  private DecreeXlsx() {}

  static List<String> cells(int n, DecreeMember m) {
    return List.of(Integer.toString(n), DecreeRules.maskNik(m.nik()), m.fullName(), m.category(), m.kelurahanCode(),
        m.kelurahanName());
  }

  static byte[] of(StoredDecree d, List<DecreeMember> members, int heldBack) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(96 * (members.size() + 8));
    try {
      Workbook workbook = new Workbook(bytes, "Ngopeni", "1.0");
      Worksheet sheet = workbook.newWorksheet("SK " + d.fundingSource() + " " + d.year());
      sheet.value(0, 0, "Nomor");
      sheet.value(0, 1, FileCells.checked("number", d.number()));
      sheet.value(1, 0, "Tanggal");
      sheet.value(1, 1, d.decreeDate().toString());
      sheet.value(2, 0, "Tahun / sumber dana");
      sheet.value(2, 1, d.year() + " " + d.fundingSource());
      sheet.value(3, 0, "Aturan peruntukan");
      sheet.value(3, 1, d.earmarkRule() == null ? "" : FileCells.checked("earmark_rule", d.earmarkRule()));
      if (heldBack > 0) {
        sheet.value(4, 0, "Tidak dicantumkan (pembatasan pemrosesan)");
        sheet.value(4, 1, heldBack + " orang");
      }
      int[] n = {0};
      XlsxRows.write(sheet, HEADING_ROW, COLUMNS, members, m -> cells(++n[0], m));
      workbook.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
