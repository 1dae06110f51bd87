package id.ngopeni.persistence.db;

import io.netty.channel.ChannelPipeline;
import io.netty.handler.flush.FlushConsolidationHandler;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.internal.Connection;
import io.vertx.sqlclient.internal.SqlConnectionInternal;
import io.vertx.sqlclient.impl.SocketConnectionBase;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One send to PostgreSQL per event-loop turn instead of one per query, on pipelined connections.
 *
 * <p>The pg client writes and flushes every query as it is scheduled, so twenty HTTP requests
 * handled in one turn of the event loop become twenty {@code sendto} calls on the same socket,
 * each waking the backend. Measured with async-profiler on the read path (GET /workers/{id}, 16
 * connections): those sends were a fifth of the event loops' CPU. Netty's
 * {@link FlushConsolidationHandler} (with consolidation also when no read is in progress) turns
 * the flushes of one turn into one, sent when the turn's I/O is done; nothing waits longer than
 * that turn.
 *
 * <p>It still flushes after every {@value #FLUSH_AT_LEAST_EVERY} queries: holding a whole turn's
 * queries back leaves PostgreSQL idle while the turn runs. Measured (GET /workers/{id}, requests
 * per second at 16 / 64 connections): no consolidation 31,500–33,000 / 37,100–37,400; a flush per
 * turn (Netty's default, at most 256) 39,300–39,600 / 31,700–33,800; at least every 8 queries
 * 36,100–40,300 / 42,400–43,200; every 2 or 4 in between.
 *
 * <p>The client offers no option for it, so the handler goes into the connection's Netty
 * pipeline through the client's internal interfaces. Should they change, {@link #install}
 * returns false, the connection works as before, and {@code FlushConsolidationTest} fails.
 */
public final class FlushConsolidation {
  private static final Logger LOG = LoggerFactory.getLogger(FlushConsolidation.class);
  static final String HANDLER_NAME = "ngopeni-flush-consolidation";
  static final int FLUSH_AT_LEAST_EVERY = 8;

  private static final AtomicLong INSTALLED = new AtomicLong();

  private FlushConsolidation() {}

  /** Connections given the handler since start (for tests and diagnostics). */
  public static long installedCount() {
    return INSTALLED.get();
  }

  /** Installs the handler on the connection's channel; false when the connection is not a socket we know. */
  public static boolean install(SqlConnection connection) {
    ChannelPipeline pipeline = pipeline(connection);
    if (pipeline == null) {
      LOG.warn("Cannot consolidate flushes on {}: not a pg socket connection", connection.getClass().getName());
      return false;
    }
    if (pipeline.get(HANDLER_NAME) == null) {
      pipeline.addFirst(HANDLER_NAME, new FlushConsolidationHandler(FLUSH_AT_LEAST_EVERY, true));
      INSTALLED.incrementAndGet();
    }
    return true;
  }

  /** Whether the connection's channel has the handler (for tests). */
  static boolean installed(SqlConnection connection) {
    ChannelPipeline pipeline = pipeline(connection);
    return pipeline != null && pipeline.get(HANDLER_NAME) != null;
  }

  private static ChannelPipeline pipeline(SqlConnection connection) {
    if (!(connection instanceof SqlConnectionInternal internal)) {
      return null;
    }
    Connection raw = internal.unwrap();
    while (!(raw instanceof SocketConnectionBase) && raw != null && raw.unwrap() != raw) {
      raw = raw.unwrap();
    }
    return raw instanceof SocketConnectionBase socket ? socket.socket().channelHandlerContext().pipeline() : null;
  }
}
