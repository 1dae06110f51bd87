package id.ngopeni.api.worker.importing;

import id.ngopeni.domain.problem.ImportError;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A streaming RFC 4180 reader for the CSV files offices really have: UTF-8 with or without a BOM,
 * {@code ,} or {@code ;} as separator (Excel in an Indonesian locale writes {@code ;}; the header
 * line decides), CRLF or LF, quoted fields with doubled quotes and line breaks inside. Lenient
 * where it costs nothing (a stray quote inside an unquoted field is kept as text); strict where a
 * guess would corrupt data: bytes that are not UTF-8 and a quote left open fail the whole file.
 */
final class CsvRows implements SheetRows {
  /** A row longer than this is not a worker: most likely a quote was left open. */
  static final int MAX_ROW_CHARS = 64 * 1024;

  private enum State { FIELD_START, UNQUOTED, QUOTED, QUOTE_IN_QUOTED }

  private final Reader in;
  private final char[] buffer = new char[64 * 1024];
  private final StringBuilder field = new StringBuilder(64);
  private int position;
  private int length;
  private boolean eof;
  private char separator;
  private int rowNumber;

  CsvRows(InputStream bytes) {
    // REPORT, not REPLACE: a Windows-1252 file would otherwise import with mangled names.
    this.in = new InputStreamReader(bytes, StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT));
  }

  @Override
  public SourceRow next() throws IOException {
    if (rowNumber == 0) {
      start();
    }
    if (eof && position >= length) {
      return null;
    }
    List<String> values = new ArrayList<>(10);
    field.setLength(0);
    State state = State.FIELD_START;
    int rowChars = 0;
    while (true) {
      if (position >= length && !fill()) {
        if (state == State.QUOTED) {
          throw new FileProblem(ImportError.QUOTE_UNTERMINATED,
              "Row " + (rowNumber + 1) + ": a quotation mark (\") is opened but never closed.",
              "Baris " + (rowNumber + 1) + ": tanda kutip (\") dibuka tetapi tidak ditutup.");
        }
        if (values.isEmpty() && state == State.FIELD_START) {
          return null; // the file ended with a line break
        }
        values.add(field.toString());
        return new SourceRow(++rowNumber, values);
      }
      char c = buffer[position++];
      if (++rowChars > MAX_ROW_CHARS) {
        throw new FileProblem(ImportError.ROW_TOO_LONG,
            "Row " + (rowNumber + 1) + " is longer than " + MAX_ROW_CHARS + " characters; perhaps a quotation mark (\") is not closed.",
            "Baris " + (rowNumber + 1) + " lebih dari " + MAX_ROW_CHARS + " karakter; mungkin ada tanda kutip (\") yang tidak ditutup.");
      }
      switch (state) {
        case QUOTED -> {
          if (c == '"') {
            state = State.QUOTE_IN_QUOTED;
          } else {
            field.append(c);
          }
        }
        case QUOTE_IN_QUOTED -> {
          if (c == '"') {
            field.append('"');
            state = State.QUOTED;
          } else {
            state = State.UNQUOTED;
            if (endsField(c, values)) {
              if (c == '\n') {
                return new SourceRow(++rowNumber, values);
              }
              state = State.FIELD_START;
            } else if (c != '\r') {
              field.append(c);
            }
          }
        }
        default -> {
          if (c == '"' && state == State.FIELD_START) {
            state = State.QUOTED;
          } else if (endsField(c, values)) {
            if (c == '\n') {
              return new SourceRow(++rowNumber, values);
            }
            state = State.FIELD_START;
          } else if (c != '\r') {
            field.append(c);
            state = State.UNQUOTED;
          }
        }
      }
    }
  }

  /** A separator or line break ends the field being read. */
  private boolean endsField(char c, List<String> values) {
    if (c == separator || c == '\n') {
      values.add(field.toString());
      field.setLength(0);
      return true;
    }
    return false;
  }

  /** Skips the BOM and picks the separator the header line uses more often. */
  private void start() throws IOException {
    if (!fill()) {
      return;
    }
    if (buffer[0] == '\uFEFF') {
      position = 1;
    }
    int commas = 0;
    int semicolons = 0;
    for (int i = position; i < length && buffer[i] != '\n'; i++) {
      if (buffer[i] == ',') {
        commas++;
      } else if (buffer[i] == ';') {
        semicolons++;
      }
    }
    separator = semicolons > commas ? ';' : ',';
  }

  private boolean fill() throws IOException {
    if (eof) {
      return false;
    }
    int read;
    try {
      read = in.read(buffer, 0, buffer.length);
    } catch (CharacterCodingException e) {
      throw new FileProblem(ImportError.FILE_ENCODING, "The file is not UTF-8. Save it again as \"CSV UTF-8\".",
          "Berkas bukan UTF-8. Simpan ulang sebagai \"CSV UTF-8\".");
    }
    if (read <= 0) {
      eof = true;
      position = 0;
      length = 0;
      return false;
    }
    position = 0;
    length = read;
    return true;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
