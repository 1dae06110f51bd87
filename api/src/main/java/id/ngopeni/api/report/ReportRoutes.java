package id.ngopeni.api.report;

import id.ngopeni.api.http.Caller;
import id.ngopeni.api.http.QueryParams;
import id.ngopeni.api.http.RequireRole;
import id.ngopeni.api.platform.Feature;
import id.ngopeni.api.privacy.ReadRecorder;
import id.ngopeni.api.privacy.Reader;
import id.ngopeni.domain.claim.ClaimStatus;
import id.ngopeni.domain.membership.FundingSource;
import id.ngopeni.domain.payout.PayoutStatus;
import id.ngopeni.domain.problem.FieldError;
import id.ngopeni.domain.problem.HttpError;
import id.ngopeni.domain.problem.Invalid;
import id.ngopeni.domain.problem.ReportError;
import id.ngopeni.domain.report.ReportPeriod;
import id.ngopeni.domain.user.Role;
import io.vertx.core.Future;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code /reports}: the files the office prints and sends, each as PDF (A4, for signing and
 * filing) or XLSX (typed cells, for working on): monthly coverage and the month's recipients list
 * (the office: ADMIN, OPERATOR, APPROVER, AUDITOR), the claim register (who reads claims, a field
 * officer in their kelurahan) and the payout register (who reads payouts).
 */
public record ReportRoutes(ReportService service, ReadRecorder recorder) implements Feature {
  static final RequireRole OFFICE = RequireRole.anyOf(Role.ADMIN, Role.OPERATOR, Role.APPROVER, Role.AUDITOR);
  static final RequireRole CLAIM_READERS =
      RequireRole.anyOf(Role.OPERATOR, Role.ADMIN, Role.FIELD_OFFICER, Role.AUDITOR, Role.APPROVER);

  @Override
  public void mount(Router api) {
    api.get("/reports/coverage").handler(OFFICE).handler(this::coverage);
    api.get("/reports/recipients").handler(OFFICE).handler(this::recipients);
    api.get("/reports/claims").handler(CLAIM_READERS).handler(this::claims);
    api.get("/reports/payouts").handler(OFFICE).handler(this::payouts);
  }

  private void coverage(RoutingContext ctx) {
    Params p = new Params(ctx, "month", "format");
    YearMonth month = p.month();
    ReportFormat format = p.format();
    p.finish();
    send(ctx, format, service.coverage(Caller.of(ctx), month));
  }

  private void recipients(RoutingContext ctx) {
    Params p = new Params(ctx, "month", "fundingSource", "format");
    YearMonth month = p.month();
    FundingSource source = p.required("fundingSource", () -> QueryParams.enumValue(ctx, "fundingSource",
        FundingSource.class));
    ReportFormat format = p.format();
    p.finish();
    send(ctx, format, service.recipients(recorder.reader(ctx), month, source, format));
  }

  /** A register: what it reads for who asks, the period, a status of {@code S} (or any) and the format. */
  private interface Register<S> {
    Future<Report> read(Reader who, ReportPeriod period, S status, ReportFormat format);
  }

  private void claims(RoutingContext ctx) {
    register(ctx, ClaimStatus.class, service::claims);
  }

  private void payouts(RoutingContext ctx) {
    register(ctx, PayoutStatus.class, service::payouts);
  }

  private <S extends Enum<S>> void register(RoutingContext ctx, Class<S> statuses, Register<S> register) {
    Params p = new Params(ctx, "from", "to", "status", "format");
    ReportPeriod period = p.period();
    S status = p.optional(() -> QueryParams.enumValue(ctx, "status", statuses));
    ReportFormat format = p.format();
    p.finish();
    send(ctx, format, register.read(recorder.reader(ctx), period, status, format));
  }

  private void send(RoutingContext ctx, ReportFormat format, Future<Report> report) {
    report.compose(r -> format.send(ctx, r)).onFailure(ctx::fail);
  }

  /** A report's query: only its own parameters, every error collected before one 422. */
  private static final class Params {
    private final RoutingContext ctx;
    private final List<FieldError> errors = new ArrayList<>();

    Params(RoutingContext ctx, String... known) {
      this.ctx = ctx;
      Set<String> names = Set.of(known);
      ctx.queryParams().names().stream().filter(n -> !names.contains(n)).sorted()
          .forEach(n -> errors.add(new FieldError(n, HttpError.UNKNOWN_PARAMETER)));
    }

    <T> T optional(java.util.function.Supplier<T> read) {
      try {
        return read.get();
      } catch (Invalid e) {
        errors.addAll(e.errors());
        return null;
      }
    }

    <T> T required(String name, java.util.function.Supplier<T> read) {
      T value = optional(read);
      if (value == null && text(name) == null) {
        errors.add(new FieldError(name, HttpError.REQUIRED));
      }
      return value;
    }

    ReportFormat format() {
      ReportFormat f = optional(() -> QueryParams.enumValue(ctx, "format", ReportFormat.class));
      return f == null ? ReportFormat.PDF : f;
    }

    YearMonth month() {
      String text = text("month");
      if (text == null) {
        errors.add(new FieldError("month", HttpError.REQUIRED));
        return null;
      }
      try {
        return YearMonth.parse(text);
      } catch (DateTimeParseException e) {
        errors.add(new FieldError("month", ReportError.REPORT_MONTH_INVALID));
        return null;
      }
    }

    ReportPeriod period() {
      LocalDate from = date("from");
      LocalDate to = date("to");
      return from == null || to == null ? null : optional(() -> new ReportPeriod(from, to));
    }

    private LocalDate date(String name) {
      String text = text(name);
      if (text == null) {
        errors.add(new FieldError(name, HttpError.REQUIRED));
        return null;
      }
      try {
        return LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        errors.add(new FieldError(name, HttpError.DATE_INVALID));
        return null;
      }
    }

    private String text(String name) {
      String value = ctx.queryParams().get(name);
      return value == null || value.isBlank() ? null : value.strip();
    }

    void finish() {
      if (!errors.isEmpty()) {
        throw new Invalid(errors);
      }
    }
  }
}
