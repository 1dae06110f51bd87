import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * The physical limit of a payout approval: pgbench -M prepared running the approval's statements
 * on the same tables, in the same transaction shape: the acting user re-read FOR SHARE, the payout
 * read, conditionally updated and re-read, then the audit append as three statements under the
 * head lock (head, canonical content, entry + head). The chain's HMAC, computed by the server
 * between the last two, stands here as sha256 in the database.
 *
 * @param tps transactions per second
 * @param mean mean latency in ms
 */
record ApprovalLimit(double tps, double mean) {

  /** Runs pgbench with {@code clients} clients for {@code seconds} over the {@code payouts} payouts of {@code db}. */
  static ApprovalLimit measure(Path work, String db, int payouts, int clients, int seconds) throws Exception {
    BenchDatabase.execute(db, "CREATE TABLE bench_payout_ids AS SELECT row_number() OVER (ORDER BY id)::int AS n, id FROM payout");
    BenchDatabase.execute(db, "ALTER TABLE bench_payout_ids ADD PRIMARY KEY (n)");
    String after;
    String actor;
    try (Connection c = BenchDatabase.connect(db); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT after::text, actor_id FROM audit_entry WHERE action = 'payout.approved' LIMIT 1")) {
      rs.next();
      after = rs.getString(1).replace("'", "''");
      actor = rs.getString(2);
    }
    // The approval's statements, with this run's ids filled in (bench/write-path/approve.sql).
    String script = Files.readString(Path.of("bench/write-path/approve.sql"))
        .replace(":payouts", Integer.toString(payouts)).replace(":actor", actor).replace(":after", after);
    Path file = work.resolve("approve.sql");
    Files.writeString(file, script);
    // One thread per client; no per-transaction log: pgbench reads the clock lazily and its log
    // under-reports short transactions, while the mean (clients / tps) is exact.
    // The session settings Ngopeni's pool uses (Pools: jit off).
    ProcessBuilder pb = new ProcessBuilder("pgbench", "-n", "-M", "prepared", "-c", Integer.toString(clients),
        "-j", Integer.toString(clients), "-T", Integer.toString(seconds), "-f", file.toString(),
        "-h", BenchDatabase.HOST, "-p", BenchDatabase.PORT, "-U", BenchDatabase.USER, db).redirectErrorStream(true);
    pb.environment().put("PGOPTIONS", "-c jit=off");
    Process pgbench = pb.start();
    String out = new String(pgbench.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (pgbench.waitFor() != 0) {
      throw new IllegalStateException("pgbench failed:\n" + out);
    }
    return new ApprovalLimit(number(out, "tps = "), number(out, "latency average = "));
  }

  private static double number(String pgbenchOutput, String label) {
    return pgbenchOutput.lines().filter(l -> l.startsWith(label)).findFirst()
        .map(l -> Double.parseDouble(l.substring(label.length()).split(" ")[0]))
        .orElseThrow(() -> new IllegalStateException("no '" + label + "' in pgbench's output:\n" + pgbenchOutput));
  }
}
