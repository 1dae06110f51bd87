package id.ngopeni.api.claim;

import id.ngopeni.api.http.Fields;
import id.ngopeni.domain.claim.AccidentDetails;
import java.util.List;

/**
 * Reads a claim's incapacity and disability facts ({@code unableToWorkFrom}, {@code
 * unableToWorkUntil}, {@code totalDisability}, {@code disabilities: [{tableCode,
 * functionLostPercent}]}): the shape here, the rules in {@link AccidentDetails#check}.
 */
final class AccidentInput {
  private AccidentInput() {}

  /** The facts as sent; {@code null} when the body carries none of them. */
  static AccidentDetails read(Fields in) {
    var from = in.date("unableToWorkFrom", false);
    var until = in.date("unableToWorkUntil", false);
    Boolean total = in.bool("totalDisability", false);
    List<AccidentDetails.Finding> findings = in.objects("disabilities", finding -> {
      String code = finding.string("tableCode", true);
      Long lost = finding.wholeNumber("functionLostPercent", false);
      // Out-of-range percentages stay visible to the domain's check (1–100), clamped into int.
      Integer percent = lost == null ? null : (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, lost));
      return new AccidentDetails.Finding(code, percent);
    });
    AccidentDetails details = new AccidentDetails(from, until, Boolean.TRUE.equals(total), findings);
    return details.isEmpty() ? null : details;
  }
}
