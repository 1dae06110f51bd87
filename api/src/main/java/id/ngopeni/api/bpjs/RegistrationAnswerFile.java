package id.ngopeni.api.bpjs;

import id.ngopeni.api.worker.importing.Sheets;
import id.ngopeni.domain.bpjs.HeaderMap;
import id.ngopeni.domain.bpjs.RegistrationAnswers;
import id.ngopeni.domain.bpjs.RegistrationAnswers.Answer;
import id.ngopeni.domain.problem.BpjsError;
import id.ngopeni.domain.problem.Violations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

/**
 * BPJS's answer file read into rows (blocking: a worker thread). Columns are found by the header
 * ({@link RegistrationAnswers#COLUMNS}); row errors are collected, never thrown one by one.
 */
final class RegistrationAnswerFile {
  /** A registration answer is a few thousand rows; more than this is not one. */
  static final int MAX_ROWS = 100_000;

  record Parsed(byte[] sha256, int rows, List<Answer> answers, Violations violations) {}

  private RegistrationAnswerFile() {}

  static Parsed parse(byte[] bytes, boolean xlsx) {
    Violations violations = new Violations();
    List<Answer> answers = new ArrayList<>();
    Path file = null;
    try {
      file = Files.createTempFile("ngopeni-bpjs-", xlsx ? ".xlsx" : ".csv");
      Files.write(file, bytes);
      HeaderMap[] header = {null};
      boolean[] stop = {false};
      int[] rows = {0};
      Sheets.read(file, xlsx, (number, cells) -> {
        if (header[0] == null) {
          header[0] = HeaderMap.of(cells, RegistrationAnswers.COLUMNS, RegistrationAnswers.REQUIRED, violations);
          stop[0] = !violations.isEmpty(); // a wrong header: its rows mean nothing
        } else if (!stop[0] && rows[0] >= MAX_ROWS) {
          violations.add("rows", BpjsError.BPJS_FILE_TOO_LARGE, "At most " + MAX_ROWS + " rows per file.");
          stop[0] = true;
        } else if (!stop[0]) {
          Answer read = RegistrationAnswers.read(header[0], number, cells, violations);
          if (read != null) {
            answers.add(read);
          }
          rows[0]++;
        }
      });
      if (header[0] == null || rows[0] == 0 && violations.isEmpty()) {
        violations.add("rows", BpjsError.BPJS_FILE_EMPTY);
      }
      return new Parsed(sha256(bytes), rows[0], answers, violations);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } finally {
      if (file != null) {
        try {
          Files.deleteIfExists(file);
        } catch (IOException ignored) {
          // a temporary file left behind is removed with the temp directory
        }
      }
    }
  }

  static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
