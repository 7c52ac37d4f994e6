package io.github.sigma2sumo.compile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The IPv6 network regexes against the arithmetic: for random networks (biased to zero groups, the
 * hard case) and addresses in and just outside them, every RFC 4291 spelling of the address
 * matches exactly when the address is in the network, under both java.util.regex and RE2 (re2j).
 */
class Ipv6PrefixTest {

  @ParameterizedTest
  @ValueSource(strings = {"2603:1006::/40", "2603:1061:1300::/40", "fe80::/10", "fc00::/7", "::1/128",
      "2a01:111:f403::/48", "2620:1ec:908::/46", "::/0", "::ffff:0:0/96", "::ffff:10.0.0.0/104",
      "64:ff9b::/96", "2001:db8::/32", "::/127", "0:0:0:1::/64", "1:0:0:0:0:0:0:0/113"})
  void corpusAndEdgeNetworks(String network) {
    Random random = new Random(network.hashCode());
    String[] parts = network.split("/");
    byte[] address = parse(parts[0]);
    int prefix = Integer.parseInt(parts[1]);
    Network n = new Network(address, prefix);
    for (int i = 0; i < 200; i++) {
      n.checkAround(random);
    }
  }

  @Test
  void randomNetworks() {
    Random random = new Random(42);
    for (int n = 0; n < 500; n++) {
      byte[] address = randomAddress(random);
      int prefix = random.nextInt(129);
      Network network = new Network(masked(address, prefix), prefix);
      for (int i = 0; i < 10; i++) {
        network.checkAround(random);
      }
    }
  }

  @Test
  void oneAddressMatchesItsSpellingsOnly() {
    Pattern loopback = Pattern.compile(Ipv6Prefix.regex(parse("::1"), 128));
    assertThat(List.of("::1", "0:0:0:0:0:0:0:1", "0000:0000:0000:0000:0000:0000:0000:0001", "::0:1", "0::1",
        "::0.0.0.1", "::1%lo")).allMatch(s -> loopback.matcher(s).matches());
    assertThat(List.of("::", "::2", "1::", "::1:0", "::10", "::1.0.0.1", "x::1", "127.0.0.1"))
        .noneMatch(s -> loopback.matcher(s).matches());
  }

  @Test
  void zeroGroupUnderThePrefixMayBeWrittenOrHidden() {
    Pattern office = Pattern.compile(Ipv6Prefix.regex(parse("2603:1006::"), 40));
    assertThat(List.of("2603:1006::1", "2603:1006:0:1::1", "2603:1006:ff::", "2603:1006:00ff:1:2:3:4:5",
        "2603:1006::", "2603:1006::ffff:1.2.3.4", "2603:1006:0:0:0:0:0:0")).allMatch(s -> office.matcher(s).matches());
    assertThat(List.of("2603:1006:100::1", "2603:1006:fff::", "2603:1007::1", "2603::1006:0:1",
        "2603:1006:1ff:1:2:3:4:5"))
        .noneMatch(s -> office.matcher(s).matches());
  }

  /** A network and its regex, compiled by both engines. */
  private record Network(byte[] address, int prefix, String regex, Pattern jdk, com.google.re2j.Pattern re2) {
    Network(byte[] address, int prefix) {
      this(address, prefix, Ipv6Prefix.regex(address, prefix));
    }

    Network(byte[] address, int prefix, String regex) {
      this(address, prefix, regex, Pattern.compile(regex), com.google.re2j.Pattern.compile(regex));
    }

    /** A random address in the network, and one a bit outside it, in every spelling. */
    void checkAround(Random random) {
      byte[] inside = withHostBits(address, prefix, random);
      check(inside, random);
      if (prefix > 0) {
        byte[] outside = inside.clone();
        int bit = random.nextInt(prefix);
        outside[bit / 8] ^= (byte) (0x80 >> (bit % 8));
        check(outside, random);
      }
    }

    private void check(byte[] candidate, Random random) {
      boolean member = Arrays.equals(masked(candidate, prefix), address);
      for (String spelling : spellings(candidate, random)) {
        if (jdk.matcher(spelling).matches() != member || re2.matcher(spelling).matches() != member) {
          fail("%s %s %s/%d, but the regex says otherwise (java %s, re2 %s): %s", spelling,
              member ? "is in" : "is not in", hex(address), prefix, jdk.matcher(spelling).matches(),
              re2.matcher(spelling).matches(), regex);
        }
      }
    }
  }

  /** Every RFC 4291 §2.2 spelling: '::' over any run of zero groups, padding, case, dotted tail, zone. */
  static List<String> spellings(byte[] address, Random random) {
    int[] g = new int[8];
    for (int i = 0; i < 8; i++) {
      g[i] = ((address[2 * i] & 0xff) << 8) | (address[2 * i + 1] & 0xff);
    }
    List<String> out = new ArrayList<>();
    for (boolean dotted : new boolean[] {false, true}) {
      int groups = dotted ? 6 : 8;
      String tail = dotted ? (address[12] & 0xff) + "." + (address[13] & 0xff) + "." + (address[14] & 0xff) + "."
          + (address[15] & 0xff) : null;
      out.add(join(g, 0, groups, random, tail));
      for (int from = 0; from < groups; from++) {
        for (int to = from + 1; to <= groups && g[to - 1] == 0; to++) {
          String head = from == 0 ? "" : join(g, 0, from, random, null);
          String rest = to == groups ? (tail == null ? "" : tail) : join(g, to, groups, random, tail);
          out.add(head + "::" + rest);
        }
      }
    }
    List<String> varied = new ArrayList<>(out);
    varied.add(out.get(0).toUpperCase(Locale.ROOT));
    varied.add(out.get(out.size() - 1) + "%eth0");
    return varied;
  }

  private static String join(int[] g, int from, int to, Random random, String tail) {
    List<String> parts = new ArrayList<>();
    for (int i = from; i < to; i++) {
      String digits = Integer.toHexString(g[i]);
      parts.add("0".repeat(random.nextInt(5 - digits.length())) + digits);
    }
    if (tail != null) {
      parts.add(tail);
    }
    return String.join(":", parts);
  }

  private static byte[] randomAddress(Random random) {
    byte[] b = new byte[16];
    for (int i = 0; i < 8; i++) {
      int kind = random.nextInt(4);
      int value = kind < 2 ? 0 : kind == 2 ? random.nextInt(0x100) : random.nextInt(0x10000);
      b[2 * i] = (byte) (value >> 8);
      b[2 * i + 1] = (byte) value;
    }
    return b;
  }

  private static byte[] withHostBits(byte[] network, int prefix, Random random) {
    byte[] out = network.clone();
    byte[] noise = randomAddress(random);
    for (int bit = prefix; bit < 128; bit++) {
      if ((noise[bit / 8] & (0x80 >> (bit % 8))) != 0) {
        out[bit / 8] |= (byte) (0x80 >> (bit % 8));
      }
    }
    return out;
  }

  private static byte[] masked(byte[] address, int prefix) {
    byte[] out = address.clone();
    for (int bit = prefix; bit < 128; bit++) {
      out[bit / 8] &= (byte) ~(0x80 >> (bit % 8));
    }
    return out;
  }

  private static byte[] parse(String text) {
    return new io.github.sigma2sumo.sigma.SigmaValue.Cidr(text, 128, true).bytes().orElseThrow();
  }

  private static String hex(byte[] b) {
    return String.format("%032x", new BigInteger(1, b));
  }
}
