package io.github.sigma2sumo.compile;

import io.github.sigma2sumo.ast.BinaryOp;
import io.github.sigma2sumo.ast.CseRule;
import io.github.sigma2sumo.ast.Expr;
import io.github.sigma2sumo.cse.CseSchema;
import io.github.sigma2sumo.emit.CseSyntax;
import io.github.sigma2sumo.sigma.Detection;
import io.github.sigma2sumo.sigma.SigmaString;
import io.github.sigma2sumo.sigma.SigmaValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Lowers a prepared Sigma rule to a Cloud SIEM rule expression over the normalized schema: the log
 * source's vendor and product (and, for Windows categories, the events that carry them) AND the
 * detection, which the printer parenthesises.
 *
 * <p>Semantics kept (reference sumo-cloud-siem.md §2.3, §8.4; sigma.md §2-§3): Cloud SIEM compares
 * case-sensitively, so plain values compare as {@code lower(f) = 'v'} and patterns as
 * {@code lower(f) LIKE '%v%'} unless {@code |cased}; {@code *} is {@code %} and {@code ?} is
 * {@code _} in LIKE, and Windows paths stay readable as in Sumo's own rules
 * ({@code lower(baseImage) LIKE '%\windows\system32\\%'}, see {@link #likePattern}). Strings are
 * single-quoted, where a backslash is an ordinary character ({@link CseSyntax}); a plain value with
 * a literal {@code *} is a LIKE pattern without wildcards. A value with both {@code '} and a
 * backslash, or with a control character, becomes an anchored {@code (?i)} regex instead. Fields the
 * pipeline leaves unmapped are read from the raw map:
 * {@code fields['EventData.Image']} for Windows events, {@code fields['name']} otherwise.
 */
final class CseLowering extends Lowering {
  private static final String DEVICE_EVENT_ID = "metadata_deviceEventId";
  /** Windows event fields outside EventData, as Sumo's Windows JSON events name them. */
  private static final Map<String, String> WINDOWS_SYSTEM_FIELDS = Map.of("Channel", "Channel", "Computer", "Computer",
      "EventRecordID", "EventRecordID", "Keywords", "Keywords", "Level", "Level", "Task", "Task", "Opcode", "Opcode",
      "Provider_Name", "Provider.Name", "Provider_Guid", "Provider.Guid", "Version", "Version");

  CseLowering() {}

  /** The rule expression, or the first construct that cannot be expressed. */
  static CseRule lower(PreparedRule prepared) throws Unsupported {
    CseLowering lowering = new CseLowering();
    return new CseRule(List.of(), lowering.filtered(prepared, lowering.ruleCondition(prepared)), S);
  }

  /** {@code detection} AND the log source's product filter. */
  Expr filtered(PreparedRule rule, Expr detection) {
    List<Expr> all = new ArrayList<>();
    CseLogSources.product(rule.logSource()).ifPresent(p -> {
      all.add(new Expr.Binary(BinaryOp.EQ, new Expr.FieldRef("metadata_vendor", S), str(p.vendor()), S));
      all.add(new Expr.Binary(BinaryOp.EQ, new Expr.FieldRef("metadata_product", S), str(p.product()), S));
    });
    List<String> events = CseLogSources.windowsEvents(rule.logSource());
    Expr eventId = new Expr.FieldRef(DEVICE_EVENT_ID, S);
    if (events.size() == 1) {
      all.add(new Expr.Binary(BinaryOp.EQ, eventId, str(events.get(0)), S));
    } else if (events.size() > 1) {
      all.add(new Expr.In(eventId, events.stream().map(Lowering::str).toList(), false, S));
    }
    all.add(detection);
    return and(all);
  }

  @Override
  String targetName() {
    return "Cloud SIEM";
  }

  @Override
  Expr field(String name) throws Unsupported {
    if (CseSchema.isField(name) && CseSyntax.isPlainFieldName(name)) {
      return new Expr.FieldRef(name, S);
    }
    String key = name;
    if (CseLogSources.isWindows(prepared.logSource()) && !name.contains(".")) {
      key = WINDOWS_SYSTEM_FIELDS.getOrDefault(name, "EventData." + name);
    }
    if (!CseSyntax.isUnambiguousString(key)) {
      throw new Unsupported(prepared.rule().span(), "the field name '" + key + "' cannot be written in a Cloud SIEM "
          + "string (a backslash, or both quote characters)");
    }
    return new Expr.Index(new Expr.FieldRef("fields", S), str(key), S);
  }

  /**
   * The field a pipeline's {@code cse_keyword_field} names. There is no default: Cloud SIEM records
   * keep their fields, not the raw message, and which field holds the message text depends on the
   * log mapping (Sumo's mappings put it in {@code description} for some sources and a constant there
   * for others), so no choice is right for every source.
   */
  @Override
  Expr keywordText(Detection.Item item) throws Unsupported {
    if (prepared.keywordField().isEmpty()) {
      throw new Unsupported(item.span(), "a keyword search (a value with no field) has nothing to search in Cloud SIEM: "
          + "records keep their fields, not the raw message; name the field that holds the text with a "
          + "cse_keyword_field pipeline transformation");
    }
    return field(prepared.keywordField().get());
  }

  @Override
  Expr lower(Expr field) {
    return new Expr.Call("lower", List.of(field), S);
  }

  /** A value with a literal '*' is no equality: lint reads '*' in = as a mistaken wildcard, so it goes to a regex. */
  @Override
  boolean isPlainListValue(Expr field, String value) {
    return CseSyntax.isUnambiguousString(value) && value.indexOf('*') < 0 && !isDeviceEventId(field);
  }

  @Override
  Expr numberEquals(Expr field, BigDecimal n) {
    if (isDeviceEventId(field)) {
      return deviceEvent(n.toPlainString());
    }
    return super.numberEquals(field, n);
  }

  @Override
  Expr string(Expr field, SigmaString value, boolean cased) {
    if (!value.hasWildcards()) {
      String plain = value.plain();
      if (isDeviceEventId(field)) {
        return deviceEvent(plain);
      }
      String compared = cased ? plain : plain.toLowerCase(Locale.ROOT);
      if (CseSyntax.isUnambiguousString(compared) && compared.indexOf('*') < 0) {
        boolean caseFree = plain.equals(plain.toLowerCase(Locale.ROOT)) && plain.equals(plain.toUpperCase(Locale.ROOT));
        return new Expr.Binary(BinaryOp.EQ, cased || caseFree ? field : lower(field), str(compared), S);
      }
    }
    // a pattern, or a plain value with a literal '*' (which lint reads as a mistaken wildcard in =)
    Optional<String> like = likePattern(value);
    if (like.isPresent()) {
      String pattern = cased ? like.get() : like.get().toLowerCase(Locale.ROOT);
      return new Expr.Like(cased ? field : lower(field), str(pattern), Optional.empty(), false, S);
    }
    return new Expr.Matches(field, new Expr.RegexLit(RegexText.of(value, cased), "", S), false, S);
  }

  /**
   * The value as a LIKE pattern. LIKE's escape character is {@code \} unless {@code ESCAPE} names
   * another (docs/cse/rules/cse-rules-syntax.md "like": {@code '%SystemDrive%\Users\John' like
   * '\%SystemDrive\%\\Users%'} is true), so a literal {@code %} or {@code _} is written {@code \%},
   * {@code \_}. The docs are silent on an escape before any other character; Sumo's own rules write
   * {@code '%\cmd.exe'} for a backslash, so a literal backslash is written as it is where a letter or
   * any other character follows, and doubled where {@code %}, {@code _} or {@code \} follows (a
   * wildcard of the pattern or a literal one) or where it ends the pattern: {@code \windows\system32\*}
   * becomes {@code '%\windows\system32\\%'}. Both forms mean the same under the documented escape
   * and under the reading Sumo's rules rely on. Control characters go to a regex, and so does a
   * value holding both a literal {@code %} or {@code _} and a backslash: there {@code \_} (an escaped
   * underscore) sits among backslashes that are path separators, which a reader, and the
   * cse-like-escaped-wildcard check, takes for a separator followed by a wildcard.
   */
  private static Optional<String> likePattern(SigmaString value) {
    StringBuilder out = new StringBuilder();
    List<SigmaString.Part> parts = value.parts();
    boolean escapedWildcard = parts.stream().anyMatch(p -> p instanceof SigmaString.Part.Literal l
        && (l.text().indexOf('%') >= 0 || l.text().indexOf('_') >= 0));
    boolean backslash = parts.stream().anyMatch(p -> p instanceof SigmaString.Part.Literal l
        && l.text().indexOf('\\') >= 0);
    if (escapedWildcard && backslash) {
      return Optional.empty();
    }
    for (int i = 0; i < parts.size(); i++) {
      SigmaString.Part p = parts.get(i);
      if (p instanceof SigmaString.Part.AnyRun) {
        out.append('%');
      } else if (p instanceof SigmaString.Part.AnyChar) {
        out.append('_');
      } else if (p instanceof SigmaString.Part.Literal l && l.text().chars().noneMatch(c -> c < 0x20)) {
        String text = l.text();
        // the first character written after this literal, or none at the end of the pattern
        int after = i + 1 < parts.size() ? (parts.get(i + 1) instanceof SigmaString.Part.AnyRun ? '%' : '_') : -1;
        for (int k = 0; k < text.length(); k++) {
          char c = text.charAt(k);
          int next = k + 1 < text.length() ? text.charAt(k + 1) : after;
          if (c == '%' || c == '_') {
            out.append('\\').append(c);
          } else if (c == '\\') {
            out.append(next == '%' || next == '_' || next == '\\' || next == -1 ? "\\\\" : "\\");
          } else {
            out.append(c);
          }
        }
      } else {
        return Optional.empty();
      }
    }
    return Optional.of(out.toString()).filter(CseSyntax::isUnambiguousString);
  }

  @Override
  String anyRun() {
    return "%";
  }

  /** LIKE, where a '%' or '_' in the other field's value also acts as a wildcard. */
  @Override
  Expr patternTest(Expr self, Expr pattern) {
    return new Expr.Like(self, pattern, Optional.empty(), false, S);
  }

  @Override
  Expr timePart(Expr field, SigmaValue.TimePart t, Detection.Item item) throws Unsupported {
    throw new Unsupported(item.span(), "'" + t.unit() + "' takes a part of a timestamp, and Cloud SIEM rule "
        + "expressions have no date functions");
  }

  /**
   * Cloud SIEM keeps a Windows event id in {@code metadata_deviceEventId} as {@code <Channel>-<ID>}
   * (reference sumo-cloud-siem.md §2.5), so only the id itself can be tested: a pattern, a regex
   * or a numeric comparison written for the bare number would be tested against the whole text.
   */
  @Override
  void checkValue(Expr field, SigmaValue v, Detection.Item item) throws Unsupported {
    if (!isDeviceEventId(field)) {
      return;
    }
    if (v instanceof SigmaValue.Expansion e) {
      for (SigmaValue a : e.alternatives()) {
        checkValue(field, a, item);
      }
    } else if (!(v instanceof SigmaValue.Num || v instanceof SigmaValue.Exists || v instanceof SigmaValue.Null
        || v instanceof SigmaValue.Str s && !s.string().hasWildcards())) {
      throw new Unsupported(item.span(), "Cloud SIEM keeps the Windows event id as '<Channel>-<ID>' text in "
          + DEVICE_EVENT_ID + ", so only an event id itself can be tested, not " + kind(v)
          + "; list the ids instead");
    }
  }

  private static boolean isDeviceEventId(Expr field) {
    return field instanceof Expr.FieldRef f && f.name().equals(DEVICE_EVENT_ID);
  }

  /**
   * A Windows event id: {@code metadata_deviceEventId = 'Security-4624'} when the rule's service
   * names the channel, else any channel's event with that number ({@code LIKE '%-4624'}).
   */
  private Expr deviceEvent(String id) {
    Expr field = new Expr.FieldRef(DEVICE_EVENT_ID, S);
    Optional<String> channel = CseLogSources.channel(prepared.logSource());
    if (channel.isPresent() && CseSyntax.isUnambiguousString(channel.get() + "-" + id)) {
      return new Expr.Binary(BinaryOp.EQ, field, str(channel.get() + "-" + id), S);
    }
    if (id.matches("[0-9A-Za-z-]+")) {
      return new Expr.Like(field, str("%-" + id), Optional.empty(), false, S);
    }
    SigmaString endsWith = SigmaString.literal("-" + id).prependAnyRun();
    return new Expr.Matches(field, new Expr.RegexLit(RegexText.of(endsWith, true), "", S), false, S);
  }
}
