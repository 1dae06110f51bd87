package id.ngopeni.api.claim;

import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.client.ApiException;
import id.ngopeni.client.api.ClaimsApi;
import id.ngopeni.client.model.Claim;
import id.ngopeni.client.model.ClaimStatus;
import id.ngopeni.client.model.ClaimType;
import id.ngopeni.client.model.CreatePayoutBatchRequest;
import id.ngopeni.client.model.DocumentKind;
import id.ngopeni.client.model.NewClaim;
import id.ngopeni.client.model.NewPayout;
import id.ngopeni.client.model.Payout;
import id.ngopeni.client.model.PayoutBatch;
import id.ngopeni.client.model.PayoutStatus;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The operator (maker) and approver (checker) of a claim's payout, through the generated client:
 * verify a documented claim, make the payout, approve it under four eyes, batch it and fetch the
 * bank's transfer file. Kept apart from the field officer's day: the payout flow is changing.
 */
class PayoutFlowClientTest {
  private static id.ngopeni.api.claim.ClaimsApi api;
  private static DocumentCheck check;

  @BeforeAll
  static void start() {
    api = new id.ngopeni.api.claim.ClaimsApi("client-payout");
    check = new DocumentCheck(api.server.clientVertx);
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  @AfterEach
  void everyAnswerWasOneTheDocumentDeclares() {
    assertThat(check.checked()).isPositive();
    assertThat(check.disagreements()).isEmpty();
  }

  @Test
  void makerAndCheckerPayAClaimThroughTheGeneratedClient(@TempDir Path dir) throws Exception {
    var worker = api.deceasedWorker();
    ClaimsApi operator = new ClaimsApi(GeneratedClient.as(api, check, api.operator));
    ClaimsApi approver = new ClaimsApi(GeneratedClient.as(api, check, api.approver));

    Claim claim = operator.fileClaim(new NewClaim().workerId(worker.id()).type(ClaimType.JKM_DEATH)
        .incidentDate(LocalDate.now().minusDays(10)).description("Meninggal dunia karena sakit."), UUID.randomUUID().toString());
    assertThat(claim.getEligibility().getEligible()).isTrue();
    assertThat(claim.getEntitlement().getTotal()).isPositive();
    File pdf = Files.write(dir.resolve("doc.pdf"), "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)).toFile();
    for (DocumentKind kind : claim.getRequiredDocuments()) {
      operator.uploadClaimDocument(claim.getId(), kind, pdf, UUID.randomUUID().toString());
    }
    assertThat(operator.verifyClaim(claim.getId(), UUID.randomUUID().toString()).getStatus()).isEqualTo(ClaimStatus.VERIFIED);

    Payout payout = operator.createPayout(claim.getId(), new NewPayout().heirId(worker.spouse()).bankCode("002")
        .accountNumber("0123-01-000123-30-5").accountName("Siti Aminah"), UUID.randomUUID().toString());
    assertThat(payout.getStatus()).isEqualTo(PayoutStatus.PENDING_APPROVAL);
    assertThat(payout.getAmount()).isEqualTo(claim.getEntitlement().getTotal());

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
    assertThat(operator.listPayouts(PayoutStatus.APPROVED, claim.getId(), null, null).getItems())
        .extracting(Payout::getId).containsExactly(payout.getId());
  }
}
