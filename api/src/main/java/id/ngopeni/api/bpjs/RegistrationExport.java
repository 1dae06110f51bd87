package id.ngopeni.api.bpjs;

import id.ngopeni.api.http.FileCells;
import id.ngopeni.api.http.XlsxRows;
import id.ngopeni.domain.privacy.Masks;
import id.ngopeni.persistence.bpjs.RegistrationRow;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The file of new enrolments for BPJS's bulk registration (BPU, one row per membership BPJS has
 * not numbered yet), as CSV or XLSX with the same columns; {@code sector} (TRANSPORT or OTHER) is
 * what PP 50/2025's relief depends on. BPJS answers with the same file plus
 * {@code kpj} (registered) or {@code reason} (refused) per row: {@link RegistrationAnswerFile}.
 * NIKs and phones are masked unless the export is asked for in full with a purpose; the file for
 * BPJS itself is the full one ({@code ?purpose=BPJS_REGISTRATION}).
 */
final class RegistrationExport {
  static final List<String> COLUMNS = List.of("reference", "nik", "full_name", "birth_date", "sex", "phone", "address",
      "kelurahan_code", "occupation", "programs", "declared_income", "funding_source", "start_date", "sector");

  private RegistrationExport() {}

  /** One row's cells; NIK and phone masked unless {@code full} (a full export with a purpose). */
  static List<String> cells(RegistrationRow r, boolean full) {
    String phone = full ? r.phone() : Masks.phone(r.phone());
    return List.of(r.membershipId().toString(), full ? r.nik() : Masks.nik(r.nik()), r.fullName(), r.birthDate().toString(),
        r.sex(), phone == null ? "" : phone, r.address() == null ? "" : r.address(), r.kelurahanCode(), r.category(),
        String.join("+", r.programs()), Long.toString(r.declaredIncome()), r.fundingSource(), r.startDate().toString(),
        r.sector());
  }

  static String csv(List<RegistrationRow> rows, boolean full) {
    StringBuilder out = new StringBuilder(256 * (rows.size() + 1));
    out.append(String.join(",", COLUMNS)).append("\r\n");
    for (RegistrationRow r : rows) {
      List<String> cells = cells(r, full);
      for (int i = 0; i < cells.size(); i++) {
        out.append(i == 0 ? "" : ",").append(FileCells.csv(COLUMNS.get(i), cells.get(i)));
      }
      out.append("\r\n");
    }
    return out.toString();
  }

  /** Every cell as text (a NIK written as a number would lose its last digit in Excel). */
  static byte[] xlsx(List<RegistrationRow> rows, boolean full) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(128 * (rows.size() + 1));
    try {
      Workbook workbook = new Workbook(bytes, "Ngopeni", "1.0");
      Worksheet sheet = workbook.newWorksheet("Pendaftaran BPU");
      XlsxRows.write(sheet, 0, COLUMNS, rows, row -> cells(row, full));
      workbook.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
