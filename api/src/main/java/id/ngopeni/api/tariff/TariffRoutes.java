package id.ngopeni.api.tariff;

import id.ngopeni.api.platform.AppContext;
import id.ngopeni.api.platform.Feature;
import id.ngopeni.api.http.Caller;
import id.ngopeni.api.auth.RequireRole;
import id.ngopeni.api.http.Fields;
import id.ngopeni.api.http.JsonInput;
import id.ngopeni.api.http.Responses;
import id.ngopeni.domain.Ids;
import id.ngopeni.domain.membership.FundingSource;
import id.ngopeni.domain.membership.Program;
import id.ngopeni.domain.money.Rupiah;
import id.ngopeni.domain.problem.FieldError;
import id.ngopeni.domain.problem.Invalid;
import id.ngopeni.domain.problem.Violations;
import id.ngopeni.domain.tariff.Contribution;
import id.ngopeni.domain.tariff.Tariff;
import id.ngopeni.domain.user.Role;
import id.ngopeni.persistence.audit.AuditEvent;
import id.ngopeni.persistence.tariff.StoredTariff;
import id.ngopeni.persistence.tariff.TariffRepository;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * {@code GET /tariffs} (every role: the premium a field officer quotes comes from here) and
 * {@code POST /tariffs} (ADMIN): a new effective-dated tariff, never an edit of an old one.
 */
public final class TariffRoutes implements Feature {
  private final AppContext context;
  private final TariffRepository tariffs;

  public TariffRoutes(AppContext context, TariffRepository tariffs) {
    this.context = context;
    this.tariffs = tariffs;
  }

  @Override
  public void mount(Router api) {
    api.get("/tariffs").handler(this::list);
    api.post("/tariffs").handler(RequireRole.anyOf(Role.ADMIN)).handler(this::create);
  }

  private void list(RoutingContext ctx) {
    tariffs.all(context.pool())
        .compose(all -> {
          JsonArray items = new JsonArray();
          all.forEach(t -> items.add(TariffJson.of(t)));
          return Responses.json(ctx, 200, new JsonObject().put("items", items));
        })
        .onFailure(ctx::fail);
  }

  private void create(RoutingContext ctx) {
    Caller caller = Caller.of(ctx);
    Tariff candidate = read(JsonInput.object(ctx));
    UUID id = Ids.newId();
    context.pool()
        .withTransaction(tx -> tariffs.lockForChange(tx)
            .compose(v -> tariffs.book(tx))
            .compose(book -> {
              List<FieldError> errors = book.validate(candidate);
              if (!errors.isEmpty()) {
                boolean overlap = errors.stream().anyMatch(e -> e.code().equals("tariff_overlap"));
                throw overlap
                    ? new Invalid("tariff_overlap", "Another tariff covers part of this period.", errors)
                    : new Invalid(errors);
              }
              return tariffs.insert(tx, id, candidate, caller.userId());
            })
            .compose(v -> {
              JsonObject after = TariffJson.of(new StoredTariff(id, candidate));
              return context.audit()
                  .append(tx, new AuditEvent(caller.userId(), caller.role().name(), "tariff.created", "tariff",
                      id.toString(), null, after))
                  .map(seq -> after);
            }))
        .compose(json -> Responses.json(ctx, 201, json))
        .onFailure(ctx::fail);
  }

  /** Every field error at once, including the tariff's own rules (whole months, bounds). */
  private static Tariff read(JsonObject body) {
    Fields f = new Fields(body);
    Program program = f.enumValue("program", Program.class, true);
    LocalDate validFrom = f.date("validFrom", true);
    LocalDate validTo = f.date("validTo", false);
    FundingSource source = f.enumValue("fundingSource", FundingSource.class, false);
    Long rate = f.wholeNumber("rateBasisPoints", false);
    Long minimum = f.wholeNumber("minimum", false);
    Long maximum = f.wholeNumber("maximum", false);
    Long flat = f.wholeNumber("flatAmount", false);
    Violations v = f.finish();
    if ((rate == null) == (flat == null) && !v.has("rateBasisPoints") && !v.has("flatAmount")) {
      v.add("rateBasisPoints", "rate_or_flat", "Give either rateBasisPoints or flatAmount.");
    }
    if (flat != null && (minimum != null || maximum != null)) {
      v.add("minimum", "not_for_flat", "A flat amount has no minimum or maximum.");
    }
    Contribution contribution = rate != null
        ? new Contribution.Rate(rate, minimum == null ? null : Rupiah.of(minimum), maximum == null ? null : Rupiah.of(maximum))
        : new Contribution.Flat(Rupiah.of(flat == null ? 0 : flat));
    if (program == null || validFrom == null) {
      v.addAll(contribution.validate()).throwIfAny();
    }
    Tariff tariff = new Tariff(program, validFrom, validTo, source, contribution);
    v.addAll(tariff.validate()).throwIfAny();
    return tariff;
  }
}
