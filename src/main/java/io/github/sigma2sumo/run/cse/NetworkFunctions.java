package io.github.sigma2sumo.run.cse;

import io.github.sigma2sumo.source.Span;
import java.math.BigDecimal;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The IP address functions of docs/cse/rules/cse-rules-syntax.md: {@code isValidIP},
 * {@code isValidIPv4}, {@code isValidIPv6}, {@code isPrivateIP}, {@code isPublicIP},
 * {@code ipv4ToNumber}, {@code maskFromCIDR}, {@code getCIDRPrefix} and {@code compareCIDRPrefix},
 * all of which except the validity checks work on IPv4 only.
 *
 * <p>An IPv4 address is four decimal numbers of 0 to 255 joined by dots (one to three digits each).
 * An IPv6 address is eight groups of one to four hex digits, with one {@code ::} for a run of zero
 * groups and an IPv4 address allowed for the last two; a zone ({@code %eth0}) is not part of it.
 * Private means 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16
 * (docs/search/search-query-language/search-operators/isprivateip.md: 192.168.0.1 and
 * 10.255.255.255 are private, 127.0.0.1 is not); public means a valid IPv4 address that is not
 * private. The log-search pages say invalid addresses are "dropped from the results": here such an
 * argument (IPv6 included, for the IPv4 functions) gives null, which no comparison matches. A
 * prefix length is a number or a numeric string from 0 to 32.
 */
final class NetworkFunctions {

  private NetworkFunctions() {}

  static void register(Map<String, Builtin> table) {
    table.put("isvalidipv4", (a, s) -> ipv4(a[0], s) >= 0);
    table.put("isvalidipv6", (a, s) -> isIpv6(Coercions.string(a[0], s)));
    table.put("isvalidip", (a, s) -> ipv4(a[0], s) >= 0 || isIpv6(Coercions.string(a[0], s)));
    table.put("isprivateip", (a, s) -> {
      long ip = ipv4(a[0], s);
      return ip < 0 ? null : isPrivate(ip);
    });
    table.put("ispublicip", (a, s) -> {
      long ip = ipv4(a[0], s);
      return ip < 0 ? null : !isPrivate(ip);
    });
    table.put("ipv4tonumber", (a, s) -> {
      long ip = ipv4(a[0], s);
      return ip < 0 ? null : BigDecimal.valueOf(ip);
    });
    table.put("maskfromcidr", (a, s) -> {
      int bits = prefix(a[0], s);
      return bits < 0 ? null : dotted(mask(bits));
    });
    table.put("getcidrprefix", (a, s) -> {
      long ip = ipv4(a[0], s);
      int bits = prefix(a[1], s);
      return ip < 0 || bits < 0 ? null : dotted(ip & mask(bits));
    });
    table.put("comparecidrprefix", (a, s) -> {
      long first = ipv4(a[0], s);
      long second = ipv4(a[1], s);
      int bits = prefix(a[2], s);
      return first < 0 || second < 0 || bits < 0 ? null : (first & mask(bits)) == (second & mask(bits));
    });
  }

  /** The address as a number, or -1 when the value is no IPv4 address. */
  static long ipv4(@Nullable Object value, Span span) {
    String s = Coercions.string(value, span);
    return s == null ? -1 : parseIpv4(s);
  }

  static long parseIpv4(String s) {
    long out = 0;
    int parts = 0;
    int i = 0;
    int n = s.length();
    while (parts < 4) {
      int start = i;
      int part = 0;
      while (i < n && i - start < 3 && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
        part = part * 10 + (s.charAt(i++) - '0');
      }
      if (i == start || part > 255) {
        return -1;
      }
      out = out << 8 | part;
      parts++;
      if (parts < 4) {
        if (i >= n || s.charAt(i) != '.') {
          return -1;
        }
        i++;
      }
    }
    return i == n ? out : -1;
  }

  static boolean isIpv6(@Nullable String s) {
    if (s == null || s.isEmpty() || s.length() > 45) {
      return false;
    }
    int doubleColon = s.indexOf("::");
    if (doubleColon >= 0 && s.indexOf("::", doubleColon + 1) >= 0) {
      return false;
    }
    String head = doubleColon >= 0 ? s.substring(0, doubleColon) : s;
    String tail = doubleColon >= 0 ? s.substring(doubleColon + 2) : "";
    int groups = 0;
    for (int sideIndex = 0; sideIndex < 2; sideIndex++) {
      String side = sideIndex == 0 ? head : tail;
      if (side.isEmpty()) {
        continue;
      }
      boolean endsAddress = doubleColon < 0 ? sideIndex == 0 : sideIndex == 1;
      String[] parts = side.split(":", -1);
      for (int k = 0; k < parts.length; k++) {
        String p = parts[k];
        boolean last = endsAddress && k == parts.length - 1;
        if (last && p.indexOf('.') >= 0) {
          if (parseIpv4(p) < 0) {
            return false;
          }
          groups += 2;
        } else if (p.isEmpty() || p.length() > 4 || !p.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
          return false;
        } else {
          groups++;
        }
      }
    }
    return doubleColon >= 0 ? groups <= 7 : groups == 8;
  }

  private static boolean isPrivate(long ip) {
    return (ip >>> 24) == 10 || (ip >>> 20) == (172L << 4 | 1) || (ip >>> 16) == (192L << 8 | 168);
  }

  private static int prefix(@Nullable Object value, Span span) {
    BigDecimal n = Coercions.number(value, span);
    if (n == null || n.signum() < 0 || n.compareTo(BigDecimal.valueOf(32)) > 0 || n.stripTrailingZeros().scale() > 0) {
      return -1;
    }
    return n.intValue();
  }

  private static long mask(int bits) {
    return bits == 0 ? 0 : (0xFFFFFFFFL << (32 - bits)) & 0xFFFFFFFFL;
  }

  private static String dotted(long ip) {
    return (ip >>> 24 & 255) + "." + (ip >>> 16 & 255) + "." + (ip >>> 8 & 255) + "." + (ip & 255);
  }
}
