package io.github.sigma2sumo.sigma;

import io.github.sigma2sumo.diag.Suggestions;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Applies a detection item's modifier chain ({@code Field|contains|all}) to its raw YAML values,
 * left to right, with the type and order rules of the Sigma specification and pySigma (reference
 * sigma.md §3; SigmaHQ/sigma-specification, specification/sigma-modifiers-appendix.md). Where
 * pySigma deviates from the specification ({@code utf16} with a UTF-8 BOM, base64offset over the
 * escaped text), the specification wins.
 */
public final class Modifiers {

  /** What the chain produced, or why it cannot apply. */
  public record Result(List<SigmaValue> values, boolean all, boolean negated) {}

  /** A modifier that cannot apply, and why. */
  public static final class ModifierException extends Exception {
    public ModifierException(String message) {
      super(message);
    }
  }

  /** Maximum number of windash variants of one value (5 per dash: 5^5). */
  static final int MAX_WINDASH_VARIANTS = 3125;

  private static final Set<String> KNOWN = Set.of("contains", "startswith", "endswith", "all", "base64",
      "base64offset", "wide", "utf16le", "utf16be", "utf16", "windash", "re", "i", "ignorecase", "m", "multiline",
      "s", "dotall", "cidr", "exists", "fieldref", "gt", "gte", "lt", "lte", "cased", "neq", "expand", "minute",
      "hour", "day", "week", "month", "year");

  /** Modifiers that must come first: they read the raw value. */
  private static final Set<String> FIRST_ONLY = Set.of("re", "cidr", "exists");

  private static final Map<String, SigmaValue.CompareOp> COMPARE = Map.of("gt", SigmaValue.CompareOp.GT,
      "gte", SigmaValue.CompareOp.GTE, "lt", SigmaValue.CompareOp.LT, "lte", SigmaValue.CompareOp.LTE);

  private static final Pattern WINDASH = Pattern.compile("\\B[-/]\\b");
  private static final Pattern IPV4_ADDRESS = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
  private static final Pattern IPV6_ADDRESS = Pattern.compile("[0-9A-Fa-f:.]+");
  private static final char[] DASHES = {'-', '/', '\u2013', '\u2014', '\u2015'};

  private Modifiers() {}

  public static Set<String> known() {
    return KNOWN;
  }

  /**
   * Applies {@code modifiers} to the raw values (String, BigDecimal, Boolean or null, as the YAML
   * loader typed them).
   */
  public static Result apply(List<String> modifiers, List<Object> raw) throws ModifierException {
    for (int i = 0; i < modifiers.size(); i++) {
      String m = modifiers.get(i);
      if (!KNOWN.contains(m)) {
        String hint = Suggestions.closest(m, KNOWN).map(s -> "; did you mean '" + s + "'?").orElse("");
        throw new ModifierException("unknown modifier '" + m + "'" + hint);
      }
      if (FIRST_ONLY.contains(m) && i > 0) {
        throw new ModifierException("'" + m + "' must be the first modifier: it reads the value as written");
      }
    }
    List<SigmaValue> values = new ArrayList<>(raw.size());
    String first = modifiers.isEmpty() ? "" : modifiers.get(0);
    for (Object r : raw) {
      values.add(initial(r, first));
    }
    boolean all = false;
    boolean negated = false;
    for (int i = modifiers.size() > 0 && FIRST_ONLY.contains(first) ? 1 : 0; i < modifiers.size(); i++) {
      String m = modifiers.get(i);
      switch (m) {
        case "all" -> all = true;
        case "neq" -> negated = true;
        default -> {
          List<SigmaValue> next = new ArrayList<>(values.size());
          for (SigmaValue v : values) {
            next.add(one(m, v));
          }
          values = next;
        }
      }
    }
    for (SigmaValue v : values) {
      if (v instanceof SigmaValue.Encoded || v instanceof SigmaValue.Expansion e
          && e.alternatives().stream().anyMatch(a -> a instanceof SigmaValue.Encoded)) {
        throw new ModifierException("wide/utf16 values are bytes: follow the modifier with base64 or base64offset");
      }
    }
    return new Result(values, all, negated);
  }

  /** The value before modifiers; {@code re}, {@code cidr} and {@code exists} read it raw. */
  private static SigmaValue initial(Object raw, String first) throws ModifierException {
    switch (first) {
      case "re" -> {
        String pattern = requireString(raw, "re");
        try {
          Pattern.compile(pattern);
        } catch (PatternSyntaxException e) {
          throw new ModifierException("invalid regular expression: " + e.getDescription() + " near index " + e.getIndex());
        }
        return new SigmaValue.Regex(pattern, Set.of());
      }
      case "cidr" -> {
        return cidr(requireString(raw, "cidr"));
      }
      case "exists" -> {
        if (!(raw instanceof Boolean b)) {
          throw new ModifierException("'exists' takes true or false, not " + describe(raw));
        }
        return new SigmaValue.Exists(b);
      }
      default -> {
        if (raw == null) {
          return new SigmaValue.Null();
        } else if (raw instanceof Boolean b) {
          return new SigmaValue.Bool(b);
        } else if (raw instanceof BigDecimal n) {
          return new SigmaValue.Num(n);
        }
        return new SigmaValue.Str(SigmaString.parse((String) raw), false);
      }
    }
  }

  private static SigmaValue one(String modifier, SigmaValue v) throws ModifierException {
    if (v instanceof SigmaValue.Expansion e && !modifier.equals("base64offset")) {
      List<SigmaValue> out = new ArrayList<>();
      for (SigmaValue a : e.alternatives()) {
        out.add(one(modifier, a));
      }
      return new SigmaValue.Expansion(out);
    }
    return switch (modifier) {
      case "contains" -> wrap(v, true, true);
      case "startswith" -> wrap(v, false, true);
      case "endswith" -> wrap(v, true, false);
      case "cased" -> v instanceof SigmaValue.Str s ? new SigmaValue.Str(s.string(), true) : typeError(modifier, v);
      case "base64" -> base64(v);
      case "base64offset" -> base64offset(v);
      case "wide", "utf16le" -> new SigmaValue.Encoded(encode(text(modifier, v), "UTF-16LE", false));
      case "utf16be" -> new SigmaValue.Encoded(encode(text(modifier, v), "UTF-16BE", false));
      case "utf16" -> new SigmaValue.Encoded(encode(text(modifier, v), "UTF-16LE", true));
      case "windash" -> windash(v);
      case "i", "ignorecase", "m", "multiline", "s", "dotall" -> regexFlag(modifier, v);
      case "fieldref" -> fieldref(v);
      case "gt", "gte", "lt", "lte" -> v instanceof SigmaValue.Num n
          ? new SigmaValue.Compare(COMPARE.get(modifier), n.value())
          : v instanceof SigmaValue.TimePart t && t.value() instanceof SigmaValue.Num n
              ? new SigmaValue.TimePart(t.unit(), new SigmaValue.Compare(COMPARE.get(modifier), n.value()))
              : typeError(modifier, v);
      case "expand" -> v instanceof SigmaValue.Str s
          ? new SigmaValue.Str(s.string().withPlaceholders(), s.cased()) : typeError(modifier, v);
      case "minute", "hour", "day", "week", "month", "year" -> v instanceof SigmaValue.Num
          ? new SigmaValue.TimePart(modifier, v) : typeError(modifier, v);
      default -> throw new IllegalStateException("modifier " + modifier);
    };
  }

  private static SigmaValue wrap(SigmaValue v, boolean before, boolean after) throws ModifierException {
    if (v instanceof SigmaValue.Str s) {
      SigmaString out = s.string();
      out = before ? out.prependAnyRun() : out;
      out = after ? out.appendAnyRun() : out;
      return new SigmaValue.Str(out, s.cased());
    } else if (v instanceof SigmaValue.Regex r) {
      String p = r.pattern();
      if (before && !p.startsWith(".*") && !p.startsWith("^")) {
        p = ".*" + p;
      }
      if (after && !p.endsWith(".*") && !p.endsWith("$")) {
        p = p + ".*";
      }
      return new SigmaValue.Regex(p, r.flags());
    } else if (v instanceof SigmaValue.FieldRef f) {
      return new SigmaValue.FieldRef(f.field(), f.startsWith() || after, f.endsWith() || before);
    }
    return typeError(before && after ? "contains" : before ? "endswith" : "startswith", v);
  }

  private static SigmaValue base64(SigmaValue v) throws ModifierException {
    byte[] bytes = bytes("base64", v);
    return new SigmaValue.Str(SigmaString.literal(Base64.getEncoder().encodeToString(bytes)), true);
  }

  /**
   * The three encodings of a value at byte offsets 0, 1 and 2 inside a longer base64 text, with the
   * characters that depend on neighbouring bytes cut off (reference sigma.md §3.3).
   */
  private static SigmaValue base64offset(SigmaValue v) throws ModifierException {
    byte[] value = bytes("base64offset", v);
    List<SigmaValue> out = new ArrayList<>(3);
    int[] skipStart = {0, 2, 3};
    for (int shift = 0; shift < 3; shift++) {
      byte[] shifted = new byte[shift + value.length];
      java.util.Arrays.fill(shifted, 0, shift, (byte) ' ');
      System.arraycopy(value, 0, shifted, shift, value.length);
      String encoded = Base64.getEncoder().encodeToString(shifted);
      int rest = (value.length + shift) % 3;
      int skipEnd = rest == 0 ? 0 : rest == 1 ? 3 : 2;
      String core = encoded.substring(skipStart[shift], encoded.length() - skipEnd);
      out.add(new SigmaValue.Str(SigmaString.literal(core), true));
    }
    return new SigmaValue.Expansion(out);
  }

  private static byte[] bytes(String modifier, SigmaValue v) throws ModifierException {
    if (v instanceof SigmaValue.Encoded e) {
      return e.bytes().getBytes(StandardCharsets.ISO_8859_1);
    }
    return text(modifier, v).getBytes(StandardCharsets.UTF_8);
  }

  /** The plain text of a string value; wildcards cannot be encoded. */
  private static String text(String modifier, SigmaValue v) throws ModifierException {
    if (!(v instanceof SigmaValue.Str s)) {
      return typeError(modifier, v);
    }
    if (s.string().hasWildcards() || s.string().hasPlaceholders()) {
      throw new ModifierException("'" + modifier + "' cannot encode a value with wildcards (" + s.string()
          + "); put contains/startswith/endswith after it");
    }
    return s.string().plain();
  }

  private static String encode(String text, String charset, boolean bom) {
    byte[] body = text.getBytes(java.nio.charset.Charset.forName(charset));
    byte[] out = bom ? new byte[body.length + 2] : body;
    if (bom) {
      out[0] = (byte) 0xFF;
      out[1] = (byte) 0xFE;
      System.arraycopy(body, 0, out, 2, body.length);
    }
    return new String(out, StandardCharsets.ISO_8859_1);
  }

  /** Every variant with each command-line dash replaced by - / – — ― (reference sigma.md §3.4). */
  private static SigmaValue windash(SigmaValue v) throws ModifierException {
    if (!(v instanceof SigmaValue.Str s)) {
      return typeError("windash", v);
    }
    List<SigmaString> variants = List.of(new SigmaString(List.of()));
    for (SigmaString.Part part : s.string().parts()) {
      List<List<SigmaString.Part>> choices = new ArrayList<>();
      if (part instanceof SigmaString.Part.Literal l) {
        for (String text : dashVariants(l.text())) {
          choices.add(List.of(new SigmaString.Part.Literal(text)));
        }
      } else {
        choices.add(List.of(part));
      }
      List<SigmaString> next = new ArrayList<>();
      for (SigmaString prefix : variants) {
        for (List<SigmaString.Part> choice : choices) {
          List<SigmaString.Part> parts = new ArrayList<>(prefix.parts());
          parts.addAll(choice);
          next.add(new SigmaString(parts));
        }
      }
      if (next.size() > MAX_WINDASH_VARIANTS) {
        throw new ModifierException("windash of '" + s.string() + "' gives more than " + MAX_WINDASH_VARIANTS
            + " variants");
      }
      variants = next;
    }
    List<SigmaValue> out = new ArrayList<>(variants.size());
    variants.forEach(x -> out.add(new SigmaValue.Str(x, s.cased())));
    return out.size() == 1 ? out.get(0) : new SigmaValue.Expansion(out);
  }

  private static List<String> dashVariants(String text) throws ModifierException {
    Matcher m = WINDASH.matcher(text);
    List<Integer> positions = new ArrayList<>();
    while (m.find()) {
      positions.add(m.start());
    }
    if (Math.pow(DASHES.length, positions.size()) > MAX_WINDASH_VARIANTS) {
      throw new ModifierException("windash of '" + text + "' gives more than " + MAX_WINDASH_VARIANTS + " variants");
    }
    List<String> out = new ArrayList<>(List.of(text));
    for (int position : positions) {
      List<String> next = new ArrayList<>();
      for (String s : out) {
        for (char dash : DASHES) {
          next.add(s.substring(0, position) + dash + s.substring(position + 1));
        }
      }
      out = next;
    }
    return out;
  }

  private static SigmaValue regexFlag(String modifier, SigmaValue v) throws ModifierException {
    if (!(v instanceof SigmaValue.Regex r)) {
      throw new ModifierException("'" + modifier + "' is a flag of 're' and needs it first");
    }
    Set<Character> flags = new HashSet<>(r.flags());
    flags.add(modifier.charAt(0) == 'i' ? 'i' : modifier.charAt(0) == 'm' ? 'm' : 's');
    return new SigmaValue.Regex(r.pattern(), flags);
  }

  private static SigmaValue fieldref(SigmaValue v) throws ModifierException {
    if (!(v instanceof SigmaValue.Str s)) {
      return typeError("fieldref", v);
    }
    if (s.string().hasWildcards()) {
      throw new ModifierException("'fieldref' takes a field name, not a pattern (" + s.string()
          + "); put contains/startswith/endswith after it");
    }
    return new SigmaValue.FieldRef(s.string().plain(), false, false);
  }

  /** An IPv4 or IPv6 network; host bits must be zero, as in pySigma's strict parsing. */
  static SigmaValue.Cidr cidr(String text) throws ModifierException {
    int slash = text.indexOf('/');
    String address = slash < 0 ? text : text.substring(0, slash);
    boolean v6 = address.contains(":");
    if (!(v6 ? IPV6_ADDRESS : IPV4_ADDRESS).matcher(address).matches()) {
      throw new ModifierException("'" + text + "' is not an IPv4 or IPv6 network");
    }
    int bits = v6 ? 128 : 32;
    int prefix;
    try {
      prefix = slash < 0 ? bits : Integer.parseInt(text.substring(slash + 1));
    } catch (NumberFormatException e) {
      throw new ModifierException("'" + text + "' has no valid prefix length");
    }
    if (prefix < 0 || prefix > bits) {
      throw new ModifierException("prefix length " + prefix + " is outside 0.." + bits);
    }
    SigmaValue.Cidr network = new SigmaValue.Cidr(address.toLowerCase(Locale.ROOT), prefix, v6);
    byte[] bytes = network.bytes().orElseThrow(() ->
        new ModifierException("'" + address + "' is not an IP" + (v6 ? "v6" : "v4") + " address"));
    for (int bit = prefix; bit < bits; bit++) {
      if ((bytes[bit / 8] & (0x80 >> (bit % 8))) != 0) {
        throw new ModifierException("'" + text + "' has host bits set; the network is written with them zero");
      }
    }
    return network;
  }

  private static String requireString(Object raw, String modifier) throws ModifierException {
    if (!(raw instanceof String s)) {
      throw new ModifierException("'" + modifier + "' takes a string, not " + describe(raw));
    }
    return s;
  }

  private static <T> T typeError(String modifier, SigmaValue v) throws ModifierException {
    throw new ModifierException("'" + modifier + "' does not apply to " + describe(v));
  }

  private static String describe(Object v) {
    if (v == null || v instanceof SigmaValue.Null) {
      return "null";
    } else if (v instanceof Boolean || v instanceof SigmaValue.Bool) {
      return "a boolean";
    } else if (v instanceof BigDecimal || v instanceof SigmaValue.Num) {
      return "a number";
    } else if (v instanceof SigmaValue.Regex) {
      return "a regular expression";
    } else if (v instanceof SigmaValue.Str || v instanceof String) {
      return "a string";
    }
    return "this value";
  }
}
