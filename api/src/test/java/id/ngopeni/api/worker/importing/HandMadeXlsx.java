package id.ngopeni.api.worker.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * XLSX files written entry by entry, so a test can put into the first sheet exactly what a hostile
 * file would (a cell at any column, thousands of cells in one row, megabytes of padding).
 */
final class HandMadeXlsx {
  private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  private static final String RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
  private static final String DOC = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

  private HandMadeXlsx() {}

  /** An inline-string cell at {@code ref} (e.g. {@code "B2"}). */
  static String cell(String ref, String text) {
    return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
  }

  /** The import's header in row 1, columns A to F. */
  static String header() {
    StringBuilder row = new StringBuilder("<row r=\"1\">");
    List<String> names = List.of("nik", "full_name", "birth_date", "sex", "kelurahan_code", "category");
    for (int i = 0; i < names.size(); i++) {
      row.append(cell((char) ('A' + i) + "1", names.get(i)));
    }
    return row.append("</row>").toString();
  }

  /** A workbook whose first sheet's {@code <sheetData>} holds {@code rows} (raw XML). */
  static byte[] workbook(String rows) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
          + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
          + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
          + "<Override PartName=\"/xl/workbook.xml\" "
          + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
          + "<Override PartName=\"/xl/styles.xml\" "
          + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
          + "<Override PartName=\"/xl/worksheets/sheet1.xml\" "
          + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
          + "</Types>");
      entry(zip, "_rels/.rels", "<Relationships xmlns=\"" + RELS + "\"><Relationship Id=\"rId1\" Type=\"" + DOC
          + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
      entry(zip, "xl/workbook.xml", "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + DOC + "\"><sheets>"
          + "<sheet name=\"Pekerja\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
      entry(zip, "xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"" + RELS + "\"><Relationship Id=\"rId1\" Type=\""
          + DOC + "/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
      entry(zip, "xl/styles.xml", "<styleSheet xmlns=\"" + MAIN + "\"><cellXfs count=\"1\"><xf numFmtId=\"0\"/></cellXfs></styleSheet>");
      entry(zip, "xl/worksheets/sheet1.xml", "<worksheet xmlns=\"" + MAIN + "\"><sheetData>" + rows + "</sheetData></worksheet>");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(text.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }
}
