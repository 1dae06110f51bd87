import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * What the bench programs share besides HTTP and the database: their settings from the
 * environment, the summary table of bench/run.sh and elapsed time. Like the other classes in
 * bench/common, compiled by bench_build_java (bench/lib.sh) into bench/target/classes, which the
 * bench programs have on their classpath.
 */
public final class Bench {
  private Bench() {}

  /** The environment variable {@code name}, or {@code fallback} when it is unset or blank. */
  public static String env(String name, String fallback) {
    String v = System.getenv(name);
    return v == null || v.isBlank() ? fallback : v;
  }

  /** A row for bench/run.sh's summary table, when it asked for one (BENCH_SUMMARY names the file). */
  public static void summary(String row) throws IOException {
    String file = System.getenv("BENCH_SUMMARY");
    if (file != null && !file.isBlank()) {
      Files.writeString(Path.of(file), row + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }
  }

  /** Seconds since {@code nanoTime}, a reading of {@link System#nanoTime()}. */
  public static double secondsSince(long nanoTime) {
    return (System.nanoTime() - nanoTime) / 1e9;
  }
}
