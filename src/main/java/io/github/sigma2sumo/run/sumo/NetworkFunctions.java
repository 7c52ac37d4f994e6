package io.github.sigma2sumo.run.sumo;

import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.function.LongPredicate;

/**
 * IP functions (docs search-operators/cidr.md, isvalidip.md, isprivateip.md, ispublicip.md,
 * ipv4tonumber.md). The CIDR functions work on IPv4 only, as the page says: an IPv6 or malformed
 * address makes {@code compareCIDRPrefix} false. An IPv4 address here is four decimal parts of
 * 0..255 separated by dots, nothing around them; {@code isValidIPv6} accepts the textual forms of
 * RFC 4291 (hex groups, one {@code ::}, an embedded IPv4 tail). Private means RFC 1918 (10/8,
 * 172.16/12, 192.168/16); public means a valid IPv4 address outside the private, loopback
 * (127/8), link-local (169.254/16), shared (100.64/10), "this network" (0/8), multicast and
 * reserved (224/3) ranges. The prefix length is a number or text that reads as one, 0..32.
 */
final class NetworkFunctions {
  private NetworkFunctions() {}

  static void register(Map<String, Functions.Spec> all) {
    all.put("comparecidrprefix", new Functions.Spec(3, 3, NetworkFunctions::compareCidrPrefix));
    all.put("isvalidipv4", new Functions.Spec(1, 1, a -> test(a, s -> ipv4(s).isPresent())));
    all.put("isvalidipv6", new Functions.Spec(1, 1, a -> test(a, NetworkFunctions::isIpv6)));
    all.put("isvalidip", new Functions.Spec(1, 1, a -> test(a, s -> ipv4(s).isPresent() || isIpv6(s))));
    all.put("isprivateip", new Functions.Spec(1, 1, a -> test(a, s -> is(s, NetworkFunctions::isPrivate))));
    all.put("ispublicip", new Functions.Spec(1, 1, a -> test(a, s -> is(s, NetworkFunctions::isPublic))));
    all.put("ipv4tonumber", new Functions.Spec(1, 1, NetworkFunctions::toNumber));
  }

  private static Eval test(Args a, java.util.function.Predicate<String> p) {
    Eval arg = a.eval(0);
    return row -> {
      Value v = arg.eval(row);
      return Value.of(!v.isNull() && p.test(v.text()));
    };
  }

  private static Eval toNumber(Args a) {
    Eval arg = a.eval(0);
    return row -> {
      Value v = arg.eval(row);
      OptionalLong ip = v.isNull() ? OptionalLong.empty() : ipv4(v.text());
      return ip.isEmpty() ? Value.NULL : Value.of((double) ip.getAsLong());
    };
  }

  private static Eval compareCidrPrefix(Args a) {
    Eval first = a.eval(0);
    Eval second = a.eval(1);
    Eval length = a.eval(2);
    return row -> {
      Value x = first.eval(row);
      Value y = second.eval(row);
      OptionalDouble bits = Numbers.of(length.eval(row));
      if (x.isNull() || y.isNull() || bits.isEmpty()) {
        return Value.FALSE;
      }
      OptionalLong p = ipv4(x.text());
      OptionalLong q = ipv4(y.text());
      double n = bits.getAsDouble();
      if (p.isEmpty() || q.isEmpty() || n < 0 || n > 32 || n != Math.rint(n)) {
        return Value.FALSE;
      }
      long mask = n == 0 ? 0 : (0xFFFFFFFFL << (32 - (int) n)) & 0xFFFFFFFFL;
      return Value.of((p.getAsLong() & mask) == (q.getAsLong() & mask));
    };
  }

  /** The address as an unsigned 32-bit number, if it is a dotted-quad IPv4 address. */
  static OptionalLong ipv4(String s) {
    long out = 0;
    int parts = 0;
    int i = 0;
    while (parts < 4) {
      int start = i;
      int part = 0;
      while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9' && i - start < 3) {
        part = part * 10 + (s.charAt(i) - '0');
        i++;
      }
      if (i == start || part > 255) {
        return OptionalLong.empty();
      }
      out = out << 8 | part;
      parts++;
      if (parts < 4) {
        if (i >= s.length() || s.charAt(i) != '.') {
          return OptionalLong.empty();
        }
        i++;
      }
    }
    return i == s.length() ? OptionalLong.of(out) : OptionalLong.empty();
  }

  private static boolean is(String s, LongPredicate p) {
    OptionalLong ip = ipv4(s);
    return ip.isPresent() && p.test(ip.getAsLong());
  }

  private static boolean in(long ip, long network, int bits) {
    long mask = (0xFFFFFFFFL << (32 - bits)) & 0xFFFFFFFFL;
    return (ip & mask) == network;
  }

  private static boolean isPrivate(long ip) {
    return in(ip, 0x0A000000L, 8) || in(ip, 0xAC100000L, 12) || in(ip, 0xC0A80000L, 16);
  }

  private static boolean isPublic(long ip) {
    return !isPrivate(ip) && !in(ip, 0x7F000000L, 8) && !in(ip, 0xA9FE0000L, 16) && !in(ip, 0x64400000L, 10)
        && !in(ip, 0, 8) && !in(ip, 0xE0000000L, 3);
  }

  /** RFC 4291 text forms: eight hex groups, or fewer around one "::", optionally ending in IPv4. */
  static boolean isIpv6(String s) {
    if (s.isEmpty() || s.length() > 45) {
      return false;
    }
    int gap = s.indexOf("::");
    if (gap >= 0 && s.indexOf("::", gap + 1) >= 0) {
      return false;
    }
    String[] halves = gap >= 0 ? new String[] {s.substring(0, gap), s.substring(gap + 2)} : new String[] {s};
    int groups = 0;
    for (int h = 0; h < halves.length; h++) {
      String half = halves[h];
      if (half.isEmpty()) {
        continue;
      }
      String[] parts = half.split(":", -1);
      for (int i = 0; i < parts.length; i++) {
        String part = parts[i];
        boolean last = h == halves.length - 1 && i == parts.length - 1;
        if (last && part.indexOf('.') >= 0) {
          if (ipv4(part).isEmpty()) {
            return false;
          }
          groups += 2;
        } else if (part.isEmpty() || part.length() > 4 || !part.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
          return false;
        } else {
          groups++;
        }
      }
    }
    return gap >= 0 ? groups <= 7 : groups == 8;
  }
}
