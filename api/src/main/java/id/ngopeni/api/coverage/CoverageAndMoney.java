package id.ngopeni.api.coverage;

import id.ngopeni.api.AppContext;
import id.ngopeni.api.Feature;
import id.ngopeni.api.budget.BudgetLedger;
import id.ngopeni.api.budget.BudgetRoutes;
import id.ngopeni.api.demo.DemoData;
import id.ngopeni.api.invoice.InvoiceGeneration;
import id.ngopeni.api.invoice.InvoiceRoutes;
import id.ngopeni.api.membership.MembershipRoutes;
import id.ngopeni.api.membership.MembershipService;
import id.ngopeni.api.tariff.TariffRoutes;
import id.ngopeni.domain.membership.MembershipPolicy;
import id.ngopeni.persistence.budget.BudgetRepository;
import id.ngopeni.persistence.coverage.CoverageRepository;
import id.ngopeni.persistence.invoice.InvoiceRepository;
import id.ngopeni.persistence.membership.MembershipRepository;
import id.ngopeni.persistence.tariff.TariffRepository;
import io.vertx.ext.web.Router;
import java.util.List;

/**
 * Coverage and money (issue 4): tariffs, memberships, budgets, premium invoices and the
 * coverage report, wired once per instance. With {@code --demo} it also loads the Kota Malang
 * demo data set once the instance is up (see {@link DemoData}).
 */
public final class CoverageAndMoney implements Feature {
  private final List<Feature> parts;

  private CoverageAndMoney(List<Feature> parts) {
    this.parts = parts;
  }

  public static Feature create(AppContext context) {
    MembershipPolicy policy = MembershipPolicy.DEFAULT;
    TariffRepository tariffs = new TariffRepository();
    MembershipRepository memberships = new MembershipRepository();
    BudgetRepository budgets = new BudgetRepository();
    InvoiceRepository invoices = new InvoiceRepository();
    BudgetLedger ledger = new BudgetLedger(budgets, policy);
    MembershipService membershipService = new MembershipService(context, memberships, tariffs, budgets, ledger, policy);
    InvoiceGeneration generation = new InvoiceGeneration(context, invoices, memberships, tariffs, policy);
    if (context.config().demo()) {
      DemoData.scheduleAfterStart(context, generation);
    }
    return new CoverageAndMoney(List.of(
        new TariffRoutes(context, tariffs),
        new MembershipRoutes(membershipService),
        new BudgetRoutes(context, budgets, tariffs, ledger),
        new InvoiceRoutes(context, invoices, generation),
        new CoverageRoutes(context, new CoverageRepository(), tariffs, policy)));
  }

  @Override
  public void mount(Router api) {
    parts.forEach(p -> p.mount(api));
  }
}
