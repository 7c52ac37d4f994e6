package io.github.sigma2sumo.run.cse;

import io.github.sigma2sumo.source.Span;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The string functions of docs/cse/rules/cse-rules-syntax.md. A null argument gives null unless the
 * page says otherwise ({@code length(null)} is 0); numbers and booleans are read as their text.
 * Decided where the page is silent:
 * <ul>
 *   <li>{@code concat} is null when any argument is null (Spark's concat, whose description the
 *       page follows); numbers are written plainly ({@code concat(1, "/", 2020)} is
 *       {@code "1/2020"}).
 *   <li>{@code length} and {@code substring} count code points; {@code substring} outside the
 *       page's rules (a start below 0 or not below the length, an end below the start) is null.
 *   <li>{@code trim} removes white space as {@link String#strip} does.
 *   <li>{@code contains(a, b)} is case-sensitive and false when either is null.
 *   <li>{@code urldecode} of malformed text, {@code base64Decode} of invalid Base64 and
 *       {@code hexToAscii} of invalid hex are null; decoded bytes are read as UTF-8 (malformed
 *       UTF-8 is null too). {@code asciiToHex} writes lower-case hex of the UTF-8 bytes.
 *   <li>{@code luhn} keeps only the digits of its text
 *       (docs/search/search-query-language/search-operators/luhn.md: "strips out all characters
 *       that are not numerals") and is false without digits.
 * </ul>
 */
final class StringFunctions {

  private StringFunctions() {}

  static void register(Map<String, Builtin> table) {
    Builtin lower = (a, s) -> map(a[0], s, v -> v.toLowerCase(Locale.ROOT));
    Builtin upper = (a, s) -> map(a[0], s, v -> v.toUpperCase(Locale.ROOT));
    table.put("lower", lower);
    table.put("tolowercase", lower);
    table.put("upper", upper);
    table.put("touppercase", upper);
    table.put("trim", (a, s) -> map(a[0], s, String::strip));
    table.put("length", (a, s) -> {
      String v = Coercions.string(a[0], s);
      return BigDecimal.valueOf(v == null ? 0 : v.codePointCount(0, v.length()));
    });
    table.put("tostring", (a, s) -> Coercions.string(a[0], s));
    table.put("concat", StringFunctions::concat);
    table.put("contains", (a, s) -> {
      String hay = Coercions.string(a[0], s);
      String needle = Coercions.string(a[1], s);
      return hay != null && needle != null && hay.contains(needle);
    });
    table.put("substring", StringFunctions::substring);
    table.put("urldecode", (a, s) -> map(a[0], s, StringFunctions::urlDecode));
    table.put("urlencode", (a, s) -> map(a[0], s, v -> URLEncoder.encode(v, StandardCharsets.UTF_8)));
    Builtin fromBase64 = (a, s) -> map(a[0], s, StringFunctions::base64Decode);
    Builtin toBase64 = (a, s) -> map(a[0], s,
        v -> Base64.getEncoder().encodeToString(v.getBytes(StandardCharsets.UTF_8)));
    table.put("base64decode", fromBase64);
    table.put("frombase64", fromBase64);
    table.put("base64encode", toBase64);
    table.put("tobase64", toBase64);
    Builtin toHex = (a, s) -> map(a[0], s, v -> HexFormat.of().formatHex(v.getBytes(StandardCharsets.UTF_8)));
    Builtin fromHex = (a, s) -> map(a[0], s, StringFunctions::hexDecode);
    table.put("asciitohex", toHex);
    table.put("tohex", toHex);
    table.put("hextoascii", fromHex);
    table.put("fromhex", fromHex);
    table.put("luhn", (a, s) -> {
      String v = Coercions.string(a[0], s);
      return v != null && luhn(v);
    });
  }

  private interface StringOp {
    @Nullable String apply(String value);
  }

  private static @Nullable Object map(@Nullable Object value, Span span, StringOp op) {
    String s = Coercions.string(value, span);
    return s == null ? null : op.apply(s);
  }

  private static @Nullable Object concat(@Nullable Object[] args, Span span) {
    StringBuilder out = new StringBuilder();
    for (Object arg : args) {
      String s = Coercions.string(arg, span);
      if (s == null) {
        return null;
      }
      out.append(s);
    }
    return out.toString();
  }

  private static @Nullable Object substring(@Nullable Object[] args, Span span) {
    String s = Coercions.string(args[0], span);
    BigDecimal start = Coercions.number(args[1], span);
    BigDecimal end = args.length > 2 ? Coercions.number(args[2], span) : null;
    if (s == null || start == null || args.length > 2 && end == null) {
      return null;
    }
    int length = s.codePointCount(0, s.length());
    long from = start.longValue();
    long to = end == null ? length : Math.min(end.longValue(), length);
    if (from < 0 || from >= length || end != null && end.longValue() < from) {
      return null;
    }
    return s.substring(s.offsetByCodePoints(0, (int) from), s.offsetByCodePoints(0, (int) to));
  }

  private static @Nullable String urlDecode(String value) {
    try {
      return URLDecoder.decode(value, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static @Nullable String base64Decode(String value) {
    try {
      return utf8(Base64.getDecoder().decode(value.replaceAll("\\s+", "")));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static @Nullable String hexDecode(String value) {
    String v = value.strip();
    if (v.length() % 2 != 0) {
      return null;
    }
    try {
      return utf8(HexFormat.of().parseHex(v));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static @Nullable String utf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  static boolean luhn(String value) {
    int sum = 0;
    int digits = 0;
    for (int i = value.length() - 1; i >= 0; i--) {
      char c = value.charAt(i);
      if (c < '0' || c > '9') {
        continue;
      }
      int d = c - '0';
      if (digits++ % 2 == 1) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
    }
    return digits > 0 && sum % 10 == 0;
  }
}
