package id.ngopeni.api;

import java.util.Arrays;

/** {@code java -jar ngopeni.jar}: starts everything; configuration comes from the environment. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    boolean demo = false;
    for (String arg : args) {
      if (arg.equals("--demo")) {
        demo = true; // load the Kota Malang demo data set if the registry is empty
        continue;
      }
      if (arg.equals("--help") || arg.equals("-h")) {
        System.out.println("Usage: java -jar ngopeni.jar [--demo]   (configuration: NGOPENI_* environment variables, see README.md)");
        return;
      }
      System.err.println("Unknown argument " + arg + " (known: --demo, --help). Arguments: " + Arrays.toString(args));
      System.exit(2);
    }
    Config config;
    try {
      config = Config.fromEnvironment(System.getenv(), demo);
    } catch (IllegalArgumentException e) {
      System.err.println("Configuration error: " + e.getMessage());
      System.exit(2);
      return;
    }
    Application app;
    try {
      app = Application.start(config, System.out);
    } catch (RuntimeException e) {
      org.slf4j.LoggerFactory.getLogger(Main.class).error("Ngopeni could not start: {}", e.toString());
      System.exit(1);
      return;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(app::close, "ngopeni-shutdown"));
  }
}
