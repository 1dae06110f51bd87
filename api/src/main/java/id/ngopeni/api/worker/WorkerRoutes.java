package id.ngopeni.api.worker;

import id.ngopeni.api.http.QueryParams;
import id.ngopeni.api.http.AcceptLanguage;
import id.ngopeni.api.http.RequireRole;
import id.ngopeni.api.http.Caller;
import id.ngopeni.api.http.ETags;
import id.ngopeni.api.http.Fields;
import id.ngopeni.api.http.Idempotency;
import id.ngopeni.api.http.JsonInput;
import id.ngopeni.api.http.Paging;
import id.ngopeni.api.http.Responses;
import id.ngopeni.api.platform.Feature;
import id.ngopeni.domain.problem.HttpError;
import id.ngopeni.api.report.ReportFormat;
import id.ngopeni.persistence.worker.WorkerFilter;
import id.ngopeni.domain.problem.Violations;
import id.ngopeni.api.privacy.ReadRecorder;
import id.ngopeni.domain.privacy.Masks;
import id.ngopeni.domain.privacy.Purpose;
import id.ngopeni.domain.privacy.RevealPolicy;
import id.ngopeni.domain.user.Role;
import id.ngopeni.domain.worker.DuplicateReview;
import id.ngopeni.domain.worker.Nik;
import id.ngopeni.domain.worker.WorkerDraft;
import id.ngopeni.persistence.worker.StoredWorker;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.LocalDate;
import java.util.UUID;

/**
 * {@code /workers}: ADMIN, OPERATOR and FIELD_OFFICER (own kelurahan only) register and edit;
 * every role reads (APPROVER too: checking a payout means looking at the worker and the heirs);
 * the bulk export is for every role but APPROVER, who checks one payout at a time. NIKs travel
 * only in bodies ({@code POST /workers/lookup}), never in a URL. Answers show NIKs and phones
 * masked, except to the clerk who just sent them (create, edit) and in a reveal with a purpose
 * ({@code POST /workers/{id}/reveal}); every read is recorded ({@link ReadRecorder}).
 */
public record WorkerRoutes(WorkerService service, HeirService heirs, WorkerExport export, WorkerSheet sheets,
    WorkerReveal reveals, ReadRecorder recorder) implements Feature {
  @Override
  public void mount(Router api) {
    RequireRole writers = RequireRole.anyOf(Role.ADMIN, Role.OPERATOR, Role.FIELD_OFFICER);
    RequireRole exporters = RequireRole.anyOf(Role.ADMIN, Role.OPERATOR, Role.AUDITOR, Role.FIELD_OFFICER);
    api.post("/workers").handler(writers).handler(this::create);
    api.get("/workers").handler(this::list);
    // The list's filters in a body, so a NIK prefix never travels in a URL; a read, never kept for replays.
    api.post("/workers/search").handler(Idempotency.READ_ONLY).handler(this::search);
    // Before /workers/:id, which would otherwise take "export.csv" for an id.
    api.get("/workers/export.csv").handler(exporters).handler(export::handle);
    api.get("/workers/export.xlsx").handler(exporters).handler(ctx -> exportFile(ctx, ReportFormat.XLSX));
    api.get("/workers/export.pdf").handler(exporters).handler(ctx -> exportFile(ctx, ReportFormat.PDF));
    // Before saving: the possible duplicates of a draft (the NIK in the body); a read, never kept for replays.
    api.post("/workers/duplicate-check").handler(writers).handler(Idempotency.READ_ONLY).handler(this::duplicateCheck);
    // A read: its answer (with the NIK) is never kept for Idempotency-Key replays.
    api.post("/workers/lookup").handler(Idempotency.READ_ONLY).handler(this::lookup);
    api.get("/workers/:id").handler(this::get);
    // A read with a purpose: POST keeps the purpose in the body; the answer is never kept for replays.
    RequireRole revealers = RequireRole.anyOf(RevealPolicy.revealers());
    api.post("/workers/:id/reveal").handler(revealers).handler(Idempotency.READ_ONLY).handler(this::reveal);
    api.patch("/workers/:id").handler(writers).handler(this::patch);
    api.get("/workers/:id/heirs").handler(this::listHeirs);
    api.put("/workers/:id/heirs").handler(writers).handler(this::replaceHeirs);
  }

  private void create(RoutingContext ctx) {
    Fields in = new Fields(JsonInput.object(ctx));
    WorkerDraft draft = draft(in);
    String reason = in.string("duplicateReason", false);
    Violations typeErrors = in.finish();
    // "Save anyway": why the clerk saves despite possible duplicates (optional, at most 500 characters).
    String duplicateReason = DuplicateReview.reason(reason, "duplicateReason", typeErrors);
    service.create(Caller.of(ctx), draft, typeErrors, duplicateReason)
        .compose(saved -> {
          ctx.response().putHeader("Location", "/api/v1/workers/" + saved.worker().id());
          return Responses.versioned(ctx, 201, savedJson(ctx, saved), saved.worker().version());
        })
        .onFailure(ctx::fail);
  }

  /** A saved worker with its warnings, and the duplicate review it entered (if it did). */
  private static JsonObject savedJson(RoutingContext ctx, WorkerService.Saved saved) {
    JsonObject body = WorkerJson.withWarnings(saved.worker(), saved.warnings(), AcceptLanguage.negotiate(ctx));
    if (saved.reviewId() != null) {
      body.put("duplicateReview", new JsonObject().put("id", saved.reviewId().toString()).put("status", "OPEN"));
    }
    return body;
  }

  /** {@code POST /workers/duplicate-check}: the draft of {@code POST /workers}, answered with its possible duplicates. */
  private void duplicateCheck(RoutingContext ctx) {
    Fields in = new Fields(JsonInput.object(ctx));
    WorkerDraft draft = draft(in);
    service.duplicates(recorder.reader(ctx), draft, in.finish())
        .compose(found -> Responses.json(ctx, 200, DuplicateReviewJson.check(found, draft.birthDate(), AcceptLanguage.negotiate(ctx))))
        .onFailure(ctx::fail);
  }

  private static WorkerDraft draft(Fields in) {
    return new WorkerDraft(in.string("nik", false), in.string("fullName", false), in.date("birthDate", false),
        in.string("sex", false), in.string("kelurahanCode", false), in.string("category", false),
        in.string("phone", false), in.string("address", false));
  }

  private void list(RoutingContext ctx) {
    Caller caller = Caller.of(ctx);
    int limit = Paging.limit(ctx);
    boolean count = "true".equalsIgnoreCase(ctx.queryParams().get("count"));
    service.list(recorder.reader(ctx), WorkerSearch.filter(ctx, caller, true), limit, count)
        .compose(page -> {
          if (!WorkerSearch.announceNikInUrl(ctx)) {
            WorkerSearch.announceDeprecatedNames(ctx);
          }
          return Responses.json(ctx, 200, page(page));
        })
        .onFailure(ctx::fail);
  }

  /** {@code POST /workers/search}: {@code GET /workers}' filters, cursor, limit and count in the body. */
  private void search(RoutingContext ctx) {
    Fields in = new Fields(JsonInput.object(ctx));
    java.util.Map<String, String> values = new java.util.HashMap<>();
    for (String name : java.util.List.of("q", "kelurahanCode", "kecamatanCode", "category", "coverage")) {
      values.put(name, in.string(name, false));
    }
    String cursor = in.string("cursor", false);
    Long limit = in.wholeNumber("limit", false);
    Boolean count = in.bool("count", false);
    Violations v = in.finish();
    if (limit != null && (limit < 1 || limit > Paging.MAX_LIMIT)) {
      v.add("limit", HttpError.LIMIT_INVALID, "Must be 1 to " + Paging.MAX_LIMIT + ".");
    }
    var filter = WorkerSearch.filter(values, v, Caller.of(ctx), cursor);
    service.list(recorder.reader(ctx), filter, limit == null ? Paging.DEFAULT_LIMIT : limit.intValue(), Boolean.TRUE.equals(count))
        .compose(page -> Responses.json(ctx, 200, page(page)))
        .onFailure(ctx::fail);
  }

  private static JsonObject page(WorkerService.Page page) {
    JsonArray items = new JsonArray();
    page.slice().items().forEach(w -> items.add(WorkerJson.of(w)));
    var shown = page.slice().items();
    String next = page.slice().hasMore() ? Paging.cursorOf(shown.get(shown.size() - 1).id()) : null;
    JsonObject body = Paging.page(items, next);
    if (page.total() != null) {
      body.put("total", page.total());
    }
    return body;
  }

  /** The list as XLSX or PDF, with the export's filters and purpose (at most ReportSize rows). */
  private void exportFile(RoutingContext ctx, ReportFormat format) {
    WorkerFilter filter = WorkerSearch.filter(ctx, Caller.of(ctx), false);
    sheets.report(recorder.reader(ctx), filter, QueryParams.purpose(ctx), format)
        .compose(report -> {
          WorkerSearch.announceDeprecatedNames(ctx);
          return format.send(ctx, report);
        })
        .onFailure(ctx::fail);
  }

  private void lookup(RoutingContext ctx) {
    Fields in = new Fields(JsonInput.object(ctx));
    String nik = in.string("nik", true);
    in.requireValid();
    // Nik.parse refuses (422) anything that cannot be a NIK, naming the broken part.
    service.lookup(recorder.reader(ctx), Nik.parse(nik).value())
        .compose(w -> Responses.versioned(ctx, 200, WorkerJson.of(w), w.version()))
        .onFailure(ctx::fail);
  }

  private void get(RoutingContext ctx) {
    service.get(recorder.reader(ctx), pathId(ctx))
        .compose(d -> Responses.versioned(ctx, 200, WorkerJson.of(d.worker()).put("dtsen", WorkerJson.dtsen(d.decile())),
            d.worker().version()))
        .onFailure(ctx::fail);
  }

  private void reveal(RoutingContext ctx) {
    UUID id = pathId(ctx);
    Fields in = new Fields(JsonInput.object(ctx));
    String purpose = in.string("purpose", false); // missing: purpose_required, naming the purposes
    in.requireValid();
    reveals.reveal(recorder.reader(ctx), id, Purpose.parse("purpose", purpose))
        .compose(r -> Responses.json(ctx, 200, WorkerJson.revealed(r.worker(), r.heirs(), r.purpose())))
        .onFailure(ctx::fail);
  }

  private void patch(RoutingContext ctx) {
    UUID id = pathId(ctx);
    int version = ETags.requiredVersion(ctx);
    Fields in = new Fields(JsonInput.object(ctx));
    // The console sends back what it was shown: a mask left as it was keeps the stored value.
    Change<String> nik = text(in, "nik");
    Change<String> fullName = text(in, "fullName");
    Change<LocalDate> birthDate = in.has("birthDate") ? new Change<>(true, in.date("birthDate", false)) : Change.none();
    Change<String> sex = text(in, "sex");
    Change<String> kelurahan = text(in, "kelurahanCode");
    Change<String> category = text(in, "category");
    Change<String> phone = text(in, "phone");
    Change<String> address = text(in, "address");
    // Carrying out a data subject's correction request: the edit names it (and its audit entry too).
    UUID correctionId = in.uuid("correctionId", false);
    Violations typeErrors = in.finish();
    service.patch(Caller.of(ctx), id, version, (StoredWorker w) -> new WorkerDraft(
                unmasked(nik, w.nik(), Masks::nik), fullName.or(w.fullName()), birthDate.or(w.birthDate()), sex.or(w.sex()),
                kelurahan.or(w.kelurahanCode()), category.or(w.category()), unmasked(phone, w.phone(), Masks::phone),
                address.or(w.address())),
            typeErrors, correctionId)
        .compose(saved -> Responses.versioned(ctx, 200, savedJson(ctx, saved), saved.worker().version()))
        .onFailure(ctx::fail);
  }

  private void listHeirs(RoutingContext ctx) {
    heirs.list(recorder.reader(ctx), pathId(ctx))
        .compose(h -> Responses.versioned(ctx, 200, WorkerJson.heirs(h.heirs()), h.version()))
        .onFailure(ctx::fail);
  }

  private void replaceHeirs(RoutingContext ctx) {
    UUID id = pathId(ctx);
    int version = ETags.requiredVersion(ctx);
    Violations typeErrors = new Violations();
    var drafts = HeirInput.read(ctx, typeErrors);
    heirs.replace(Caller.of(ctx), id, version, drafts, typeErrors)
        .compose(h -> Responses.versioned(ctx, 200, WorkerJson.heirs(h.heirs()), h.version()))
        .onFailure(ctx::fail);
  }

  /** A PATCH field: absent keeps the stored value, present (even null) replaces it. */
  private record Change<T>(boolean present, T value) {
    static <T> Change<T> none() {
      return new Change<>(false, null);
    }

    T or(T current) {
      return present ? value : current;
    }
  }

  /** The patched value, or the stored one when the client sent back exactly its mask. */
  private static String unmasked(Change<String> change, String stored, java.util.function.UnaryOperator<String> mask) {
    if (change.present() && change.value() != null && stored != null && change.value().strip().equals(mask.apply(stored))) {
      return stored;
    }
    return change.or(stored);
  }

  private static Change<String> text(Fields in, String name) {
    return in.has(name) ? new Change<>(true, in.string(name, false)) : Change.none();
  }

  private static UUID pathId(RoutingContext ctx) {
    try {
      return UUID.fromString(ctx.pathParam("id"));
    } catch (IllegalArgumentException e) {
      throw WorkerService.notFound();
    }
  }
}
