package id.ngopeni.api.http;

import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The client's address, for limits that count per address. The TCP peer, unless the peer is one
 * of the configured trusted proxies ({@code NGOPENI_TRUSTED_PROXIES}): then {@code
 * X-Forwarded-For} is read from the right, skipping trusted proxies, and the first other address
 * is the client. A client can prepend anything to that header, so the left part is never read
 * past an untrusted hop; without trusted proxies the header is ignored altogether.
 */
public final class ClientAddress {
  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
  private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

  private final Set<String> trusted;

  public ClientAddress(List<String> trustedProxies) {
    this.trusted = trustedProxies.stream().map(ClientAddress::normalize).filter(a -> a != null).collect(Collectors.toSet());
  }

  public String of(RoutingContext ctx) {
    SocketAddress remote = ctx.request().remoteAddress();
    String peer = remote == null ? null : normalize(remote.hostAddress());
    if (peer == null) {
      return "unknown";
    }
    if (!trusted.contains(peer)) {
      return peer;
    }
    List<String> forwarded = ctx.request().headers().getAll("X-Forwarded-For");
    String[] hops = String.join(",", forwarded).split(",");
    for (int i = hops.length - 1; i >= 0; i--) {
      String hop = normalize(hops[i].trim());
      if (hop == null) {
        return peer; // junk from beyond the proxies: count it against the proxy's last hop
      }
      if (!trusted.contains(hop)) {
        return hop;
      }
      peer = hop;
    }
    return peer;
  }

  /** The canonical text of an IP literal, or null if it is none (never a DNS lookup). */
  static String normalize(String text) {
    if (text == null) {
      return null;
    }
    String s = text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
    if (!IPV4.matcher(s).matches() && !(s.contains(":") && IPV6.matcher(s).matches())) {
      return null;
    }
    try {
      return InetAddress.getByName(s).getHostAddress();
    } catch (UnknownHostException | RuntimeException e) {
      return null;
    }
  }
}
