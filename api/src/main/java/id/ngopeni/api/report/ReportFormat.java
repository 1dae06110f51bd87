package id.ngopeni.api.report;

import id.ngopeni.domain.report.ReportSize;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;

/** The files a report is printed as, and how one is sent: built off the event loop, never cached. */
public enum ReportFormat {
  PDF("application/pdf", ".pdf", ReportSize.PDF),
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx", ReportSize.XLSX);

  private final String contentType;
  private final String extension;
  private final ReportSize size;

  ReportFormat(String contentType, String extension, ReportSize size) {
    this.contentType = contentType;
    this.extension = extension;
    this.size = size;
  }

  public ReportSize size() {
    return size;
  }

  public byte[] render(Report report) {
    return this == PDF ? ReportPdf.of(report) : ReportXlsx.of(report);
  }

  /** Renders {@code report} on a worker thread and answers it as an attachment named after it. */
  public Future<Void> send(RoutingContext ctx, Report report) {
    return ctx.vertx().executeBlocking(() -> render(report)).compose(bytes -> attachment(ctx, contentType,
        report.name() + extension, Buffer.buffer(bytes)));
  }

  /** A file answer: its type, its name, never kept by a cache. */
  public static Future<Void> attachment(RoutingContext ctx, String contentType, String fileName, Buffer body) {
    return ctx.response().putHeader("Content-Type", contentType)
        .putHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
        .putHeader("Cache-Control", "private, no-store")
        .end(body);
  }
}
