import id.ngopeni.domain.Jakarta;
import id.ngopeni.domain.worker.WorkerCsv;
import id.ngopeni.domain.worker.WorkerDraft;
import id.ngopeni.api.demo.synthetic.SyntheticWorkers;
import io.vertx.core.json.JsonObject;
import java.io.BufferedWriter;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * One run of the import benchmark (bench/README.md): generate N synthetic workers as CSV, load
 * them with psql \copy into a bare copy of the worker table (same indexes, no foreign keys, no
 * validation: the physical limit), then import the same file through a real Ngopeni server
 * (-Xmx512m) over HTTP, sampling its heap from /api/v1/metrics. Prints a table.
 *
 * <p>Environment: BENCH_ROWS (1000000), BENCH_PGHOST (127.0.0.1), BENCH_PGPORT (5432),
 * BENCH_PGUSER (postgres, trust auth), BENCH_DB (ngopeni_bench, dropped and recreated),
 * BENCH_PORT (18080), BENCH_XMX (512m), BENCH_KEEP_DB (set to keep the database afterwards),
 * BENCH_ADMIN_PASSWORD (the first admin's), BENCH_REGIONS_SQL (a psql file run on the migrated
 * database before the rows are generated; the workers then live in every kelurahan of the region
 * table instead of Kota Malang's 57: bench/scale.sh), BENCH_FILE_ROWS (all: rows per file; the
 * files are \copied and uploaded one after another, the times summed), BENCH_DUPLICATE_CHECK=1 (the
 * server checks the imported rows for possible duplicates after each import, and the bench times
 * that check from the last import's DONE to the end of every file's check; off otherwise). Needs bench/common on the classpath
 * (bench_build_java in bench/lib.sh).
 */
public final class ImportBench {
  private static final int ROWS = Integer.parseInt(Bench.env("BENCH_ROWS", "1000000"));
  private static final String DB = Bench.env("BENCH_DB", "ngopeni_bench");
  private static final int HTTP_PORT = Integer.parseInt(Bench.env("BENCH_PORT", "18080"));
  private static final String XMX = Bench.env("BENCH_XMX", "512m");
  private static final String PASSWORD = Bench.env("BENCH_ADMIN_PASSWORD", "Bench-Kopi-Malang-2026");
  private static final String REGIONS_SQL = System.getenv("BENCH_REGIONS_SQL");
  /** Rows per file: the upload refuses files over ImportRoutes.MAX_UPLOAD_BYTES (200 MiB, about 1.9M rows). */
  private static final int FILE_ROWS = Integer.parseInt(Bench.env("BENCH_FILE_ROWS", Integer.toString(ROWS)));

  public static void main(String[] args) throws Exception {
    Path work = Files.createDirectories(Path.of("bench/target"));
    List<Path> csv = new ArrayList<>();
    for (int part = 0; part * (long) FILE_ROWS < ROWS; part++) {
      csv.add(work.resolve("workers-" + ROWS + (FILE_ROWS < ROWS ? "-part-" + (part + 1) : "") + ".csv"));
    }
    if (REGIONS_SQL == null) {
      generate(csv, SyntheticWorkers.MALANG_KELURAHAN_CODES);
    }
    BenchDatabase.execute("postgres", "DROP DATABASE IF EXISTS " + DB + " WITH (FORCE)");
    BenchDatabase.execute("postgres", "CREATE DATABASE " + DB);
    Path keys = work.resolve("keys").resolve(DB + ".properties");
    Files.deleteIfExists(keys);
    Files.deleteIfExists(work.resolve("data").resolve("data-keys.properties"));
    BenchServer server = BenchServer.start(XMX, DB, HTTP_PORT, PASSWORD, work);
    try {
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
      server.awaitReady(http);
      // The database's data keys, for the benches that reuse it (bench_keys in bench/lib.sh).
      Files.createDirectories(keys.getParent());
      Files.copy(work.resolve("data").resolve("data-keys.properties"), keys);
      if (REGIONS_SQL != null) {
        psql("-f", REGIONS_SQL);
        generate(csv, kelurahanCodes());
      }
      double copySeconds = copyBaseline(csv);
      System.out.printf(Locale.ROOT, "\\copy: %.1f s%n", copySeconds);
      ImportRun run = importThroughApi(http, server, csv);
      printTable(copySeconds, run);
      if (BenchServer.duplicateCheck()) {
        duplicateCheck(http, server);
      }
    } finally {
      server.stop();
      if (System.getenv("BENCH_KEEP_DB") == null) {
        BenchDatabase.execute("postgres", "DROP DATABASE IF EXISTS " + DB + " WITH (FORCE)");
        Files.deleteIfExists(keys);
      }
    }
  }

  /** One stream of rows (no NIK repeats) over the files, FILE_ROWS each. */
  private static void generate(List<Path> files, List<String> kelurahan) throws IOException {
    long t0 = System.nanoTime();
    var today = Jakarta.today(Clock.systemUTC());
    Iterator<WorkerDraft> rows = new SyntheticWorkers(1L, kelurahan,
        SyntheticWorkers.MALANG_CATEGORY_WEIGHTS).iterator(today);
    long bytes = 0;
    for (int part = 0; part < files.size(); part++) {
      try (BufferedWriter out = Files.newBufferedWriter(files.get(part), StandardCharsets.UTF_8)) {
        out.write(WorkerCsv.HEADER);
        out.write("\r\n");
        for (int i = part * FILE_ROWS; i < Math.min(ROWS, (part + 1L) * FILE_ROWS); i++) {
          out.write(WorkerCsv.line(rows.next()));
          out.write("\r\n");
        }
      }
      bytes += Files.size(files.get(part));
    }
    System.out.printf(Locale.ROOT, "generated %,d rows over %,d kelurahan in %d file(s) (%,d MiB) in %.1f s%n", ROWS,
        kelurahan.size(), files.size(), bytes >> 20, Bench.secondsSince(t0));
  }

  private static List<String> kelurahanCodes() throws Exception {
    List<String> codes = new ArrayList<>();
    try (Connection c = BenchDatabase.connect(DB); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT code FROM region WHERE level = 'KELURAHAN' ORDER BY code")) {
      while (rs.next()) {
        codes.add(rs.getString(1));
      }
    }
    return codes;
  }

  private static void psql(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", BenchDatabase.HOST,
        "-p", BenchDatabase.PORT, "-U", BenchDatabase.USER, "-d", DB));
    command.addAll(List.of(args));
    if (new ProcessBuilder(command).inheritIO().start().waitFor() != 0) {
      throw new IllegalStateException("psql failed: " + String.join(" ", args));
    }
  }

  /**
   * The physical limit: the file's columns as they are (the NIK and phone in clear, as the worker
   * table held them before issue 17), with the indexes that table had (unique NIK, NIK prefix with
   * the id, trigram on the name key, area and category keys, birth date), no foreign keys, no
   * validation, no encryption. name_key is computed by PostgreSQL (lower(full_name)) so the trigram
   * index does the same amount of work. What the import does beyond it (validation, AES-GCM of the
   * NIK and phone, four HMACs of the NIK, their three extra indexes) is what the ratio measures.
   */
  private static double copyBaseline(List<Path> files) throws Exception {
    BenchDatabase.execute(DB, """
        CREATE SEQUENCE bench_copy_worker_seq;
        CREATE TABLE bench_copy_worker (
          id             uuid PRIMARY KEY DEFAULT lpad(to_hex(nextval('bench_copy_worker_seq')), 32, '0')::uuid,
          nik            text NOT NULL UNIQUE,
          full_name      text NOT NULL,
          name_key       text GENERATED ALWAYS AS (lower(full_name)) STORED,
          birth_date     date NOT NULL,
          sex            char(1) NOT NULL,
          kelurahan_code text NOT NULL,
          kecamatan_code text NOT NULL GENERATED ALWAYS AS (left(kelurahan_code, 8)) STORED,
          category       text NOT NULL,
          phone          text,
          address        text,
          version        integer NOT NULL DEFAULT 1,
          created_at     timestamptz NOT NULL DEFAULT now(),
          updated_at     timestamptz NOT NULL DEFAULT now());
        CREATE INDEX bench_copy_worker_nik_prefix_idx ON bench_copy_worker (nik text_pattern_ops) INCLUDE (id);
        CREATE INDEX bench_copy_worker_kelurahan_idx ON bench_copy_worker (kelurahan_code, id);
        CREATE INDEX bench_copy_worker_kecamatan_idx ON bench_copy_worker (kecamatan_code, id);
        CREATE INDEX bench_copy_worker_category_idx ON bench_copy_worker (category, id);
        CREATE INDEX bench_copy_worker_name_trgm_idx ON bench_copy_worker USING gin (name_key gin_trgm_ops);
        CREATE INDEX bench_copy_worker_birth_date_idx ON bench_copy_worker (birth_date);
        """);
    long t0 = System.nanoTime();
    for (Path csv : files) {
      psql("-c", "\\copy bench_copy_worker (nik, full_name, birth_date, sex, kelurahan_code, category, phone, address) FROM '"
          + csv.toAbsolutePath() + "' WITH (FORMAT csv, HEADER true)");
    }
    return Bench.secondsSince(t0);
  }

  /** The imports started, in order. */
  private static final List<String> JOBS = new ArrayList<>();

  /** Waits for every import's duplicate check to end; prints how long after the last DONE and the reviews opened. */
  private static void duplicateCheck(HttpClient http, BenchServer server) throws Exception {
    BenchImports.DuplicateChecks checks = BenchImports.awaitDuplicateChecks(http, server, PASSWORD, JOBS);
    row("duplicate check after the last DONE: seconds", "%.1f", checks.seconds());
    row("duplicate reviews opened", "%,d", checks.reviews());
  }

  private record ImportRun(double uploadSeconds, double totalSeconds, JsonObject job, long peakHeap, long peakLive) {}

  /** The files one after another, each uploaded once the one before is DONE; times, counts and peaks summed up. */
  private static ImportRun importThroughApi(HttpClient http, BenchServer server, List<Path> files) throws Exception {
    ImportRun all = null;
    for (Path csv : files) {
      ImportRun run = importThroughApi(http, server, csv);
      if (all == null) {
        all = run;
        continue;
      }
      JsonObject job = all.job().copy();
      for (String count : List.of("inserted", "duplicates", "failed", "errors")) {
        job.put(count, job.getInteger(count) + run.job().getInteger(count));
      }
      job.put("status", job.getString("status").equals("DONE") ? run.job().getString("status") : job.getString("status"));
      all = new ImportRun(all.uploadSeconds() + run.uploadSeconds(), all.totalSeconds() + run.totalSeconds(), job,
          Math.max(all.peakHeap(), run.peakHeap()), Math.max(all.peakLive(), run.peakLive()));
    }
    return all;
  }

  private static ImportRun importThroughApi(HttpClient http, BenchServer server, Path csv) throws Exception {
    String token = BenchApi.login(http, server.base(), "admin", PASSWORD);
    long t0 = System.nanoTime();
    HttpResponse<String> posted = http.send(HttpRequest.newBuilder(server.api("/imports/workers"))
        .header("Authorization", "Bearer " + token)
        .header("Content-Type", "text/csv")
        .POST(HttpRequest.BodyPublishers.ofFile(csv))
        .build(), HttpResponse.BodyHandlers.ofString());
    double uploaded = Bench.secondsSince(t0);
    if (posted.statusCode() != 202) {
      throw new IllegalStateException("upload answered " + posted.statusCode() + ": " + posted.body());
    }
    String id = new JsonObject(posted.body()).getString("id");
    JOBS.add(id);
    System.out.printf(Locale.ROOT, "uploaded in %.1f s, import %s%n", uploaded, id);
    long peakHeap = 0;
    long peakLive = 0;
    long lastPrint = 0;
    while (true) {
      long[] heap = heap(http, server, token);
      peakHeap = Math.max(peakHeap, heap[0]);
      peakLive = Math.max(peakLive, heap[1]);
      HttpResponse<String> r = http.send(HttpRequest.newBuilder(server.api("/imports/" + id))
          .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() == 401) {
        token = BenchApi.login(http, server.base(), "admin", PASSWORD);
        continue;
      }
      JsonObject job = new JsonObject(r.body());
      String status = job.getString("status");
      if (status.equals("DONE") || status.equals("FAILED")) {
        return new ImportRun(uploaded, Bench.secondsSince(t0), job.put("errors", job.getJsonArray("errors").size()), peakHeap, peakLive);
      }
      if (System.nanoTime() - lastPrint > 10_000_000_000L) {
        lastPrint = System.nanoTime();
        System.out.printf(Locale.ROOT, "  %s %,d/%s rows, heap %,d MiB%n", status, job.getInteger("processed"),
            job.getValue("total"), heap[0] >> 20);
      }
      Thread.sleep(500);
    }
  }

  /** Heap in use now (all heap pools) and the live data after the last collection, from Prometheus text. */
  private static long[] heap(HttpClient http, BenchServer server, String token) throws Exception {
    String text = http.send(HttpRequest.newBuilder(server.api("/metrics")).header("Authorization", "Bearer " + token).build(),
        HttpResponse.BodyHandlers.ofString()).body();
    long used = 0;
    long live = 0;
    for (String line : text.split("\n")) {
      if (line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\"")) {
        used += (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
      } else if (line.startsWith("jvm_gc_live_data_size_bytes")) {
        live = (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
      }
    }
    return new long[] {used, live};
  }

  private static void printTable(double copySeconds, ImportRun run) throws IOException {
    JsonObject job = run.job();
    double copyRate = ROWS / copySeconds;
    double importRate = ROWS / run.totalSeconds();
    System.out.println();
    System.out.printf(Locale.ROOT, "| %-40s | %14s |%n", "measure (" + String.format(Locale.ROOT, "%,d", ROWS) + " rows)", "value");
    System.out.printf("|%s|%s|%n", "-".repeat(42), "-".repeat(16));
    row("psql \\copy into bare table: seconds", "%.1f", copySeconds);
    row("psql \\copy: rows/s", "%,.0f", copyRate);
    row("POST /imports/workers: upload seconds", "%.1f", run.uploadSeconds());
    row("import, upload to DONE: seconds", "%.1f", run.totalSeconds());
    row("import: rows/s", "%,.0f", importRate);
    row("ratio import time / \\copy time", "%.2f×", run.totalSeconds() / copySeconds);
    row("import heap peak, MiB (-Xmx" + XMX + ")", "%,d", run.peakHeap() >> 20);
    row("import live heap after GC peak, MiB", "%,d", run.peakLive() >> 20);
    row("status / inserted / duplicates / failed", "%s", job.getString("status") + " / " + job.getInteger("inserted")
        + " / " + job.getInteger("duplicates") + " / " + job.getInteger("failed"));
    Bench.summary(String.format(Locale.ROOT, "| import | %,d workers, CSV upload to DONE | %.1f s (%,.0f rows/s), heap peak %,d MiB "
        + "(-Xmx%s) | psql \\copy %.1f s (%,.0f rows/s) | %.2f× the time | ≤ 3× \\copy, heap < 512 MiB |", ROWS,
        run.totalSeconds(), importRate, run.peakHeap() >> 20, XMX, copySeconds, copyRate, run.totalSeconds() / copySeconds));
  }

  private static void row(String name, String format, Object value) {
    System.out.printf(Locale.ROOT, "| %-40s | %14s |%n", name, String.format(Locale.ROOT, format, value));
  }
}
