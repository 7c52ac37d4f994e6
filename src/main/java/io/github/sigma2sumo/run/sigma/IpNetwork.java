package io.github.sigma2sumo.run.sigma;

import java.util.Arrays;
import java.util.Optional;

/**
 * An IPv4 or IPv6 network of a {@code cidr} value (SigmaHQ/sigma-specification,
 * specification/sigma-appendix-modifiers.md, "IP (Internet Protocol) Modifiers": "Supports both
 * IPv4 and IPv6 notations"), and the address test of an event value.
 *
 * <p>Choices the specification leaves open, made as Python's {@code ipaddress} (which pySigma
 * uses) makes them: a network with host bits set ({@code 10.0.0.1/8}) is an error; IPv4 octets
 * are decimal without leading zeros ({@code 010.0.0.1} is no address); an address matches only a
 * network of its own family, so {@code ::ffff:10.0.0.1} is not in {@code 10.0.0.0/8}. An event
 * value may carry an IPv6 zone ({@code fe80::1%eth0}), which is ignored; any other text around
 * the address (brackets, a port) makes it no address, and so no match. Parsing is by hand: no
 * name is ever looked up.
 */
final class IpNetwork {

  private final byte[] network;
  private final int prefix;
  private final String text;

  private IpNetwork(byte[] network, int prefix, String text) {
    this.network = network;
    this.prefix = prefix;
    this.text = text;
  }

  static IpNetwork parse(String text) throws RuleProblem {
    int slash = text.indexOf('/');
    String address = slash < 0 ? text : text.substring(0, slash);
    byte[] bytes = address(address, false)
        .orElseThrow(() -> new RuleProblem("'" + text + "' is not an IPv4 or IPv6 network"));
    int prefix = bytes.length * 8;
    if (slash >= 0) {
      String p = text.substring(slash + 1);
      if (!p.matches("[0-9]{1,3}") || Integer.parseInt(p) > bytes.length * 8) {
        throw new RuleProblem("'" + text + "' has no prefix length between 0 and " + bytes.length * 8);
      }
      prefix = Integer.parseInt(p);
    }
    for (int bit = prefix; bit < bytes.length * 8; bit++) {
      if ((bytes[bit / 8] >> (7 - bit % 8) & 1) != 0) {
        throw new RuleProblem("'" + text + "' has host bits set after its /" + prefix + " prefix");
      }
    }
    return new IpNetwork(bytes, prefix, text);
  }

  /** Whether {@code value} is an address in this network. */
  boolean contains(String value) {
    Optional<byte[]> bytes = address(value, true);
    if (bytes.isEmpty() || bytes.get().length != network.length) {
      return false;
    }
    byte[] b = bytes.get();
    for (int bit = 0; bit < prefix; bit++) {
      if ((b[bit / 8] >> (7 - bit % 8) & 1) != (network[bit / 8] >> (7 - bit % 8) & 1)) {
        return false;
      }
    }
    return true;
  }

  /** The 4 or 16 bytes of an address literal. */
  static Optional<byte[]> address(String text, boolean zoneAllowed) {
    if (text.indexOf(':') >= 0) {
      int zone = text.indexOf('%');
      if (zone >= 0) {
        if (!zoneAllowed || zone == text.length() - 1) {
          return Optional.empty();
        }
        text = text.substring(0, zone);
      }
      return ipv6(text);
    }
    return ipv4(text);
  }

  private static Optional<byte[]> ipv4(String text) {
    String[] parts = text.split("\\.", -1);
    if (parts.length != 4) {
      return Optional.empty();
    }
    byte[] out = new byte[4];
    for (int i = 0; i < 4; i++) {
      String p = parts[i];
      if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(c -> c >= '0' && c <= '9')
          || p.length() > 1 && p.charAt(0) == '0' || Integer.parseInt(p) > 255) {
        return Optional.empty();
      }
      out[i] = (byte) Integer.parseInt(p);
    }
    return Optional.of(out);
  }

  private static Optional<byte[]> ipv6(String text) {
    if (text.length() > 45) {
      return Optional.empty();
    }
    int gap = text.indexOf("::");
    if (gap >= 0 && text.indexOf("::", gap + 1) >= 0) {
      return Optional.empty();
    }
    String head = gap < 0 ? text : text.substring(0, gap);
    String tail = gap < 0 ? "" : text.substring(gap + 2);
    Optional<int[]> left = groups(head, gap < 0);
    Optional<int[]> right = groups(tail, true);
    if (left.isEmpty() || right.isEmpty()) {
      return Optional.empty();
    }
    int total = left.get().length + right.get().length;
    if (gap < 0 ? total != 8 : total > 7) {
      return Optional.empty();
    }
    int[] words = new int[8];
    System.arraycopy(left.get(), 0, words, 0, left.get().length);
    System.arraycopy(right.get(), 0, words, 8 - right.get().length, right.get().length);
    byte[] out = new byte[16];
    for (int i = 0; i < 8; i++) {
      out[2 * i] = (byte) (words[i] >> 8);
      out[2 * i + 1] = (byte) words[i];
    }
    return Optional.of(out);
  }

  /** Colon-separated hex groups; the last may be a dotted IPv4 address when {@code last}. */
  private static Optional<int[]> groups(String text, boolean last) {
    if (text.isEmpty()) {
      return Optional.of(new int[0]);
    }
    String[] parts = text.split(":", -1);
    int[] out = new int[parts.length + 1];
    int n = 0;
    for (int i = 0; i < parts.length; i++) {
      String p = parts[i];
      if (last && i == parts.length - 1 && p.indexOf('.') >= 0) {
        Optional<byte[]> v4 = ipv4(p);
        if (v4.isEmpty()) {
          return Optional.empty();
        }
        out[n++] = (v4.get()[0] & 0xff) << 8 | v4.get()[1] & 0xff;
        out[n++] = (v4.get()[2] & 0xff) << 8 | v4.get()[3] & 0xff;
      } else if (p.isEmpty() || p.length() > 4 || !p.chars().allMatch(c -> c < 128 && Character.digit(c, 16) >= 0)) {
        return Optional.empty();
      } else {
        out[n++] = Integer.parseInt(p, 16);
      }
    }
    return Optional.of(Arrays.copyOf(out, n));
  }

  @Override
  public String toString() {
    return text;
  }
}
