package id.ngopeni.domain.bpjs;

import id.ngopeni.domain.problem.BpjsError;
import id.ngopeni.domain.problem.Violations;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * BPJS's answer to a bulk registration: per participant either the KPJ it was given or the
 * reason it was refused. A row names the membership by the export's {@code reference} (when
 * BPJS kept that column) and always by the NIK; without a reference the worker's active
 * membership is meant. Every wrong row is reported (field {@code rows[<row>].<column>}, the row
 * as a spreadsheet numbers it, header = 1) and then nothing is applied.
 */
public final class RegistrationAnswers {
  public static final int MAX_REFUSAL = 500;

  public static final Map<String, List<String>> COLUMNS = Map.of(
      "reference", List.of("reference", "referensi", "ref", "no_referensi"),
      "nik", List.of("nik", "no_ktp", "nomor_induk_kependudukan"),
      "kpj", List.of("kpj", "no_kpj", "nomor_kpj", "nomor_peserta", "no_peserta"),
      "reason", List.of("reason", "alasan", "alasan_penolakan", "keterangan"));

  public static final List<String> REQUIRED = List.of("nik", "kpj", "reason");

  /** One row as read: reference may be null (the column is optional), kpj or refusal null when empty. */
  public record Answer(int row, UUID reference, String nik, String kpj, String refusal) {}

  /** A membership the file may answer for, as the database has it. */
  public record Candidate(UUID membershipId, UUID workerId, String nik, String kpj, String refusal) {}

  /** What one row changes: a KPJ (registered) or a refusal reason (refused). */
  public record Change(int row, UUID membershipId, String kpj, String refusal) {
    public boolean registered() {
      return kpj != null;
    }
  }

  /** What the file changes, and how many rows said again what is already recorded. */
  public record Outcome(List<Change> changes, int unchanged) {}

  private RegistrationAnswers() {}

  /** Reads one data row; its errors go to {@code violations}; null when it has any (it is then not matched). */
  public static Answer read(HeaderMap header, int row, List<String> cells, Violations violations) {
    String at = "rows[" + row + "].";
    List<String> failed = new ArrayList<>(2);
    UUID reference = null;
    String ref = header.cell(cells, "reference");
    if (!ref.isEmpty()) {
      try {
        reference = UUID.fromString(ref);
      } catch (IllegalArgumentException e) {
        fail(violations, failed, at + "reference", BpjsError.REFERENCE_INVALID);
      }
    }
    String nik = header.cell(cells, "nik");
    if (!Kpj.looksLikeNik(nik)) {
      fail(violations, failed, at + "nik", BpjsError.NIK_INVALID_IN_FILE);
    }
    String kpj = Kpj.normalise(header.cell(cells, "kpj"));
    String reason = header.cell(cells, "reason");
    if (kpj.isEmpty() && reason.isEmpty()) {
      fail(violations, failed, at + "kpj", BpjsError.ANSWER_REQUIRED);
    } else if (!kpj.isEmpty() && !reason.isEmpty()) {
      fail(violations, failed, at + "kpj", BpjsError.ANSWER_AMBIGUOUS);
    } else if (!kpj.isEmpty() && !Kpj.isValid(kpj)) {
      fail(violations, failed, at + "kpj", BpjsError.KPJ_INVALID);
    } else if (reason.length() > MAX_REFUSAL) {
      fail(violations, failed, at + "reason", BpjsError.REFUSAL_TOO_LONG);
    }
    return failed.isEmpty() ? new Answer(row, reference, nik, kpj.isEmpty() ? null : kpj, reason.isEmpty() ? null : reason)
        : null;
  }

  private static void fail(Violations violations, List<String> failed, String field, BpjsError code) {
    violations.add(field, code);
    failed.add(field);
  }

  /**
   * Matches the rows to memberships and checks them against what is recorded.
   *
   * @param candidates the memberships named by the rows' references, and the active ones of their NIKs
   * @param kpjOwners every KPJ of the file already recorded, with the worker it belongs to
   */
  public static Outcome match(List<Answer> answers, List<Candidate> candidates, Map<String, UUID> kpjOwners,
      Violations violations) {
    Map<UUID, Candidate> byId = new HashMap<>();
    Map<String, Candidate> byNik = new HashMap<>();
    for (Candidate c : candidates) {
      byId.put(c.membershipId(), c);
      byNik.putIfAbsent(c.nik(), c);
    }
    Set<UUID> seen = new HashSet<>();
    Map<String, UUID> kpjInFile = new HashMap<>();
    List<Change> changes = new ArrayList<>();
    int unchanged = 0;
    for (Answer a : answers) {
      String at = "rows[" + a.row() + "].";
      Candidate c = a.reference() != null ? byId.get(a.reference()) : byNik.get(a.nik());
      if (c == null) {
        violations.add(at + (a.reference() != null ? "reference" : "nik"), BpjsError.PARTICIPANT_UNKNOWN);
        continue;
      }
      if (!c.nik().equals(a.nik())) {
        violations.add(at + "nik", BpjsError.PARTICIPANT_MISMATCH);
        continue;
      }
      if (!seen.add(c.membershipId())) {
        violations.add(at + "nik", BpjsError.PARTICIPANT_REPEATED);
        continue;
      }
      if (a.kpj() != null) {
        UUID owner = kpjOwners.getOrDefault(a.kpj(), c.workerId());
        UUID inFile = kpjInFile.putIfAbsent(a.kpj(), c.workerId());
        if (!owner.equals(c.workerId()) || inFile != null && !inFile.equals(c.workerId())) {
          violations.add(at + "kpj", BpjsError.KPJ_TAKEN);
          continue;
        }
      }
      if (c.kpj() != null && !c.kpj().equals(a.kpj())) {
        violations.add(at + "kpj", BpjsError.KPJ_CONFLICT);
        continue;
      }
      if (Objects.equals(c.kpj(), a.kpj()) && Objects.equals(c.refusal(), a.refusal())) {
        unchanged++;
      } else {
        changes.add(new Change(a.row(), c.membershipId(), a.kpj(), a.refusal()));
      }
    }
    return new Outcome(changes, unchanged);
  }
}
