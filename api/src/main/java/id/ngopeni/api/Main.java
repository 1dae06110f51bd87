package id.ngopeni.api;

import id.ngopeni.api.platform.Config;

import java.util.Arrays;

/** {@code java -jar ngopeni.jar}: starts everything; configuration comes from the environment. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    java.nio.file.Path regionFile = null;
    boolean demo = false;
    String keyCommand = null;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("--help") || arg.equals("-h")) {
        System.out.println("Usage: java -jar ngopeni.jar [--demo]   (configuration: NGOPENI_* environment variables, see README.md)");
        System.out.println("       --demo                load the Kota Malang demo data set if the registry is empty");
        System.out.println("       --load-regions FILE   load a code,name region CSV, then exit");
        System.out.println("       --add-data-key        add a new data key to the key file and make it current, then exit");
        System.out.println("       --rotate-keys         re-encrypt every value under the current data key, then exit");
        return;
      }
      if (arg.equals("--demo")) {
        demo = true;
        continue;
      }
      if (arg.equals("--add-data-key") || arg.equals("--rotate-keys")) {
        keyCommand = arg;
        continue;
      }
      if (arg.equals("--load-regions") && i + 1 < args.length) {
        regionFile = java.nio.file.Path.of(args[++i]);
        continue;
      }
      System.err.println("Unknown argument " + arg + " (known: --demo, --load-regions FILE, --add-data-key, --rotate-keys, --help). Arguments: "
          + Arrays.toString(args));
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
    if (keyCommand != null) {
      System.exit(keyCommand.equals("--add-data-key") ? DataKeyCommands.addKey(config, System.out)
          : DataKeyCommands.rotate(config, System.out));
      return;
    }
    if (regionFile != null) {
      System.exit(id.ngopeni.api.RegionLoadCommand.run(config, regionFile, System.out));
      return;
    }
    // The hook is there before the start: a SIGTERM arriving while (or just after) the instance
    // starts waits for the start to finish and then shuts everything down, PostgreSQL included.
    java.util.concurrent.CompletableFuture<Application> started = new java.util.concurrent.CompletableFuture<>();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      Application app;
      try {
        app = started.get(2, java.util.concurrent.TimeUnit.MINUTES);
      } catch (Exception notStarted) {
        return;
      }
      app.close();
    }, "ngopeni-shutdown"));
    try {
      started.complete(Application.start(config, System.out));
    } catch (RuntimeException e) {
      started.completeExceptionally(e);
      org.slf4j.LoggerFactory.getLogger(Main.class).error("Ngopeni could not start: {}", e.toString());
      System.exit(1);
    }
  }
}
