package io.github.sigma2sumo.sigma;

import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A value of a detection item after its modifiers have been applied: what the item compares the
 * field (or the whole event, for keywords) with. Reference sigma.md §2.2 (types) and §3 (what
 * each modifier produces).
 */
public sealed interface SigmaValue {

  /** A string with wildcards; {@code cased} when matched case-sensitively ({@code |cased}). */
  record Str(SigmaString string, boolean cased) implements SigmaValue {
    public Str {
      Objects.requireNonNull(string, "string");
    }
  }

  /** A regular expression ({@code |re}) with its flags among {@code i}, {@code m}, {@code s}. */
  record Regex(String pattern, Set<Character> flags) implements SigmaValue {
    public Regex {
      Objects.requireNonNull(pattern, "pattern");
      flags = Set.copyOf(flags);
    }
  }

  /** An IP network ({@code |cidr}): its address text and prefix length. */
  record Cidr(String address, int prefixLength, boolean ipv6) implements SigmaValue {
    public Cidr {
      Objects.requireNonNull(address, "address");
    }

    private static final Pattern IPV4_TEXT = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6_TEXT = Pattern.compile("[0-9A-Fa-f:.]+");

    /**
     * The address's bytes, 4 or 16 as {@link #ipv6()} says (an IPv4-mapped IPv6 address such as
     * {@code ::ffff:10.0.0.1} stays 16), or empty when the text is not an address literal.
     */
    public Optional<byte[]> bytes() {
      if (!(ipv6 ? IPV6_TEXT : IPV4_TEXT).matcher(address).matches()) {
        return Optional.empty(); // so that no name is ever looked up
      }
      byte[] bytes;
      try {
        bytes = InetAddress.getByName(address).getAddress();
      } catch (UnknownHostException e) {
        return Optional.empty();
      }
      if (ipv6 && bytes.length == 4) {
        byte[] mapped = new byte[16];
        mapped[10] = (byte) 0xff;
        mapped[11] = (byte) 0xff;
        System.arraycopy(bytes, 0, mapped, 12, 4);
        bytes = mapped;
      }
      return bytes.length == (ipv6 ? 16 : 4) ? Optional.of(bytes) : Optional.empty();
    }
  }

  /** A number, compared numerically. */
  record Num(BigDecimal value) implements SigmaValue {
    public Num {
      Objects.requireNonNull(value, "value");
    }
  }

  record Bool(boolean value) implements SigmaValue {}

  /** {@code null}: the field is absent or null. */
  record Null() implements SigmaValue {}

  /** {@code |exists}: the field is present ({@code true}) or absent ({@code false}). */
  record Exists(boolean present) implements SigmaValue {}

  /** {@code |gt}, {@code |gte}, {@code |lt}, {@code |lte}. */
  record Compare(CompareOp op, BigDecimal value) implements SigmaValue {
    public Compare {
      Objects.requireNonNull(op, "op");
      Objects.requireNonNull(value, "value");
    }
  }

  /** {@code |fieldref}: the value of another field of the same event. */
  record FieldRef(String field, boolean startsWith, boolean endsWith) implements SigmaValue {
    public FieldRef {
      Objects.requireNonNull(field, "field");
    }
  }

  /** Alternatives from one value ({@code windash}, {@code base64offset}): OR-linked, even under {@code all}. */
  record Expansion(List<SigmaValue> alternatives) implements SigmaValue {
    public Expansion {
      alternatives = List.copyOf(alternatives);
    }
  }

  /**
   * Bytes from {@code wide}/{@code utf16*}, one char (0-255) per byte, waiting for {@code base64}
   * or {@code base64offset}; a search cannot use them directly.
   */
  record Encoded(String bytes) implements SigmaValue {
    public Encoded {
      Objects.requireNonNull(bytes, "bytes");
    }
  }

  /**
   * A time-part modifier ({@code |hour}, ...): the part of the field's timestamp compared with
   * {@code value} (a number, or a comparison after {@code |gte} and friends).
   */
  record TimePart(String unit, SigmaValue value) implements SigmaValue {
    public TimePart {
      Objects.requireNonNull(unit, "unit");
      Objects.requireNonNull(value, "value");
    }
  }

  enum CompareOp {
    GT(">"), GTE(">="), LT("<"), LTE("<=");

    private final String symbol;

    CompareOp(String symbol) {
      this.symbol = symbol;
    }

    public String symbol() {
      return symbol;
    }
  }
}
