package id.ngopeni.api.worker.importing;

import id.ngopeni.domain.problem.ImportError;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Checks an uploaded workbook before the XLSX reader opens it. fastexcel-reader streams the sheet's
 * XML, but it builds each row whole, sized by the row's last cell: one cell at column 321 million
 * is a list of 321 million entries (80 s of CPU, 4 GB). So every part of the ZIP is inflated here
 * first, counting bytes as they come (the sizes the ZIP declares are not trusted), and every sheet's
 * cells are read as bare XML events, nothing kept: the first cell, row or byte past a limit ends the
 * check with the file's failure code, before anything larger than a few kilobytes was built.
 *
 * <p>Limits: a cell must lie within the header's width plus {@link Limits#margin()} columns (and
 * never beyond XFD, the last column Excel has); the header at most {@link Limits#headerColumns()}
 * wide; a row at most {@link Limits#cellsPerRow()} cells; each part and the whole file at most so
 * many bytes once inflated, and no part inflated more than {@link Limits#ratio()} times its packed
 * size once it passed {@link Limits#ratioFloor()} bytes (a real sheet packs 5 to 20 times).
 */
final class XlsxGuard {
  /** Column XFD, the last one Excel knows (1-based 16384). */
  static final int LAST_COLUMN = 16_384;

  record Limits(int headerColumns, int margin, int cellsPerRow, long partBytes, long totalBytes, long ratioFloor,
      int ratio, int entries) {}

  static final Limits DEFAULT =
      new Limits(64, 16, 256, 512L * 1024 * 1024, 1024L * 1024 * 1024, 1024 * 1024, 100, 1000);

  private final Limits limits;
  private long total;

  private XlsxGuard(Limits limits) {
    this.limits = limits;
  }

  /** Passes quietly, or throws {@link FileProblem} with the first limit the file breaks. */
  static void check(Path file, Limits limits) throws IOException {
    new XlsxGuard(limits).run(file);
  }

  private void run(Path file) throws IOException {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      if (zip.size() > limits.entries()) {
        throw tooLarge();
      }
      Enumeration<? extends ZipEntry> entries = zip.entries();
      while (entries.hasMoreElements()) {
        ZipEntry entry = entries.nextElement();
        if (entry.isDirectory()) {
          continue;
        }
        try (InputStream in = new Counted(zip.getInputStream(entry), Math.max(entry.getCompressedSize(), 1))) {
          if (entry.getName().endsWith(".xml")) {
            scan(new FilterInputStream(in) {
              @Override
              public void close() {
                // The XML parser closes its input at the end; the rest is still counted below.
              }
            });
          }
          in.transferTo(OutputStream.nullOutputStream());
        }
      }
    } catch (ZipException | XMLStreamException e) {
      // A limit hit while the XML parser was reading may reach us wrapped.
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof FileProblem problem) {
          throw problem;
        }
      }
      throw FileProblem.unreadableXlsx();
    }
  }

  /** The cells of a sheet (any part with {@code <sheetData>}), as bare events. */
  private void scan(InputStream in) throws XMLStreamException {
    XMLStreamReader xml = factory().createXMLStreamReader(in);
    try {
      Sheet sheet = null;
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          String name = xml.getLocalName();
          if (name.equals("sheetData")) {
            sheet = new Sheet();
          } else if (sheet != null) {
            sheet.start(name, xml);
          }
        } else if (event == XMLStreamConstants.END_ELEMENT && sheet != null) {
          String name = xml.getLocalName();
          if (name.equals("sheetData")) {
            sheet = null;
          } else {
            sheet.end(name);
          }
        }
      }
    } finally {
      xml.close();
    }
  }

  /** Where the scan stands inside one {@code <sheetData>}. */
  private final class Sheet {
    int headerWidth = -1;
    int cells;
    int column = -1;
    int rowWidth;
    boolean inCell;
    boolean cellHasValue;
    int cellColumn;

    void start(String name, XMLStreamReader xml) {
      switch (name) {
        case "row" -> {
          cells = 0;
          column = -1;
          rowWidth = 0;
        }
        case "c" -> {
          String ref = xml.getAttributeValue(null, "r");
          column = ref == null ? column + 1 : column(ref);
          if (++cells > limits.cellsPerRow()) {
            throw new FileProblem(ImportError.XLSX_ROW_TOO_WIDE,
                "A row of the sheet has more than " + limits.cellsPerRow() + " cells.",
                "Ada baris lembar kerja dengan lebih dari " + limits.cellsPerRow() + " sel.");
          }
          int bound = headerWidth < 0 ? limits.headerColumns() : headerWidth + limits.margin();
          if (column >= bound) {
            throw outOfRange();
          }
          inCell = true;
          cellHasValue = false;
          cellColumn = column;
        }
        case "v", "is", "f" -> cellHasValue |= inCell;
        default -> { }
      }
    }

    void end(String name) {
      if (name.equals("c")) {
        inCell = false;
        if (cellHasValue) {
          rowWidth = Math.max(rowWidth, cellColumn + 1);
        }
      } else if (name.equals("row") && headerWidth < 0 && rowWidth > 0) {
        headerWidth = rowWidth; // the first row with a value is the header
      }
    }
  }

  /** The 0-based column of a cell reference such as {@code AB12}; past XFD (or no letters) is refused. */
  private static int column(String ref) {
    int column = 0;
    int letters = 0;
    for (int i = 0; i < ref.length(); i++) {
      char c = ref.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        column = column * 26 + (c - 'A' + 1);
        if (++letters > 3 || column > LAST_COLUMN) {
          throw outOfRange();
        }
      } else {
        break;
      }
    }
    if (letters == 0) {
      throw outOfRange();
    }
    return column - 1;
  }

  private static FileProblem outOfRange() {
    return new FileProblem(ImportError.XLSX_CELL_OUT_OF_RANGE,
        "A cell lies far right of the header (or beyond column XFD). Delete the columns right of the table.",
        "Ada sel jauh di kanan judul kolom (atau melewati kolom XFD). Hapus kolom di kanan tabel.");
  }

  private FileProblem tooLarge() {
    long mebibytes = limits.totalBytes() / (1024 * 1024);
    return new FileProblem(ImportError.XLSX_TOO_LARGE,
        "The workbook is larger than " + mebibytes + " MiB once unpacked. Split the file or save it as CSV.",
        "Berkas XLSX lebih dari " + mebibytes + " MiB setelah dibuka. Pecah berkasnya atau simpan sebagai CSV.");
  }

  /** No DTDs, no external entities: a sheet's XML is elements and text only. */
  private static XMLInputFactory factory() {
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_COALESCING, false);
    return factory;
  }

  /** Counts a part's inflated bytes and stops at the first limit. */
  private final class Counted extends FilterInputStream {
    private final long packed;
    private long count;

    Counted(InputStream in, long packed) {
      super(in);
      this.packed = packed;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        add(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        add(n);
      }
      return n;
    }

    private void add(int n) {
      count += n;
      total += n;
      if (count > limits.partBytes() || total > limits.totalBytes()) {
        throw tooLarge();
      }
      if (count > limits.ratioFloor() && count > packed * limits.ratio()) {
        throw new FileProblem(ImportError.XLSX_COMPRESSION_RATIO,
            "The workbook unpacks to far more than a spreadsheet would. Save it again from Excel, or as CSV.",
            "Isi berkas XLSX jauh lebih besar daripada lembar kerja biasa. Simpan ulang dari Excel atau sebagai CSV.");
      }
    }
  }
}
