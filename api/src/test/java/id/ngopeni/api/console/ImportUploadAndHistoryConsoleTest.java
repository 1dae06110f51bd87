package id.ngopeni.api.console;

import static id.ngopeni.api.console.WorkerImportConsoleTest.PASSWORD;
import static id.ngopeni.api.console.WorkerImportConsoleTest.count;
import static id.ngopeni.api.console.WorkerImportConsoleTest.openImport;
import static id.ngopeni.api.console.WorkerImportConsoleTest.upload;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import id.ngopeni.api.console.ConsoleBrowser.Tab;
import id.ngopeni.domain.Jakarta;
import id.ngopeni.domain.worker.WorkerCsv;
import id.ngopeni.domain.worker.WorkerDraft;
import id.ngopeni.api.demo.synthetic.SyntheticWorkers;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The import screen's list of past imports (who, when, how it ended, each one reopened from it;
 * a field officer's own only) and the upload's own progress, before the job exists.
 */
class ImportUploadAndHistoryConsoleTest extends BrowserTest {
  private static final String KLOJEN = ConsoleFixtures.KELURAHAN_KLOJEN;
  private static final LocatorAssertions.HasTextOptions SLOW = new LocatorAssertions.HasTextOptions().setTimeout(60_000);
  /** One stream of synthetic workers for the whole class: no NIK is ever drawn twice. */
  private static final Iterator<WorkerDraft> WORKERS = new SyntheticWorkers(20261202L,
      SyntheticWorkers.MALANG_KELURAHAN_CODES, SyntheticWorkers.MALANG_CATEGORY_WEIGHTS)
      .stream(Jakarta.today(Clock.systemUTC())).iterator();

  private final ConsoleFixtures fixtures = new ConsoleFixtures(server);

  /** A CSV of {@code count} new workers, all in {@code kelurahan} unless null. */
  private static String csv(int count, String kelurahan) {
    StringBuilder text = new StringBuilder(WorkerCsv.HEADER).append("\r\n");
    for (int i = 0; i < count; i++) {
      WorkerDraft w = WORKERS.next();
      if (kelurahan != null) {
        w = new WorkerDraft(w.nik(), w.fullName(), w.birthDate(), w.sex(), kelurahan, w.category(), w.phone(), w.address());
      }
      text.append(WorkerCsv.line(w)).append("\r\n");
    }
    return text.toString();
  }

  /** A new worker's CSV line with sex X: a row the import refuses. */
  private static String badLine() {
    WorkerDraft w = WORKERS.next();
    return WorkerCsv.line(new WorkerDraft(w.nik(), w.fullName(), w.birthDate(), "X", w.kelurahanCode(), w.category(),
        w.phone(), w.address()));
  }

  private static Locator history(Page page) {
    return page.locator("section.import-history");
  }

  private static Locator historyRow(Page page, String id) {
    return history(page).locator("tr[data-import-id='" + id + "']");
  }

  private static String cell(Locator row, String column) {
    return row.locator("[data-col=" + column + "]").textContent().strip();
  }

  private static String token(String username) {
    return server.login(username, PASSWORD).getString("accessToken");
  }

  @Test
  void anEarlierImportIsListedWithItsCountsAndWhoStartedItAndOpensFromTheList() {
    server.createUser(adminToken, "sari.operator", PASSWORD, "OPERATOR", List.of());
    server.createUser(adminToken, "dewi.operator", PASSWORD, "OPERATOR", List.of());
    // Sari's file: 6 new workers (rows 2-7), one with sex X (row 8), the first again (a duplicate).
    String sixGood = csv(6, null);
    String file = sixGood + badLine() + "\r\n" + sixGood.split("\r\n")[1] + "\r\n";
    JsonObject earlier = fixtures.finishedImport(token("sari.operator"), file);
    assertThat(earlier.getString("status")).isEqualTo("DONE");
    assertThat(earlier.getInteger("inserted")).as(earlier.encode()).isEqualTo(6);
    assertThat(earlier.getInteger("failed")).isEqualTo(1);
    assertThat(earlier.getInteger("duplicates")).isEqualTo(1);
    String id = earlier.getString("id");
    String newer = fixtures.finishedImport(adminToken, csv(2, null)).getString("id");

    try (Tab tab = signedIn("dewi.operator", PASSWORD)) {
      Page page = openImport(tab);
      expect(history(page).locator("h2")).hasText("Impor sebelumnya");
      Locator rows = history(page).locator("tbody tr");
      // Newest first (the other tests' imports, if any ran before, are older still).
      expect(rows.first()).hasAttribute("data-import-id", newer);
      expect(rows.nth(1)).hasAttribute("data-import-id", id);
      Locator row = historyRow(page, id);
      expect(row.locator("td.by")).hasText("sari.operator");
      expect(row.locator(".badge")).hasText("Selesai");
      assertThat(cell(row, "total")).isEqualTo("8");
      assertThat(cell(row, "inserted")).isEqualTo("6");
      assertThat(cell(row, "duplicates")).isEqualTo("1");
      assertThat(cell(row, "failed")).isEqualTo("1");
      expect(historyRow(page, newer).locator("td.by")).hasText("admin");
      tab.screenshot("import-history");

      // The row's link opens the job: its counts and its one row error.
      row.getByRole(AriaRole.LINK).click();
      assertThat(page.url()).endsWith("#/workers/import/" + id);
      Locator job = page.locator(".import-job");
      expect(job.locator(".badge")).hasText("Selesai");
      assertThat(count(page, "inserted")).isEqualTo("6");
      assertThat(count(page, "failed")).isEqualTo("1");
      expect(job.locator(".import-errors tbody tr")).hasCount(1);
      expect(job.locator(".import-errors tr[data-row='8']")).containsText("sex");
      assertCleanConsole(tab, NO_SESSION_YET);
    }
  }

  @Test
  void aFieldOfficerSeesOnlyTheirOwnImports() {
    server.createUser(adminToken, "tono.petugas", PASSWORD, "FIELD_OFFICER", List.of(KLOJEN));
    server.createUser(adminToken, "wati.petugas", PASSWORD, "FIELD_OFFICER", List.of(ConsoleFixtures.KELURAHAN_SAMAAN));
    String mine = fixtures.finishedImport(token("tono.petugas"), csv(3, KLOJEN)).getString("id");
    String theirs = fixtures.finishedImport(token("wati.petugas"), csv(2, ConsoleFixtures.KELURAHAN_SAMAAN)).getString("id");
    String admins = fixtures.finishedImport(adminToken, csv(1, null)).getString("id");

    try (Tab tab = signedIn("tono.petugas", PASSWORD)) {
      Page page = openImport(tab);
      Locator rows = history(page).locator("tbody tr");
      expect(rows).hasCount(1);
      expect(rows.first()).hasAttribute("data-import-id", mine);
      expect(historyRow(page, theirs)).hasCount(0);
      expect(historyRow(page, admins)).hasCount(0);
      expect(rows.first().locator("td.by")).hasText("tono.petugas");
      assertThat(cell(rows.first(), "inserted")).isEqualTo("3");
      assertCleanConsole(tab, NO_SESSION_YET);
    }
  }

  /**
   * A few MB, so the body takes a moment: the upload's own bar, labelled, counts the bytes sent up
   * to the file's size (recorded by a watcher in the page, since the job view replaces it once the
   * server answers), then the job takes over and the finished import heads the list.
   */
  @Test
  void theUploadShowsItsProgressToTheFullSizeThenTheJobAndTheList() {
    server.createUser(adminToken, "yuni.operator", PASSWORD, "OPERATOR", List.of());
    int rows = 30_000;
    byte[] file = csv(rows, null).getBytes(StandardCharsets.UTF_8);
    assertThat(file.length).isGreaterThan(3 * 1024 * 1024);

    try (Tab tab = signedIn("yuni.operator", PASSWORD)) {
      Page page = openImport(tab);
      expect(history(page).locator("h2")).hasText("Impor sebelumnya");
      page.evaluate("""
          () => {
            window.uploadSeen = [];
            const record = () => {
              const bar = document.querySelector('.import-job progress.upload-bar');
              if (!bar) return;
              window.uploadSeen.push({
                value: Number(bar.getAttribute('value')),
                max: Number(bar.getAttribute('max')),
                label: bar.labels.length ? bar.labels[0].textContent : null,
                text: bar.parentElement.querySelector('.progress-text').textContent,
              });
            };
            new MutationObserver(record).observe(document.querySelector('main'),
                { subtree: true, childList: true, attributes: true, characterData: true });
          }
          """);

      Request sent = page.waitForRequest("**/api/v1/imports/workers", () -> upload(page, "besar.csv", "text/csv", file));
      assertThat(sent.headerValue("content-type")).isEqualTo("text/csv");
      assertThat(sent.headerValue("idempotency-key")).matches("[0-9a-f]{32}");
      assertThat(sent.headerValue("authorization")).startsWith("Bearer ");
      Locator job = page.locator(".import-job");
      expect(job.getByLabel("Kemajuan")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
      expect(job.locator(".badge")).hasText("Selesai", SLOW);
      String id = page.url().replaceAll(".*/", "");

      JsonArray seen = new JsonArray(page.evaluate("() => JSON.stringify(window.uploadSeen)").toString());
      assertThat(seen).as("the upload bar was never shown").isNotEmpty();
      JsonObject first = seen.getJsonObject(0);
      assertThat(first.getLong("value")).isZero();
      assertThat(first.getString("label")).isEqualTo("Unggahan");
      long previous = 0;
      for (int i = 0; i < seen.size(); i++) {
        JsonObject s = seen.getJsonObject(i);
        assertThat(s.getLong("max")).isEqualTo(file.length);
        assertThat(s.getLong("value")).isBetween(previous, (long) file.length);
        previous = s.getLong("value");
      }
      JsonObject last = seen.getJsonObject(seen.size() - 1);
      assertThat(last.getLong("value")).as("%s", seen).isEqualTo(file.length);
      // "3,4 MB dari 3,4 MB terkirim (100%)"
      String[] text = last.getString("text").split(" dari ");
      assertThat(text).hasSize(2);
      assertThat(text[0]).endsWith(" MB");
      assertThat(text[1]).isEqualTo(text[0] + " terkirim (100%)");

      // Then the job's own bar, and the finished import first in the list, with its counts.
      assertThat(count(page, "inserted")).isEqualTo("30.000");
      Locator row = history(page).locator("tbody tr").first();
      expect(row).hasAttribute("data-import-id", id);
      expect(row.locator(".badge")).hasText("Selesai");
      expect(row.locator("[data-col=inserted]")).hasText("30.000");
      expect(row.locator("td.by")).hasText("yuni.operator");
      tab.screenshot("import-uploaded");
      assertCleanConsole(tab, NO_SESSION_YET);
    }
  }

  /**
   * The upload goes through XMLHttpRequest, not fetch, yet behaves like every other call: an
   * access token refused on the way is renewed once and the same file sent again under the same
   * Idempotency-Key.
   */
  @Test
  void anUploadRefusedFor401IsSentAgainWithARenewedToken() {
    server.createUser(adminToken, "eko.operator", PASSWORD, "OPERATOR", List.of());
    byte[] file = csv(3, null).getBytes(StandardCharsets.UTF_8);
    try (Tab tab = signedIn("eko.operator", PASSWORD)) {
      Page page = openImport(tab);
      List<Request> uploads = new java.util.concurrent.CopyOnWriteArrayList<>();
      page.route("**/api/v1/imports/workers", route -> {
        uploads.add(route.request());
        if (uploads.size() == 1) {
          route.fulfill(new com.microsoft.playwright.Route.FulfillOptions().setStatus(401)
              .setContentType("application/problem+json")
              .setBody("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,\"code\":\"token_expired\"}"));
        } else {
          route.resume();
        }
      });
      Request refresh = page.waitForRequest("**/api/v1/auth/refresh", () -> upload(page, "tiga.csv", "text/csv", file));
      assertThat(refresh.method()).isEqualTo("POST");
      Locator job = page.locator(".import-job");
      expect(job.locator(".badge")).hasText("Selesai", SLOW);
      assertThat(count(page, "inserted")).isEqualTo("3");
      assertThat(uploads).hasSize(2);
      assertThat(uploads.get(1).headerValue("idempotency-key")).isEqualTo(uploads.get(0).headerValue("idempotency-key"));
      assertThat(uploads.get(1).headerValue("authorization")).isNotEqualTo(uploads.get(0).headerValue("authorization"));
      assertThat(uploads.get(1).postDataBuffer()).isEqualTo(file);
      expect(historyRow(page, page.url().replaceAll(".*/", "")).locator("td.by")).hasText("eko.operator");
      assertCleanConsole(tab, NO_SESSION_YET, ConsoleBrowser.httpStatus(401, "/api/v1/imports/workers"));
    }
  }
}
