package io.github.sigma2sumo.cse;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The functions of Cloud SIEM rule expressions with their number of arguments (docs/cse/rules/
 * cse-rules-syntax.md, reference sumo-cloud-siem.md §2.4). Names are matched ignoring case.
 */
public final class CseFunctions {

  /** Accepted argument counts; {@code max} is {@link Integer#MAX_VALUE} for "or more". */
  public record Arity(int min, int max) {
    public boolean accepts(int n) {
      return n >= min && n <= max;
    }

    @Override
    public String toString() {
      return min == max ? String.valueOf(min) : max == Integer.MAX_VALUE ? min + " or more" : min + " to " + max;
    }
  }

  private static final Map<String, Arity> FUNCTIONS = new HashMap<>();

  static {
    add(1, 1, "size", "jsonArraySize", "length", "lower", "upper", "toLowerCase", "toUpperCase", "trim", "urldecode",
        "urlencode", "base64Decode", "fromBase64", "base64Encode", "toBase64", "asciiToHex", "toHex", "hexToAscii",
        "fromHex", "hexToDec", "decToHex", "isNull", "isEmpty", "isBlank", "isNumeric", "isPrivateIP", "isPublicIP",
        "isValidIP", "isValidIPv4", "isValidIPv6", "maskFromCIDR", "ipv4ToNumber", "luhn", "num", "number",
        "toDouble", "toLong", "int", "toInt", "float", "toFloat", "toString", "abs", "acos", "asin", "atan", "cbrt",
        "ceil", "cos", "cosh", "exp", "expm1", "floor", "log", "log10", "log1p", "sin", "sinh", "sqrt", "tan", "tanh",
        "toDegrees", "toRadians");
    add(2, 2, "array_contains", "anyHttpHeaderMatches", "jsonArrayContains", "contains", "getCIDRPrefix", "atan2",
        "hypot");
    add(1, 2, "round");
    add(1, 3, "hasThreatMatch");
    add(2, 3, "substring");
    add(3, 3, "compareCIDRPrefix", "if");
    add(4, 4, "haversine");
    add(2, Integer.MAX_VALUE, "concat");
  }

  private static void add(int min, int max, String... names) {
    for (String n : names) {
      FUNCTIONS.put(n.toLowerCase(Locale.ROOT), new Arity(min, max));
    }
  }

  private CseFunctions() {}

  public static Optional<Arity> arity(String name) {
    return Optional.ofNullable(FUNCTIONS.get(name.toLowerCase(Locale.ROOT)));
  }

  public static java.util.Set<String> names() {
    return FUNCTIONS.keySet();
  }
}
