package id.ngopeni.api.bpjs;

import id.ngopeni.api.http.BodyDigest;
import id.ngopeni.api.http.HttpProblem;
import id.ngopeni.domain.problem.BpjsError;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.file.OpenOptions;
import io.vertx.core.streams.ReadStream;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Streams a request body into a temporary file (memory stays flat whatever its size), with its
 * SHA-256 and a size limit; the body's digest is noted for Idempotency as it streams.
 */
final class BodyToFile {
  record Stored(Path path, byte[] sha256, long bytes) {}

  private BodyToFile() {}

  static Future<Stored> store(RoutingContext ctx, long maxBytes) {
    Vertx vertx = ctx.vertx();
    ReadStream<Buffer> body = BodyDigest.digesting(ctx);
    body.pause();
    MessageDigest digest = sha256();
    long[] count = {0};
    return vertx.fileSystem().createTempFile("ngopeni-bpjs-", ".upload")
        .compose(name -> vertx.fileSystem().open(name, new OpenOptions().setWrite(true)).compose(file -> {
          Promise<Stored> done = Promise.promise();
          body.exceptionHandler(e -> file.close().onComplete(x -> done.tryFail(e)));
          body.handler(buffer -> {
            count[0] += buffer.length();
            if (count[0] > maxBytes) {
              body.handler(null);
              file.close().onComplete(x -> done.tryFail(new HttpProblem(BpjsError.BPJS_FILE_TOO_LARGE,
                  "The file is larger than " + maxBytes / (1024 * 1024) + " MiB.")));
              return;
            }
            digest.update(buffer.getBytes());
            file.write(buffer);
            if (file.writeQueueFull()) {
              body.pause();
              file.drainHandler(v -> body.resume());
            }
          });
          body.endHandler(v -> file.close().onComplete(closed -> {
            if (closed.succeeded()) {
              done.tryComplete(new Stored(Path.of(name), digest.digest(), count[0]));
            } else {
              done.tryFail(closed.cause());
            }
          }));
          body.resume();
          return done.future().onFailure(e -> vertx.fileSystem().delete(name));
        }));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

}
