package id.ngopeni.api.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.ngopeni.client.ApiClient;
import id.ngopeni.client.ApiException;
import id.ngopeni.client.ApiResponse;
import id.ngopeni.client.api.AuthApi;
import id.ngopeni.client.api.ClaimsApi;
import id.ngopeni.client.api.RegistryApi;
import id.ngopeni.client.api.UsersApi;
import id.ngopeni.client.model.Claim;
import id.ngopeni.client.model.ClaimDocument;
import id.ngopeni.client.model.ClaimType;
import id.ngopeni.client.model.DocumentKind;
import id.ngopeni.client.model.ImportWorkers202Response;
import id.ngopeni.client.model.ListWorkers200Response;
import id.ngopeni.client.model.LoginRequest;
import id.ngopeni.client.model.LookupWorkerRequest;
import id.ngopeni.client.model.NewClaim;
import id.ngopeni.client.model.NewWorker;
import id.ngopeni.client.model.Problem;
import id.ngopeni.client.model.RefreshRequest;
import id.ngopeni.client.model.Role;
import id.ngopeni.client.model.SavedWorker;
import id.ngopeni.client.model.Session;
import id.ngopeni.client.model.Worker;
import id.ngopeni.client.model.WorkerImport;
import id.ngopeni.client.model.WorkerWarning;
import java.io.File;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A field officer's day, driven only through the client generated from openapi.yaml against the
 * real server (issue 18): sign in, register a worker and meet the duplicate warning, search, look
 * up by NIK, file a claim, upload a PDF and read it back, import workers from an XLSX sheet (the
 * client sends it as a multipart form), retry a POST whose answer was lost
 * (same Idempotency-Key: the first answer is replayed, nothing is done twice), refresh the session,
 * and refresh again with the same token after the first answer was lost.
 */
class FieldOfficerDayClientTest extends AgainstTheDocument {
  @Override
  protected String serverName() {
    return "client-field-day";
  }

  @Test
  void aFieldOfficersDayThroughTheGeneratedClient(@TempDir Path dir) throws Exception {
    // Log in (no token yet).
    Session session = new AuthApi(GeneratedClient.as(api, check, null))
        .login(new LoginRequest().username("field").password(id.ngopeni.api.claim.ClaimsApi.PASSWORD));
    assertThat(session.getUser().getRole()).isEqualTo(Role.FIELD_OFFICER);
    assertThat(session.getExpiresIn()).isPositive();
    ApiClient officer = GeneratedClient.as(api, check, session.getAccessToken());
    RegistryApi registry = new RegistryApi(officer);

    // Register a worker; a second one with the same name and birth date is saved with a warning.
    NewWorker first = worker("3573020101800901", "Sugeng Riyanto");
    SavedWorker saved = registry.createWorker(first, UUID.randomUUID().toString());
    assertThat(saved.getWarnings()).noneMatch(w -> w.getCode().getValue().startsWith("possible_duplicate"));
    SavedWorker twin = registry.createWorker(worker("3573020101800902", "Sugeng Riyanto"), UUID.randomUUID().toString());
    assertThat(twin.getWarnings()).extracting(w -> w.getCode().getValue()).anyMatch(c -> c.startsWith("possible_duplicate"));
    assertThat(twin.getWarnings()).extracting(WorkerWarning::getWorkerId).contains(saved.getId());
    // Saved with a possible duplicate, the twin waits in the duplicate review queue; the check
    // asked before saving a third names both.
    assertThat(twin.getDuplicateReview().getStatus().getValue()).isEqualTo("OPEN");
    var duplicates = registry.checkWorkerDuplicates(new id.ngopeni.client.model.WorkerDraft().nik("3573020101800903")
        .fullName("Sugeng Riyanto").birthDate(LocalDate.of(1980, 1, 1)).sex(id.ngopeni.client.model.WorkerDraft.SexEnum.M)
        .kelurahanCode(id.ngopeni.api.claim.ClaimsApi.KELURAHAN).category("MARBOT"));
    assertThat(duplicates.getCandidates()).extracting(id.ngopeni.client.model.DuplicateCandidate::getWorkerId)
        .contains(saved.getId(), twin.getId());
    assertThat(registry.listDuplicateReviews(null, null, null).getItems())
        .extracting(id.ngopeni.client.model.DuplicateReviewItem::getWorkerId).contains(twin.getId());

    // The same NIK again: 409 duplicate_nik naming the worker the officer may see.
    ApiException duplicate = (ApiException) org.assertj.core.api.Assertions.catchThrowable(
        () -> registry.createWorker(first, UUID.randomUUID().toString()));
    assertThat(duplicate.getCode()).isEqualTo(409);
    Problem problem = GeneratedClient.problem(duplicate);
    assertThat(problem.getCode()).isEqualTo("duplicate_nik");
    assertThat(problem.getExistingId()).isEqualTo(saved.getId());

    // Search by name; look up by NIK (in the body, never in a URL).
    ListWorkers200Response found = registry.listWorkers("sugeng", null, null, null, null, null, null, true, 50, null);
    assertThat(found.getItems()).extracting(Worker::getId).contains(saved.getId(), twin.getId());
    assertThat(found.getTotal()).isGreaterThanOrEqualTo(2L);
    Worker looked = registry.lookupWorker(new LookupWorkerRequest().nik("3573020101800901"));
    assertThat(looked.getId()).isEqualTo(saved.getId());

    // File a claim, retried after a lost answer: the same key replays the first answer.
    ClaimsApi claims = new ClaimsApi(officer);
    NewClaim newClaim = new NewClaim().workerId(saved.getId()).type(ClaimType.JKM_DEATH)
        .incidentDate(LocalDate.now().minusDays(3)).description("Meninggal dunia di rumah.");
    String key = UUID.randomUUID().toString();
    ApiResponse<Claim> filed = claims.fileClaimWithHttpInfo(newClaim, key);
    assertThat(filed.getStatusCode()).isEqualTo(201);
    assertThat(filed.getHeaders()).containsKeys("location", "etag");
    ApiResponse<Claim> retried = claims.fileClaimWithHttpInfo(newClaim, key);
    assertThat(retried.getStatusCode()).isEqualTo(201);
    assertThat(retried.getHeaders().get("idempotent-replayed")).containsExactly("true");
    assertThat(retried.getData().getId()).isEqualTo(filed.getData().getId());
    assertThat(claims.listClaims(null, null, saved.getId(), null, null, null).getItems()).hasSize(1);

    // Upload a PDF (multipart, as the document declares it) and read it back.
    Claim claim = filed.getData();
    byte[] pdf = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    File file = Files.write(dir.resolve("akta-kematian.pdf"), pdf).toFile();
    ClaimDocument document = claims.uploadClaimDocument(claim.getId(), DocumentKind.DEATH_CERTIFICATE, file, UUID.randomUUID().toString());
    assertThat(document.getContentType().getValue()).isEqualTo("application/pdf");
    assertThat(Files.readAllBytes(claims.downloadClaimDocument(claim.getId(), document.getId()).toPath())).isEqualTo(pdf);
    assertThat(claims.listClaimDocuments(claim.getId()).getItems()).extracting(ClaimDocument::getId).containsExactly(document.getId());

    // Import two workers from an XLSX sheet: the client sends it as the form's part `file`.
    File sheet = twoWorkersSheet(dir.resolve("pekerja-baru.xlsx"));
    ImportWorkers202Response queued = registry.importWorkers(sheet, UUID.randomUUID().toString());
    WorkerImport imported = awaitImport(registry, queued.getId());
    assertThat(String.valueOf(imported.getStatus())).isEqualTo("DONE");
    assertThat(String.valueOf(imported.getFormat())).isEqualTo("XLSX");
    assertThat(imported.getInserted()).isEqualTo(2L);
    assertThat(registry.lookupWorker(new LookupWorkerRequest().nik("3573020505850001")).getFullName()).isEqualTo("Bambang Irawan");

    // Refresh: a new pair; the new access token works.
    AuthApi auth = new AuthApi(GeneratedClient.as(api, check, null));
    Session lost = auth.refresh(new RefreshRequest().refreshToken(session.getRefreshToken()));
    assertThat(lost.getRefreshToken()).isNotEqualTo(session.getRefreshToken());
    // That answer was lost on a bad signal: the officer retries with the same token within the grace
    // period and gets a working pair of the same family instead of being signed out.
    Session renewed = auth.refresh(new RefreshRequest().refreshToken(session.getRefreshToken()));
    assertThat(renewed.getRefreshToken()).isNotEqualTo(session.getRefreshToken()).isNotEqualTo(lost.getRefreshToken());
    assertThat(new UsersApi(GeneratedClient.as(api, check, renewed.getAccessToken())).getMe().getUsername()).isEqualTo("field");
    Session next = auth.refresh(new RefreshRequest().refreshToken(renewed.getRefreshToken()));
    assertThat(new UsersApi(GeneratedClient.as(api, check, next.getAccessToken())).getMe().getUsername()).isEqualTo("field");
  }

  @Test
  void refusalsArriveAsTheDocumentsProblem() {
    RegistryApi anonymous = new RegistryApi(GeneratedClient.as(api, check, null));
    assertThatThrownBy(() -> anonymous.listWorkers(null, null, null, null, null, null, null, null, null, null))
        .isInstanceOfSatisfying(ApiException.class, e -> {
          assertThat(e.getCode()).isEqualTo(401);
          assertThat(GeneratedClient.problem(e).getCode()).isIn("token_missing", "unauthenticated");
        });
  }

  /** Polls the import (it runs in the background) until it is DONE or FAILED, for a minute at most. */
  private static WorkerImport awaitImport(RegistryApi registry, UUID id) throws Exception {
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(1);
    WorkerImport job = registry.getImport(id);
    while (!List.of("DONE", "FAILED").contains(String.valueOf(job.getStatus())) && System.nanoTime() < deadline) {
      Thread.sleep(100);
      job = registry.getImport(id);
    }
    return job;
  }

  /** An XLSX with the import's header and two workers of the officer's kelurahan (fastexcel). */
  private static File twoWorkersSheet(Path file) throws Exception {
    try (OutputStream out = Files.newOutputStream(file)) {
      Workbook workbook = new Workbook(out, "Ngopeni", "1.0");
      Worksheet sheet = workbook.newWorksheet("Pekerja");
      List<List<String>> rows = List.of(
          List.of("nik", "full_name", "birth_date", "sex", "kelurahan_code", "category"),
          List.of("3573020505850001", "Bambang Irawan", "1985-05-05", "M", id.ngopeni.api.claim.ClaimsApi.KELURAHAN, "MARBOT"),
          List.of("3573024606900002", "Wulan Sari", "1990-06-06", "F", id.ngopeni.api.claim.ClaimsApi.KELURAHAN, "GURU_NGAJI"));
      for (int r = 0; r < rows.size(); r++) {
        for (int c = 0; c < rows.get(r).size(); c++) {
          sheet.value(r, c, rows.get(r).get(c));
        }
      }
      workbook.finish();
    }
    return file.toFile();
  }

  private static NewWorker worker(String nik, String name) {
    return new NewWorker().nik(nik).fullName(name).birthDate(LocalDate.of(1980, 1, 1)).sex(NewWorker.SexEnum.M)
        .kelurahanCode(id.ngopeni.api.claim.ClaimsApi.KELURAHAN).category("MARBOT");
  }
}
