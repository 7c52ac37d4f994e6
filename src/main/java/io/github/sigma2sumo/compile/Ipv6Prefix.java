package io.github.sigma2sumo.compile;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An IPv6 network as a regex over the address text, since Sumo's compareCIDRPrefix is IPv4 only.
 * The text of an address varies (leading zeros dropped, a run of zero groups written {@code ::}),
 * so only networks whose prefix can be read from the text are expressed: a single address (/128,
 * matched in its compressed, plain and full spellings), and prefixes whose fixed groups are
 * nonzero, so that no {@code ::} can hide them ({@code fe80::/10}, {@code fc00::/7},
 * {@code 2a01:111:f403::/48}). Anything else is refused with the reason.
 */
final class Ipv6Prefix {
  private Ipv6Prefix() {}

  static Optional<String> regex(String address, int prefixLength) {
    int[] groups;
    try {
      byte[] b = InetAddress.getByName(address).getAddress();
      groups = new int[8];
      for (int i = 0; i < 8; i++) {
        groups[i] = ((b[2 * i] & 0xff) << 8) | (b[2 * i + 1] & 0xff);
      }
    } catch (UnknownHostException e) {
      return Optional.empty();
    }
    if (prefixLength == 128) {
      return Optional.of("(?i)^(" + String.join("|", spellings(groups)) + ")$");
    }
    StringBuilder out = new StringBuilder("(?i)^");
    int fixed = prefixLength / 16;
    for (int i = 0; i < fixed; i++) {
      if (groups[i] == 0) {
        return Optional.empty(); // a zero group may be written '::'
      }
      out.append("0*").append(Integer.toHexString(groups[i])).append(':');
    }
    int bits = prefixLength % 16;
    if (bits > 0) {
      int low = groups[fixed];
      int high = low | (0xffff >>> bits);
      if (low < 0x1000) {
        return Optional.empty(); // leading zeros of the group are dropped in the text: variable length
      }
      out.append("0*").append(range(low, high)).append(':');
    }
    // the rest of the address: the regex matches the whole value, right whether matches tests the
    // whole value or searches in it
    return Optional.of(out.append("(?s:.*)$").toString());
  }

  /** A 4-digit hex range aligned to a bit boundary, as digit classes: fe80-febf is fe[89ab][0-9a-f]. */
  private static String range(int low, int high) {
    StringBuilder out = new StringBuilder();
    for (int shift = 12; shift >= 0; shift -= 4) {
      int lo = (low >> shift) & 0xf;
      int hi = (high >> shift) & 0xf;
      if (lo == hi) {
        out.append(Integer.toHexString(lo));
      } else if (lo == 0 && hi == 15) {
        out.append("[0-9a-f]");
      } else {
        out.append('[');
        for (int d = lo; d <= hi; d++) {
          out.append(Integer.toHexString(d));
        }
        out.append(']');
      }
    }
    return out.toString();
  }

  /** The RFC 5952 form, the form without '::', and the fully padded form. */
  private static List<String> spellings(int[] groups) {
    List<String> plain = new ArrayList<>();
    List<String> full = new ArrayList<>();
    for (int g : groups) {
      plain.add(Integer.toHexString(g));
      full.add(String.format("%04x", g));
    }
    int bestStart = -1;
    int bestLength = 1;
    for (int i = 0; i < 8; i++) {
      int j = i;
      while (j < 8 && groups[j] == 0) {
        j++;
      }
      if (j - i > bestLength) {
        bestStart = i;
        bestLength = j - i;
      }
      i = Math.max(i, j);
    }
    List<String> out = new ArrayList<>();
    if (bestStart >= 0) {
      String head = String.join(":", plain.subList(0, bestStart));
      String tail = String.join(":", plain.subList(bestStart + bestLength, 8));
      out.add((head + "::" + tail).replace(".", "\\."));
    }
    out.add(String.join(":", plain));
    out.add(String.join(":", full));
    return out;
  }
}
