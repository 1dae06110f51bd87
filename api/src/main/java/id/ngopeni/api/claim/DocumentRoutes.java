package id.ngopeni.api.claim;

import id.ngopeni.api.platform.Feature;
import id.ngopeni.api.http.Caller;
import id.ngopeni.api.http.HttpProblem;
import id.ngopeni.api.http.RequireContentType;
import id.ngopeni.api.http.Responses;
import id.ngopeni.domain.claim.DocumentKind;
import id.ngopeni.domain.problem.ClaimError;
import id.ngopeni.domain.problem.HttpError;
import id.ngopeni.domain.problem.Violations;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.FileUpload;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.nio.file.Path;
import id.ngopeni.api.privacy.ReadRecorder;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * {@code /claims/{id}/documents}: multipart upload ({@code kind}, {@code file}), list, and
 * download as an attachment. The global body handler buffers JSON only, so the upload route
 * has its own: files go to the data directory's uploads folder (deleted when the request
 * ends) and the body may be at most 10 MiB of file plus room for the multipart framing.
 */
public record DocumentRoutes(DocumentService service, Path uploadsDir, ReadRecorder recorder) implements Feature {
  /** Multipart boundaries, headers and the kind field; the file itself is checked exactly. */
  static final long FRAMING_ALLOWANCE = 64 * 1024;
  private static final RequireContentType MULTIPART =
      new RequireContentType("multipart/form-data", "Send the document as multipart/form-data (kind, file).");

  @Override
  public void mount(Router api) {
    BodyHandler uploads = BodyHandler.create(uploadsDir.toString())
        .setBodyLimit(DocumentService.MAX_FILE_BYTES + FRAMING_ALLOWANCE)
        .setHandleFileUploads(true)
        .setDeleteUploadedFilesOnEnd(true)
        .setMergeFormAttributes(false);
    api.post("/claims/:id/documents").handler(ClaimRoutes.FILERS).handler(MULTIPART)
        // Wrapped: Vert.x allows a BodyHandler only first on a route, and the role check
        // must come before the body is read.
        .handler(uploads::handle).handler(this::upload);
    api.get("/claims/:id/documents").handler(ClaimRoutes.READERS).handler(this::list);
    api.get("/claims/:id/documents/:docId").handler(ClaimRoutes.READERS).handler(this::download);
  }

  private void upload(RoutingContext ctx) {
    UUID claimId = ClaimRoutes.claimId(ctx);
    Violations violations = new Violations();
    DocumentKind kind = kind(ctx.request().getFormAttribute("kind"), violations);
    List<FileUpload> files = ctx.fileUploads().stream().filter(f -> f.name().equals("file")).toList();
    if (files.size() != 1) {
      violations.add("file", files.isEmpty() ? HttpError.REQUIRED : ClaimError.FILE_DUPLICATE, "Send exactly one file in the field 'file'.");
    }
    if (ctx.fileUploads().size() != files.size()) {
      violations.add("file", HttpError.UNKNOWN_FIELD);
    }
    violations.throwIfAny();
    FileUpload file = files.get(0);
    if (file.size() > DocumentService.MAX_FILE_BYTES) {
      throw new HttpProblem(ClaimError.FILE_TOO_LARGE, "A document may be at most 10 MiB.");
    }
    service.upload(Caller.of(ctx), claimId, kind, Path.of(file.uploadedFileName()))
        .compose(uploaded -> {
          ctx.response().putHeader("Location", "/api/v1/claims/" + claimId + "/documents/" + uploaded.document().id());
          return Responses.json(ctx, 201, ClaimJson.uploaded(uploaded));
        })
        .onFailure(ctx::fail);
  }

  private void list(RoutingContext ctx) {
    service.list(Caller.of(ctx), ClaimRoutes.claimId(ctx))
        .compose(docs -> {
          JsonArray items = new JsonArray();
          docs.forEach(d -> items.add(ClaimJson.document(d)));
          return Responses.json(ctx, 200, new JsonObject().put("items", items));
        })
        .onFailure(ctx::fail);
  }

  private void download(RoutingContext ctx) {
    UUID claimId = ClaimRoutes.claimId(ctx);
    UUID docId = ClaimAccess.pathId(ctx.pathParam("docId"), DocumentService::notFound);
    service.download(recorder.reader(ctx), claimId, docId)
        .compose(content -> {
          var doc = content.document();
          String extension = FileType.ofContentType(doc.contentType()).map(FileType::extension).orElse("bin");
          // The name is ours (kind and id), never the client's, so no header injection.
          String name = doc.kind().name().toLowerCase(Locale.ROOT) + "-" + doc.id() + "." + extension;
          return ctx.response()
              .putHeader("Content-Type", doc.contentType())
              .putHeader("Content-Disposition", "attachment; filename=\"" + name + "\"")
              .putHeader("Cache-Control", "private, no-store")
              .putHeader("X-Content-SHA256", doc.sha256())
              .end(content.bytes());
        })
        .onFailure(ctx::fail);
  }

  private static DocumentKind kind(String text, Violations violations) {
    if (text == null || text.isBlank()) {
      violations.add("kind", HttpError.REQUIRED);
      return null;
    }
    try {
      return DocumentKind.valueOf(text.strip());
    } catch (IllegalArgumentException e) {
      violations.add("kind", HttpError.VALUE_UNKNOWN, "Must be one of " + java.util.Arrays.toString(DocumentKind.values()) + ".");
      return null;
    }
  }
}
