package id.ngopeni.api.dtsen;

import id.ngopeni.api.http.Caller;
import id.ngopeni.api.http.Fields;
import id.ngopeni.api.http.JsonInput;
import id.ngopeni.api.http.PathParams;
import id.ngopeni.api.http.RequireContentType;
import id.ngopeni.api.http.RequireRole;
import id.ngopeni.api.http.Responses;
import id.ngopeni.api.platform.Feature;
import id.ngopeni.api.worker.importing.ImportFormat;
import id.ngopeni.domain.Jakarta;
import id.ngopeni.domain.membership.FundingSource;
import id.ngopeni.domain.problem.DtsenError;
import id.ngopeni.domain.problem.HttpError;
import id.ngopeni.domain.problem.Violations;
import id.ngopeni.domain.user.Role;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.FileUpload;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * DTSEN extracts and decile policies. Only ADMIN imports an extract: it is the whole city's
 * national social data, residents not in the registry included (bulk personal data under UU
 * 27/2022), and it decides who may be enrolled under a source with a policy, so it is a
 * configuration act like a tariff, not day-to-day registry work. ADMIN sets policies; the office
 * roles read imports and policies. Targeting reports: {@link TargetingRoutes}.
 */
public record DtsenRoutes(DtsenService service, Path uploadsDir, Clock clock) implements Feature {
  /** Large enough for 1,000,000 rows of a CSV with a few more columns than NIK and DESIL. */
  public static final long MAX_UPLOAD_BYTES = 256L * 1024 * 1024;
  private static final RequireContentType MULTIPART =
      new RequireContentType("multipart/form-data", "Send the extract as multipart/form-data (extractDate, file).");
  static final RequireRole OFFICE = RequireRole.anyOf(Role.ADMIN, Role.OPERATOR, Role.APPROVER, Role.AUDITOR);

  @Override
  public void mount(Router api) {
    RequireRole admin = RequireRole.anyOf(Role.ADMIN);
    BodyHandler uploads = BodyHandler.create(uploadsDir.toString()).setBodyLimit(MAX_UPLOAD_BYTES)
        .setHandleFileUploads(true).setDeleteUploadedFilesOnEnd(true).setMergeFormAttributes(false);
    api.post("/dtsen/imports").handler(admin).handler(MULTIPART).handler(uploads::handle).handler(this::upload);
    api.get("/dtsen/imports").handler(OFFICE).handler(this::imports);
    api.get("/dtsen/policies").handler(OFFICE).handler(this::policies);
    api.put("/dtsen/policies/:fundingSource").handler(admin).handler(this::putPolicy);
  }

  private void upload(RoutingContext ctx) {
    Violations v = new Violations();
    LocalDate extractDate = extractDate(ctx.request().getFormAttribute("extractDate"), v);
    List<FileUpload> files = ctx.fileUploads().stream().filter(f -> f.name().equals("file")).toList();
    ImportFormat format = null;
    if (files.size() != 1 || ctx.fileUploads().size() != 1) {
      v.add("file", HttpError.REQUIRED, "Send exactly one file in the field 'file'.");
    } else {
      format = format(files.get(0));
      if (format == null) {
        v.add("file", DtsenError.EXTRACT_FORMAT_UNKNOWN);
      }
    }
    v.throwIfAny();
    service.importExtract(Caller.of(ctx), Path.of(files.get(0).uploadedFileName()), format, extractDate)
        .compose(done -> {
          ctx.response().putHeader("Location", "/api/v1/dtsen/imports");
          return Responses.json(ctx, done.created() ? 201 : 200,
              DtsenJson.extract(done.extract()).put("created", done.created()));
        })
        .onFailure(ctx::fail);
  }

  private LocalDate extractDate(String text, Violations v) {
    if (text == null || text.isBlank()) {
      v.add("extractDate", HttpError.REQUIRED);
      return null;
    }
    try {
      LocalDate date = LocalDate.parse(text.strip());
      if (date.isAfter(Jakarta.today(clock))) {
        v.add("extractDate", DtsenError.EXTRACT_DATE_IN_FUTURE);
      }
      return date;
    } catch (DateTimeParseException e) {
      v.add("extractDate", HttpError.DATE_INVALID);
      return null;
    }
  }

  /** By the part's Content-Type, else by the file name's extension. */
  private static ImportFormat format(FileUpload file) {
    ImportFormat byType = ImportFormat.ofContentType(file.contentType()).orElse(null);
    if (byType != null) {
      return byType;
    }
    String name = file.fileName() == null ? "" : file.fileName().toLowerCase(Locale.ROOT);
    return name.endsWith(".csv") ? ImportFormat.CSV : name.endsWith(".xlsx") ? ImportFormat.XLSX : null;
  }

  private void imports(RoutingContext ctx) {
    service.recent(20).compose(list -> {
      JsonArray items = new JsonArray();
      list.forEach(i -> items.add(DtsenJson.extract(i)));
      return Responses.json(ctx, 200, new JsonObject().put("items", items));
    }).onFailure(ctx::fail);
  }

  private void policies(RoutingContext ctx) {
    service.policies().compose(stored -> {
      JsonArray items = new JsonArray();
      for (FundingSource source : FundingSource.values()) {
        items.add(stored.stream().filter(p -> p.fundingSource().equals(source.name())).findFirst()
            .map(DtsenJson::policy).orElse(DtsenJson.policy(source.name(), null)));
      }
      return Responses.json(ctx, 200, new JsonObject().put("items", items));
    }).onFailure(ctx::fail);
  }

  private void putPolicy(RoutingContext ctx) {
    FundingSource source = PathParams.fundingSource(ctx);
    Fields f = new Fields(JsonInput.object(ctx));
    Long maxDecile = f.wholeNumber("maxDecile", false);
    Violations v = f.finish();
    service.putPolicy(Caller.of(ctx), source, maxDecile, v)
        .compose(json -> Responses.json(ctx, 200, json))
        .onFailure(ctx::fail);
  }

}
