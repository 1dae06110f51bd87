package id.ngopeni.api.worker.importing;

import id.ngopeni.domain.worker.OfficeVocabulary;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import org.dhatim.fastexcel.DataValidationErrorStyle;
import org.dhatim.fastexcel.Range;
import org.dhatim.fastexcel.VisibilityState;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The workbook an office fills in for a bulk import: a "Pekerja" sheet with Indonesian headers the
 * import reads ({@link ImportColumns#ALIASES}), drop-down lists for the kecamatan, the kelurahan
 * (by name), the category and L/P, NIK and phone columns formatted as text (so a spreadsheet never
 * turns a NIK into 3,57E+15), the birth date as a date shown DD/MM/YYYY; a "Petunjuk" sheet says
 * how; the lists live on a hidden "Daftar" sheet. A field officer's template offers their own
 * kelurahan only.
 */
final class ImportTemplate {
  /** The headers of the "Pekerja" sheet, in order. */
  static final List<String> HEADERS = List.of(
      "NIK", "Nama Lengkap", "Tanggal Lahir", "Jenis Kelamin (L/P)", "Kecamatan", "Kelurahan", "Kategori", "No HP", "Alamat");
  /** Rows with drop-downs and formats below the header. */
  static final int ROWS = 5_000;

  private ImportTemplate() {}

  static byte[] xlsx(OfficeVocabulary vocabulary, List<String> categoryNames, Set<String> scopeOrNull) {
    List<OfficeVocabulary.Place> places = vocabulary.places().stream()
        .filter(p -> scopeOrNull == null || scopeOrNull.contains(p.kelurahanCode())).toList();
    List<String> kecamatan = places.stream().map(OfficeVocabulary.Place::kecamatanName).distinct().toList();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
    try {
      Workbook workbook = new Workbook(bytes, "Ngopeni", "1.0");
      Worksheet sheet = workbook.newWorksheet("Pekerja");
      Worksheet help = workbook.newWorksheet("Petunjuk");
      Worksheet lists = workbook.newWorksheet("Daftar");
      lists.setVisibilityState(VisibilityState.HIDDEN);
      Range kecamatanList = column(lists, 0, kecamatan);
      Range kelurahanList = column(lists, 1, places.stream().map(vocabulary::label).toList());
      Range categoryList = column(lists, 2, categoryNames);
      Range sexList = column(lists, 3, List.of("L", "P"));

      for (int c = 0; c < HEADERS.size(); c++) {
        sheet.value(0, c, HEADERS.get(c));
      }
      sheet.range(0, 0, 0, HEADERS.size() - 1).style().bold().fillColor("DDEBF7").set();
      sheet.freezePane(0, 1);
      double[] widths = {20, 30, 14, 12, 18, 28, 22, 16, 40};
      for (int c = 0; c < widths.length; c++) {
        sheet.width(c, widths[c]);
      }
      sheet.range(1, 0, ROWS, 0).style().format("@").set();
      sheet.range(1, 2, ROWS, 2).style().format("dd/mm/yyyy").set();
      sheet.range(1, 7, ROWS, 7).style().format("@").set();
      list(sheet, 3, sexList, "Jenis kelamin", "Pilih L atau P.");
      list(sheet, 4, kecamatanList, "Kecamatan", "Pilih kecamatan dari daftar.");
      list(sheet, 5, kelurahanList, "Kelurahan", "Pilih kelurahan dari daftar.");
      list(sheet, 6, categoryList, "Kategori", "Pilih kategori dari daftar.");

      List<String> lines = List.of(
          "Cara mengisi templat impor pekerja Ngopeni",
          "1. Isi satu pekerja per baris di lembar Pekerja, mulai baris 2. Jangan ubah judul kolom.",
          "2. NIK: 16 angka (kolom sudah berformat teks, angka tidak berubah menjadi 3,57E+15).",
          "3. Tanggal Lahir: tanggal, atau teks HH/BB/TTTT (misalnya 31/12/1980).",
          "4. Jenis Kelamin: L atau P. Kecamatan, Kelurahan dan Kategori: pilih dari daftar.",
          "5. No HP dan Alamat boleh kosong.",
          "6. Simpan sebagai .xlsx dan unggah di menu Pekerja › Impor. Baris yang salah dilaporkan per baris dan kolom;",
          "   baris yang benar tetap diimpor. Berkas yang sama boleh diunggah lagi: pekerja yang sudah ada tidak digandakan.");
      for (int r = 0; r < lines.size(); r++) {
        help.value(r, 0, lines.get(r));
      }
      help.style(0, 0).bold().set();
      help.width(0, 110);
      workbook.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static Range column(Worksheet lists, int column, List<String> values) {
    for (int r = 0; r < values.size(); r++) {
      lists.value(r, column, values.get(r));
    }
    return lists.range(0, column, Math.max(values.size(), 1) - 1, column);
  }

  private static void list(Worksheet sheet, int column, Range values, String title, String message) {
    sheet.range(1, column, ROWS, column).validateWithList(values).allowBlank(true).showErrorMessage(true)
        .errorStyle(DataValidationErrorStyle.STOP).errorTitle(title).error(message);
  }
}
