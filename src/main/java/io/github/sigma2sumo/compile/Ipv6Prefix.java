package io.github.sigma2sumo.compile;

import java.util.ArrayList;
import java.util.List;

/**
 * An IPv6 network as a regex over the address text, since Sumo's compareCIDRPrefix is IPv4 only.
 *
 * <p>The regex accepts every spelling of every address in the network that RFC 4291 §2.2 allows
 * (and RFC 5952's canonical form among them): groups with or without leading zeros, one {@code ::}
 * standing for one or more zero groups anywhere, the last 32 bits as a dotted quad, any letter
 * case and a zone index ({@code %eth0}). It accepts no spelling of an address outside the network.
 * A zero group under the prefix is the hard part: {@code 2603:1006::/40} holds
 * {@code 2603:1006::1}, where the third group is hidden in the {@code ::}, and
 * {@code 2603:1006:ff::1}, where it is written; so the regex has one alternative per place the
 * {@code ::} can take among the groups the prefix fixes, each counting the groups after it.
 */
final class Ipv6Prefix {
  private static final String HEX_GROUP = "[0-9a-f]{1,4}";
  private static final String OCTET = "[0-9]{1,3}";
  private static final String ANY_QUAD = OCTET + "(?:\\." + OCTET + "){3}";

  private final int[] low = new int[8];
  private final int[] high = new int[8];
  /** Each group's text regex. */
  private final String[] group = new String[8];
  /** The groups the prefix fixes, in whole or in part. */
  private final int fixed;

  private Ipv6Prefix(int[] groups, int prefixLength) {
    for (int i = 0; i < 8; i++) {
      int bits = Math.max(0, Math.min(16, prefixLength - 16 * i));
      int mask = bits == 0 ? 0 : (0xffff << (16 - bits)) & 0xffff;
      low[i] = groups[i] & mask;
      high[i] = low[i] | (~mask & 0xffff);
      group[i] = group(low[i], high[i]);
    }
    fixed = (prefixLength + 15) / 16;
  }

  /** The regex for the network of {@code address} (16 bytes) and {@code prefixLength} (0..128). */
  static String regex(byte[] address, int prefixLength) {
    int[] groups = new int[8];
    for (int i = 0; i < 8; i++) {
      groups[i] = ((address[2 * i] & 0xff) << 8) | (address[2 * i + 1] & 0xff);
    }
    return new Ipv6Prefix(groups, prefixLength).regex();
  }

  private String regex() {
    List<String> alternatives = new ArrayList<>();
    // no '::' among the groups the prefix fixes: they are all written out
    if (fixed == 0) {
      alternatives.add("[0-9a-f.]*:[0-9a-f:.]*");
    } else if (fixed <= 6) {
      alternatives.add(join(0, fixed) + ":.*");
    } else {
      alternatives.add(either(join(0, 8), join(0, 6) + ":" + quad()));
      if (fixed == 7) {
        alternatives.add(join(0, 7) + "::");
      }
    }
    // a '::' after the first p groups, standing for the zero groups p..p+z-1 (z >= 1)
    for (int p = 0; p < fixed; p++) {
      int zeros = 0;
      while (p + zeros < fixed && low[p + zeros] == 0) {
        zeros++; // the network allows zero in group p+zeros, so '::' may hide it
      }
      if (zeros == 0) {
        continue;
      }
      String head = join(0, p) + "::";
      boolean hidesAllFixed = p + zeros == fixed;
      if (hidesAllFixed) {
        alternatives.add(head + upTo(8 - fixed)); // what follows is free: only its count is bounded
      }
      // the '::' ends before a fixed group: the groups after it are counted to know their places
      int lastStart = p + (hidesAllFixed ? zeros - 1 : zeros);
      if (lastStart > p) {
        String hex = suffixes(p + 1, 8, lastStart, null);
        alternatives.add(head + (p + 1 <= 6 ? either(hex, suffixes(p + 1, 6, Math.min(lastStart, 6), quad())) : hex));
      }
    }
    return "(?i)^(?:" + String.join("|", alternatives) + ")(?:%.*)?$";
  }

  /**
   * The groups start..to-1 written out for every start from {@code from} to {@code lastStart}
   * (the first ones dropped as the '::' grows), then {@code end} (a dotted quad) when not null.
   */
  private String suffixes(int from, int to, int lastStart, String end) {
    String tail = join(lastStart, to);
    if (end != null) {
      tail = tail.isEmpty() ? end : tail + ":" + end;
    }
    int optional = lastStart - from;
    if (optional == 0) {
      return tail;
    }
    boolean same = true;
    for (int i = from + 1; i < lastStart; i++) {
      same &= group[i].equals(group[from]);
    }
    if (same) {
      return "(?:" + group[from] + ":)" + (optional == 1 ? "?" : "{0," + optional + "}") + tail;
    }
    StringBuilder nested = new StringBuilder();
    for (int i = from; i < lastStart; i++) {
      nested.insert(0, "(?:").append(group[i]).append(":)?");
    }
    return nested + tail;
  }

  /** The groups from..to-1 joined by ':', a run of equal ones as a count. */
  private String join(int from, int to) {
    StringBuilder out = new StringBuilder();
    int i = from;
    while (i < to) {
      int run = 1;
      while (i + run < to && group[i + run].equals(group[i])) {
        run++;
      }
      String one = group[i];
      if (i == from) {
        out.append(one);
        run--;
        i++;
      }
      if (run == 1) {
        out.append(':').append(one);
      } else if (run > 1) {
        out.append("(?::").append(one).append("){").append(run).append('}');
      }
      i += run;
    }
    return out.toString();
  }

  private static String either(String a, String b) {
    return "(?:" + a + "|" + b + ")";
  }

  /** Up to n free groups after a '::', the last two perhaps as a dotted quad. */
  private static String upTo(int n) {
    if (n == 0) {
      return "";
    }
    String hex = "(?:" + HEX_GROUP + "(?::" + HEX_GROUP + "){0," + (n - 1) + "})?";
    if (n < 2) {
      return hex;
    }
    return either(hex, "(?:" + HEX_GROUP + ":){0," + (n - 2) + "}" + ANY_QUAD);
  }

  /** Groups 6 and 7 as a dotted quad. */
  private String quad() {
    if (fixed <= 6) {
      return ANY_QUAD;
    }
    List<String> octets = List.of(
        octet(low[6] >> 8, high[6] >> 8), octet(low[6] & 0xff, high[6] & 0xff),
        octet(low[7] >> 8, high[7] >> 8), octet(low[7] & 0xff, high[7] & 0xff));
    return String.join("\\.", octets);
  }

  /**
   * One group's text, 1 to 4 hex digits, for the values low..high (a block aligned on a bit
   * boundary, so that each digit ranges on its own): the four digits, the leading zeros optional.
   */
  static String group(int low, int high) {
    if (low == 0 && high == 0xffff) {
      return HEX_GROUP;
    }
    String[] digits = new String[4];
    int first = 4; // the first digit that is not always zero
    for (int d = 3; d >= 0; d--) {
      int lo = (low >> (12 - 4 * d)) & 0xf;
      int hi = (high >> (12 - 4 * d)) & 0xf;
      digits[d] = digitClass(lo, hi);
      if (hi != 0) {
        first = d;
      }
    }
    if (first == 4) {
      return "0{1,4}";
    }
    String zeros = first == 0 ? "" : first == 1 ? "0?" : "0{0," + first + "}";
    String rest = String.join("", List.of(digits).subList(first, 4));
    boolean mayBeZero = ((low >> (12 - 4 * first)) & 0xf) == 0;
    if (!mayBeZero || first == 3) {
      return zeros + rest;
    }
    // the first digit may be zero and so dropped; the digits after it are free
    String shorter = "[0-9a-f]{1," + (3 - first) + "}";
    return zeros + (digits[first].equals("[0-9a-f]") ? "[0-9a-f]{1," + (4 - first) + "}" : either(rest, shorter));
  }

  private static String digitClass(int lo, int hi) {
    if (lo == hi) {
      return Integer.toHexString(lo);
    }
    if (lo == 0 && hi == 15) {
      return "[0-9a-f]";
    }
    StringBuilder out = new StringBuilder("[");
    for (int d = lo; d <= hi; d++) {
      out.append(Integer.toHexString(d));
    }
    return out.append(']').toString();
  }

  /** The decimal text of the octets lo..hi, without leading zeros, grouped by all digits but the last. */
  static String octet(int lo, int hi) {
    if (lo == hi) {
      return Integer.toString(lo);
    }
    if (lo == 0 && hi == 255) {
      return OCTET;
    }
    List<String> forms = new ArrayList<>();
    int v = lo;
    while (v <= hi) {
      int tens = v / 10;
      int last = Math.min(hi, tens * 10 + 9);
      String prefix = tens == 0 ? "" : Integer.toString(tens);
      forms.add(prefix + (v == last ? Integer.toString(v % 10) : "[" + v % 10 + "-" + last % 10 + "]"));
      v = last + 1;
    }
    return "(?:" + String.join("|", forms) + ")";
  }
}
