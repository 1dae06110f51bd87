package id.ngopeni.api.bpjs;

import id.ngopeni.api.auth.ActingUser;
import id.ngopeni.api.http.Caller;
import id.ngopeni.api.platform.AppContext;
import id.ngopeni.domain.Ids;
import id.ngopeni.domain.bpjs.RegistrationAnswers;
import id.ngopeni.domain.bpjs.RegistrationAnswers.Answer;
import id.ngopeni.domain.bpjs.RegistrationAnswers.Change;
import id.ngopeni.domain.bpjs.RegistrationAnswers.Outcome;
import id.ngopeni.domain.problem.BpjsError;
import id.ngopeni.domain.problem.Invalid;
import id.ngopeni.domain.problem.Violations;
import id.ngopeni.domain.user.Role;
import id.ngopeni.persistence.audit.AuditEvent;
import id.ngopeni.persistence.bpjs.RegistrationRepository;
import id.ngopeni.persistence.bpjs.RegistrationRow;
import id.ngopeni.persistence.bpjs.RegistrationStatus;
import id.ngopeni.persistence.subject.RestrictionRepository;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlClient;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import id.ngopeni.api.privacy.ReadRecorder;
import id.ngopeni.api.privacy.Reader;
import id.ngopeni.domain.privacy.PersonalField;
import id.ngopeni.domain.privacy.Purpose;
import id.ngopeni.domain.privacy.ReadKind;
import id.ngopeni.domain.privacy.RevealPolicy;

/**
 * The registration hand-over with BPJS: the export of the enrolments BPJS has not numbered yet,
 * and BPJS's answer applied in one transaction — every row or none, the same file twice a no-op
 * (its first answer is given again).
 */
public record RegistrationService(AppContext context, RegistrationRepository repository, ReadRecorder recorder,
    RestrictionRepository restrictions) {
  /** The export's rows, and how many enrolments it left out because the person restricted processing. */
  public record Unregistered(List<RegistrationRow> rows, int heldBack) {}

  /**
   * The enrolments BPJS has not numbered yet, for the export; in full only for a purpose the
   * caller's role may export for. The people in it are recorded before the file is written;
   * people who asked to restrict the processing of their data are left out and counted.
   */
  public Future<Unregistered> unregistered(Reader who, Purpose purpose, String file) {
    if (purpose != null) {
      RevealPolicy.checkFullExport(who.caller().role(), purpose);
    }
    Set<PersonalField> fields = purpose == null
        ? Set.of(PersonalField.NAME, PersonalField.BIRTH_DATE, PersonalField.ADDRESS)
        : Set.of(PersonalField.NAME, PersonalField.BIRTH_DATE, PersonalField.ADDRESS, PersonalField.NIK, PersonalField.PHONE);
    return repository.unregistered(context.pool())
        .compose(all -> restrictions.restrictedAmong(context.pool(), all.stream().map(RegistrationRow::workerId).toList())
            .map(held -> new Unregistered(all.stream().filter(r -> !held.contains(r.workerId())).toList(),
                (int) all.stream().filter(r -> held.contains(r.workerId())).count())))
        .compose(export -> recorder.record(who, ReadKind.EXPORT,
            export.rows().stream().map(RegistrationRow::workerId).distinct().toList(), fields, purpose,
            new JsonObject().put("export", file).put("full", purpose != null).put("heldBack", export.heldBack()))
        .map(export));
  }

  /** What a page of registrations shows in full: the names and the BPJS participant numbers. */
  static final Set<PersonalField> STATUS_SHOWN = Set.of(PersonalField.NAME, PersonalField.MEMBERSHIP);

  /**
   * A page of memberships' standing with BPJS (names, participant numbers), on record in the access
   * log as one search naming its workers.
   */
  public Future<List<RegistrationStatus>> statuses(Reader who, String state, UUID after, int limit) {
    return repository.statuses(context.pool(), state, after, limit)
        .compose(page -> recorder.search(who, page, RegistrationStatus::workerId, STATUS_SHOWN).map(page));
  }

  public Future<byte[]> xlsx(List<RegistrationRow> rows, boolean full) {
    return context.vertx().executeBlocking(() -> RegistrationExport.xlsx(rows, full), false);
  }

  /** Applies BPJS's answer; {@code replayed} in the result says the file had been applied before. */
  public Future<JsonObject> answer(Caller caller, byte[] bytes, boolean xlsx) {
    return context.vertx().executeBlocking(() -> RegistrationAnswerFile.parse(bytes, xlsx), false)
        .compose(parsed -> context.pool().withTransaction(tx -> ActingUser.inTransaction(tx, caller,
                Role.ADMIN, Role.OPERATOR)
            .compose(acting -> repository.lockKind(tx, RegistrationRepository.REGISTRATION_ANSWER))
            .compose(v -> repository.file(tx, RegistrationRepository.REGISTRATION_ANSWER, parsed.sha256()))
            .compose(done -> {
              if (done.isPresent()) {
                return Future.succeededFuture(done.get().result().copy().put("replayed", true));
              }
              return apply(tx, caller, parsed);
            })));
  }

  private Future<JsonObject> apply(SqlClient tx, Caller caller, RegistrationAnswerFile.Parsed parsed) {
    List<Answer> answers = parsed.answers();
    List<UUID> ids = answers.stream().map(Answer::reference).filter(Objects::nonNull).distinct().toList();
    List<String> niks = answers.stream().map(Answer::nik).distinct().toList();
    List<String> kpjs = answers.stream().map(Answer::kpj).filter(Objects::nonNull).distinct().toList();
    return repository.candidates(tx, ids, niks)
        .compose(candidates -> repository.kpjOwners(tx, kpjs).map(owners -> {
          Violations violations = new Violations().addAll(parsed.violations().errors());
          Outcome outcome = RegistrationAnswers.match(answers, candidates, owners, violations);
          rejectIfAny(violations);
          return outcome;
        }))
        .compose(outcome -> {
          UUID fileId = Ids.newId();
          JsonObject result = result(fileId, parsed.rows(), outcome);
          return repository.apply(tx, outcome.changes())
              .compose(v -> repository.recordFile(tx, fileId, RegistrationRepository.REGISTRATION_ANSWER,
                  parsed.sha256(), parsed.rows(), result, caller.userId()))
              .compose(v -> context.audit().append(tx, audit(caller, fileId, outcome)))
              .map(seq -> result.copy().put("replayed", false));
        });
  }

  private static void rejectIfAny(Violations violations) {
    if (!violations.isEmpty()) {
      throw new Invalid(BpjsError.BPJS_FILE_REJECTED, "Nothing was applied: " + violations.errors().size()
          + " error(s) in the file.", violations.errors());
    }
  }

  /** The counts, and each change by row (membership ids, KPJs and reasons; never a NIK). */
  private static JsonObject result(UUID fileId, int rows, Outcome outcome) {
    JsonArray refusals = new JsonArray();
    JsonArray registered = new JsonArray();
    for (Change c : outcome.changes()) {
      JsonObject item = new JsonObject().put("row", c.row()).put("membershipId", c.membershipId().toString());
      if (c.registered()) {
        registered.add(item.put("kpj", c.kpj()));
      } else {
        refusals.add(item.put("reason", c.refusal()));
      }
    }
    return new JsonObject().put("fileId", fileId.toString()).put("rows", rows)
        .put("registered", registered.size()).put("refused", refusals.size())
        .put("unchanged", outcome.unchanged()).put("registrations", registered).put("refusals", refusals);
  }

  private static AuditEvent audit(Caller caller, UUID fileId, Outcome outcome) {
    JsonArray changes = new JsonArray();
    outcome.changes().forEach(c -> changes.add(new JsonObject().put("membershipId", c.membershipId().toString())
        .put("kpj", c.kpj()).put("refusal", c.refusal())));
    return new AuditEvent(caller.userId(), caller.role().name(), "bpjs.registration_answered", "bpjs_file",
        fileId.toString(), null, new JsonObject().put("changes", changes).put("unchanged", outcome.unchanged()));
  }
}
