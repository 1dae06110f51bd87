package id.ngopeni.api.http;

import id.ngopeni.domain.problem.HttpError;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.MultiMap;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerFileUpload;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.streams.ReadStream;
import io.vertx.ext.web.FileUpload;
import io.vertx.ext.web.RoutingContext;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * The SHA-256 of a body that streams past {@link Idempotency} (an upload), so that a retry with
 * the same key but another file is told apart from a true retry. A multipart body is known by
 * what it carries (its fields, and each file's name, size and SHA-256), not by its bytes: a client
 * retrying the same form sends a new boundary. Any other body is known by its bytes.
 *
 * <p>The first request's digest is taken while its route reads the body: {@link #digesting} for a
 * route that streams it, or, when the response is recorded, from what a route's own body handler
 * kept (the buffer, or the multipart fields and stored files). A retry's body is read here
 * ({@link #drain}), since no route runs for it.
 */
public final class BodyDigest {
  /** A retry's body is read at most this far (uploads are limited to less by their routes). */
  static final long MAX_DRAIN_BYTES = 256L * 1024 * 1024;

  private static final String KEY = "ngopeni.bodyDigest";

  private BodyDigest() {}

  /**
   * The request's body as a stream for a route to read once; its digest is noted for
   * {@link Idempotency} when the stream ends.
   */
  public static ReadStream<Buffer> digesting(RoutingContext ctx) {
    MessageDigest digest = sha256();
    return watched(ctx.request(), data -> digest.update(data.getBytes()), () -> ctx.put(KEY, digest.digest()));
  }

  /**
   * The one file part of a multipart form as a stream for a route to read once; when it ends, the
   * form's digest is noted as {@link #drain} computes it for a retry (the fields sent before the
   * file, and the file: a form with more files, or fields after the file, is never replayed).
   */
  public static ReadStream<Buffer> digestingFilePart(RoutingContext ctx, HttpServerFileUpload upload) {
    MessageDigest digest = sha256();
    long[] size = {0};
    return watched(upload, data -> {
      size[0] += data.length();
      digest.update(data.getBytes());
    }, () -> ctx.put(KEY, form(ctx.request().formAttributes(), List.of(new Part(upload.name(), size[0], digest.digest())))));
  }

  /** {@code source}, each buffer shown to {@code seen} and its end to {@code ended} before the reader. */
  private static ReadStream<Buffer> watched(ReadStream<Buffer> source, Handler<Buffer> seen, Runnable ended) {
    return new ReadStream<>() {
      @Override
      public ReadStream<Buffer> exceptionHandler(Handler<Throwable> handler) {
        source.exceptionHandler(handler);
        return this;
      }

      @Override
      public ReadStream<Buffer> handler(Handler<Buffer> handler) {
        source.handler(handler == null ? null : data -> {
          seen.handle(data);
          handler.handle(data);
        });
        return this;
      }

      @Override
      public ReadStream<Buffer> pause() {
        source.pause();
        return this;
      }

      @Override
      public ReadStream<Buffer> resume() {
        source.resume();
        return this;
      }

      @Override
      public ReadStream<Buffer> fetch(long amount) {
        source.fetch(amount);
        return this;
      }

      @Override
      public ReadStream<Buffer> endHandler(Handler<Void> handler) {
        source.endHandler(handler == null ? null : v -> {
          ended.run();
          handler.handle(v);
        });
        return this;
      }
    };
  }

  /**
   * The digest of the body the route read, for recording with its response; null when no route
   * read it whole (a refusal before the body, or a body cut off midway): that answer did not
   * depend on what the body held.
   */
  static Future<byte[]> ofReadBody(RoutingContext ctx) {
    byte[] noted = ctx.get(KEY);
    if (noted != null) {
      return Future.succeededFuture(noted);
    }
    if (ctx.body() == null || !ctx.body().available()) {
      return Future.succeededFuture();
    }
    if (isMultipart(ctx.request())) {
      List<FileUpload> uploads = List.copyOf(ctx.fileUploads());
      MultiMap attributes = ctx.request().formAttributes();
      return ctx.vertx().executeBlocking(() -> {
        List<Part> files = new ArrayList<>();
        for (FileUpload upload : uploads) {
          files.add(new Part(upload.name(), upload.size(), fileSha256(Path.of(upload.uploadedFileName()))));
        }
        return form(attributes, files);
      });
    }
    Buffer body = ctx.body().buffer();
    return Future.succeededFuture(body == null ? null : sha256().digest(body.getBytes()));
  }

  /** Reads a retry's (paused) body to its end, computing the same digest the first request had. */
  static Future<byte[]> drain(HttpServerRequest request) {
    Promise<byte[]> done = Promise.promise();
    long[] read = {0};
    Handler<Buffer> count = data -> {
      read[0] += data.length();
      if (read[0] > MAX_DRAIN_BYTES) {
        done.tryFail(new HttpProblem(HttpError.BODY_TOO_LARGE, "The body is larger than any upload accepts."));
      }
    };
    request.exceptionHandler(done::tryFail);
    if (isMultipart(request)) {
      List<Part> files = new ArrayList<>();
      request.setExpectMultipart(true);
      request.uploadHandler(upload -> {
        int index = files.size();
        files.add(null);
        MessageDigest digest = sha256();
        long[] size = {0};
        upload.handler(data -> {
          count.handle(data);
          size[0] += data.length();
          digest.update(data.getBytes());
        });
        upload.endHandler(v -> files.set(index, new Part(upload.name(), size[0], digest.digest())));
      });
      request.endHandler(v -> done.tryComplete(form(request.formAttributes(), files)));
    } else {
      MessageDigest digest = sha256();
      request.handler(data -> {
        count.handle(data);
        digest.update(data.getBytes());
      });
      request.endHandler(v -> done.tryComplete(digest.digest()));
    }
    request.resume();
    return done.future();
  }

  private record Part(String name, long size, byte[] sha256) {}

  /** Fields in name order, then files in the order sent: each as a length-prefixed entry. */
  private static byte[] form(MultiMap attributes, List<Part> files) {
    MessageDigest digest = sha256();
    for (String name : new TreeSet<>(attributes.names())) {
      for (String value : attributes.getAll(name)) {
        entry(digest, "field", name, value);
      }
    }
    for (Part file : files) {
      if (file != null) {
        entry(digest, "file", file.name(), file.size() + ":" + HexFormat.of().formatHex(file.sha256()));
      }
    }
    return digest.digest();
  }

  private static void entry(MessageDigest digest, String kind, String name, String value) {
    digest.update((kind + " " + name.length() + ":" + name + " " + value.length() + ":" + value + "\n")
        .getBytes(StandardCharsets.UTF_8));
  }

  private static boolean isMultipart(HttpServerRequest request) {
    String type = MediaTypes.of(request.getHeader("Content-Type"));
    return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
  }

  private static byte[] fileSha256(Path file) throws IOException {
    MessageDigest digest = sha256();
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buffer = new byte[64 * 1024];
      for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
        digest.update(buffer, 0, n);
      }
    }
    return digest.digest();
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
