package id.ngopeni.api.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.multipart.MultipartForm;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Documents are typed by their content, at most 10 MiB, hashed, stored and handed back as attachments. */
class ClaimDocumentsTest {
  @RegisterExtension static final ClaimsApi api = new ClaimsApi("claim-documents");
  private static String claimId;
  private static UUID workerId;

  @BeforeAll
  static void start() {
    workerId = api.deceasedWorker().id();
    var filed = api.fileDeathClaim(api.operator, workerId);
    assertThat(filed.statusCode()).as(filed.bodyAsString()).isEqualTo(201);
    claimId = filed.bodyAsJsonObject().getString("id");
  }

  @Test
  void aPngNamedPdfIsStoredAsAPngAndDownloadedAsOne() throws Exception {
    var uploaded = api.upload(api.operator, claimId, "FAMILY_CARD", "kartu-keluarga.pdf", ClaimsApi.PNG);
    assertThat(uploaded.statusCode()).as(uploaded.bodyAsString()).isEqualTo(201);
    JsonObject doc = uploaded.bodyAsJsonObject();
    String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(ClaimsApi.PNG.getBytes()));
    assertThat(doc.getString("contentType")).isEqualTo("image/png");
    assertThat(doc.getString("kind")).isEqualTo("FAMILY_CARD");
    assertThat(doc.getInteger("size")).isEqualTo(ClaimsApi.PNG.length());
    assertThat(doc.getString("sha256")).isEqualTo(sha);

    var download = api.get("/api/v1/claims/" + claimId + "/documents/" + doc.getString("id"), api.auditor);
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.getHeader("Content-Type")).isEqualTo("image/png");
    assertThat(download.getHeader("Content-Disposition")).startsWith("attachment;").endsWith(".png\"");
    assertThat(download.body().getBytes()).isEqualTo(ClaimsApi.PNG.getBytes());
    assertThat(api.get("/api/v1/claims/" + claimId + "/documents", api.operator).bodyAsJsonObject().getJsonArray("items")
        .stream().map(d -> ((JsonObject) d).getString("id"))).contains(doc.getString("id"));
  }

  /**
   * Issue 17, item 1: a scan of a KTP shows a NIK, so the document's bytes are stored sealed; the
   * download opens them.
   */
  @Test
  void aDocumentIsStoredSealedAndDownloadedAsUploaded() {
    Buffer ktp = Buffer.buffer("%PDF-1.4\n% KTP NIK 3573054101800099 Nomor rekening 0011223344\n%%EOF\n");
    var uploaded = api.upload(api.operator, claimId, "KTP_MEMBER", "ktp.pdf", ktp);
    assertThat(uploaded.statusCode()).as(uploaded.bodyAsString()).isEqualTo(201);
    String id = uploaded.bodyAsJsonObject().getString("id");
    assertThat(uploaded.bodyAsJsonObject().getLong("size")).isEqualTo(ktp.length());
    assertThat(api.registry.count("SELECT count(*) FROM claim_document WHERE id = $1::uuid AND "
        + "position('3573054101800099'::bytea IN content) = 0 AND octet_length(content) = size + 29", id)).isEqualTo(1);
    var download = api.get("/api/v1/claims/" + claimId + "/documents/" + id, api.auditor);
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.body().getBytes()).isEqualTo(ktp.getBytes());
  }

  /** Issue 17: a download is a read of the person's data, recorded with the document it was. */
  @Test
  void aDownloadIsRecordedInTheAccessLog() {
    var uploaded = api.upload(api.operator, claimId, "FAMILY_CARD", "kk.png", ClaimsApi.PNG);
    String docId = uploaded.bodyAsJsonObject().getString("id");
    assertThat(api.get("/api/v1/claims/" + claimId + "/documents/" + docId, api.fieldOfficer).statusCode()).isEqualTo(200);
    var log = api.get("/api/v1/access-log?personId=" + workerId, api.auditor);
    assertThat(log.statusCode()).as(log.bodyAsString()).isEqualTo(200);
    assertThat(log.bodyAsJsonObject().getJsonArray("items").stream().map(JsonObject.class::cast)
        .filter(row -> row.getString("kind").equals("DOWNLOAD"))
        .filter(row -> docId.equals(row.getJsonObject("detail").getString("documentId"))))
        .singleElement().satisfies(row -> {
          assertThat(row.getString("role")).isEqualTo("FIELD_OFFICER");
          assertThat(row.getJsonArray("fields").getList()).containsExactly("document");
          assertThat(row.getJsonObject("detail").getString("documentKind")).isEqualTo("FAMILY_CARD");
        });
  }

  @Test
  void aJpegIsRecognisedAndATextFileIsRefusedWhateverItsName() {
    Buffer jpeg = Buffer.buffer(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'});
    var photo = api.upload(api.operator, claimId, "KTP_HEIR", "ktp.png", jpeg);
    assertThat(photo.statusCode()).isEqualTo(201);
    assertThat(photo.bodyAsJsonObject().getString("contentType")).isEqualTo("image/jpeg");

    var text = api.upload(api.operator, claimId, "KTP_MEMBER", "ktp.pdf", Buffer.buffer("Ini bukan PDF, hanya teks."));
    assertThat(text.statusCode()).isEqualTo(422);
    assertThat(text.bodyAsJsonObject().getJsonArray("errors").getJsonObject(0).getString("code")).isEqualTo("file_type_unsupported");
    var unknownKind = api.upload(api.operator, claimId, "SELFIE", "a.pdf", ClaimsApi.PDF);
    assertThat(unknownKind.statusCode()).isEqualTo(422);
    assertThat(unknownKind.bodyAsJsonObject().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("kind");
  }

  @Test
  void tenMibIsAcceptedAndOneByteMoreIs413() {
    byte[] limit = new byte[10 * 1024 * 1024];
    System.arraycopy("%PDF-".getBytes(), 0, limit, 0, 5);
    var atLimit = api.upload(api.operator, claimId, "DEATH_CERTIFICATE", "akta.pdf", Buffer.buffer(limit));
    assertThat(atLimit.statusCode()).as(atLimit.bodyAsString()).isEqualTo(201);
    assertThat(atLimit.bodyAsJsonObject().getInteger("size")).isEqualTo(limit.length);

    byte[] over = new byte[limit.length + 1];
    System.arraycopy(limit, 0, over, 0, 5);
    var tooBig = api.upload(api.operator, claimId, "DEATH_CERTIFICATE", "akta.pdf", Buffer.buffer(over));
    assertThat(tooBig.statusCode()).isEqualTo(413);
    var wayTooBig = api.upload(api.operator, claimId, "DEATH_CERTIFICATE", "akta.pdf", Buffer.buffer(new byte[12 * 1024 * 1024]));
    assertThat(wayTooBig.statusCode()).isEqualTo(413);
    assertThat(api.registry.count("SELECT count(*) FROM claim_document WHERE claim_id = $1::uuid AND kind = 'DEATH_CERTIFICATE'",
        claimId)).isEqualTo(1);
  }

  @Test
  void aJsonBodyIsNotAnUploadAndARejectedClaimTakesNoDocuments() {
    var json = api.post("/api/v1/claims/" + claimId + "/documents", api.operator, new JsonObject().put("kind", "NPWP"));
    assertThat(json.statusCode()).isEqualTo(415);

    var other = api.fileDeathClaim(api.operator, api.deceasedWorker().id()).bodyAsJsonObject().getString("id");
    assertThat(api.post("/api/v1/claims/" + other + "/reject", api.operator, new JsonObject().put("reason", "Ganda")).statusCode())
        .isEqualTo(200);
    var late = api.upload(api.operator, other, "NPWP", "npwp.pdf", ClaimsApi.PDF);
    assertThat(late.statusCode()).isEqualTo(409);
    assertThat(ClaimsApi.code(late)).isEqualTo("claim_closed");
  }

  private static HttpResponse<Buffer> uploadWithKey(String key, Buffer pdf) {
    MultipartForm form = MultipartForm.create().attribute("kind", "KTP_MEMBER")
        .binaryFileUpload("file", "ktp.pdf", pdf, "application/pdf");
    return api.server.http.post("/api/v1/claims/" + claimId + "/documents")
        .putHeader("Authorization", "Bearer " + api.operator).putHeader("Idempotency-Key", key)
        .sendMultipartForm(form).await();
  }

  private static int documents() {
    return api.get("/api/v1/claims/" + claimId + "/documents", api.operator).bodyAsJsonObject().getJsonArray("items").size();
  }

  /**
   * Issue 13.12 for multipart documents: a retry with the same Idempotency-Key and another file of
   * the same length is refused (422 idempotency_key_reused), not answered with the first document;
   * the same file again (a new multipart boundary, as every client sends) is replayed.
   */
  @Test
  void anotherFileOfTheSameLengthIsRefusedAndTheSameFileReplayed() {
    String key = "doc-" + UUID.randomUUID();
    Buffer first = Buffer.buffer("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");
    Buffer second = Buffer.buffer("%PDF-1.4\n2 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");
    var stored = uploadWithKey(key, first);
    assertThat(stored.statusCode()).as(stored.bodyAsString()).isEqualTo(201);
    int before = documents();

    var other = uploadWithKey(key, second);
    assertThat(other.statusCode()).as(other.bodyAsString()).isEqualTo(422);
    assertThat(other.bodyAsJsonObject().getJsonArray("errors").getJsonObject(0).getString("code"))
        .isEqualTo("idempotency_key_reused");
    assertThat(documents()).isEqualTo(before);

    var same = uploadWithKey(key, first);
    assertThat(same.statusCode()).isEqualTo(201);
    assertThat(same.getHeader("Idempotent-Replayed")).isEqualTo("true");
    assertThat(same.bodyAsJsonObject().getString("id")).isEqualTo(stored.bodyAsJsonObject().getString("id"));
    JsonObject doc = same.bodyAsJsonObject();
    assertThat(doc.getString("kind")).isEqualTo("KTP_MEMBER");
    assertThat(documents()).isEqualTo(before);
  }
}
