package id.ngopeni.domain.invoice;

import id.ngopeni.domain.budget.BilledGroup;
import id.ngopeni.domain.budget.GroupPrices;
import id.ngopeni.domain.membership.FundingSource;
import id.ngopeni.domain.money.Rupiah;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What generating a month's invoices would bill one funding source, before it is done: the
 * memberships billed for the month and their premiums, priced per group exactly as generation
 * prices the lines ({@link GroupPrices}). The console shows it so the person who generates
 * confirms the amounts first.
 */
public record InvoiceEstimate(FundingSource fundingSource, long members, Rupiah total) {

  /** One estimate per source with members billed in {@code period}, in source order; other months' groups are left out. */
  public static List<InvoiceEstimate> of(YearMonth period, List<BilledGroup> groups, GroupPrices prices) {
    Map<FundingSource, InvoiceEstimate> bySource = new EnumMap<>(FundingSource.class);
    for (BilledGroup g : groups) {
      if (!g.month().equals(period) || g.count() == 0) {
        continue;
      }
      InvoiceEstimate so = bySource.getOrDefault(g.fundingSource(), new InvoiceEstimate(g.fundingSource(), 0, Rupiah.ZERO));
      bySource.put(g.fundingSource(), new InvoiceEstimate(g.fundingSource(), so.members() + g.count(),
          so.total().plus(prices.total(g))));
    }
    return new ArrayList<>(bySource.values());
  }
}
