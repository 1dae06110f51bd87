package id.ngopeni.api.claim;

import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.client.ApiException;
import id.ngopeni.client.api.ClaimsApi;
import id.ngopeni.client.api.SantunanApi;
import id.ngopeni.client.model.CreatePayoutBatchRequest;
import id.ngopeni.client.model.NewPayout;
import id.ngopeni.client.model.NewSantunanEvent;
import id.ngopeni.client.model.Payout;
import id.ngopeni.client.model.PayoutBatch;
import id.ngopeni.client.model.PayoutStatus;
import id.ngopeni.client.model.SantunanEntitlement;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The operator (maker) and approver (checker) of the city's own santunan, through the generated
 * client: record a death, make the payout of the entitlement it gives, approve it under four eyes,
 * batch it and fetch the bank's transfer file. (BPJS pays the statutory benefit; there is no payout
 * from a claim.)
 */
class PayoutFlowClientTest extends AgainstTheDocument {
  @Override
  protected String serverName() {
    return "client-payout";
  }

  @Test
  void makerAndCheckerPayASantunanThroughTheGeneratedClient() throws Exception {
    var worker = api.deceasedWorker();
    api.programme();
    SantunanApi santunan = new SantunanApi(GeneratedClient.as(api, check, api.operator));
    ClaimsApi operator = new ClaimsApi(GeneratedClient.as(api, check, api.operator));
    ClaimsApi approver = new ClaimsApi(GeneratedClient.as(api, check, api.approver));

    var recorded = santunan.recordSantunanEvent(new NewSantunanEvent().workerId(worker.id())
        .kind(NewSantunanEvent.KindEnum.DEATH).eventDate(LocalDate.now().minusDays(10))
        .proofNote("Akta kematian diperiksa."), UUID.randomUUID().toString());
    SantunanEntitlement entitlement = recorded.getEntitlements().get(0);
    assertThat(entitlement.getAmount()).isPositive();

    Payout payout = santunan.createPayout(entitlement.getId(), new NewPayout().heirId(worker.spouse()).bankCode("002")
        .accountNumber("0123-01-000123-30-5").accountName("Siti Aminah"), UUID.randomUUID().toString());
    assertThat(payout.getStatus()).isEqualTo(PayoutStatus.PENDING_APPROVAL);
    assertThat(payout.getAmount()).isEqualTo(entitlement.getAmount());

    // The maker may not approve it (403 self_approval_forbidden, or role_forbidden for an OPERATOR).
    ApiException own = (ApiException) org.assertj.core.api.Assertions.catchThrowable(
        () -> operator.approvePayout(payout.getId(), UUID.randomUUID().toString()));
    assertThat(own.getCode()).isEqualTo(403);
    assertThat(GeneratedClient.problem(own).getCode()).isIn("self_approval_forbidden", "role_forbidden");
    assertThat(approver.approvePayout(payout.getId(), UUID.randomUUID().toString()).getStatus()).isEqualTo(PayoutStatus.APPROVED);

    PayoutBatch batch = operator.createPayoutBatch(UUID.randomUUID().toString(),
        new CreatePayoutBatchRequest().payoutIds(List.of(payout.getId())));
    assertThat(batch.getItems()).hasSize(1);
    assertThat(Files.readString(operator.getDisbursementFile(batch.getId()).toPath())).contains(payout.getId().toString());
    assertThat(operator.listPayouts(PayoutStatus.APPROVED, null, entitlement.getId(), null, null, null).getItems())
        .extracting(Payout::getId).containsExactly(payout.getId());
  }
}
