package io.github.sigma2sumo.compile;

import io.github.sigma2sumo.ast.BinaryOp;
import io.github.sigma2sumo.ast.Expr;
import io.github.sigma2sumo.ast.Query;
import io.github.sigma2sumo.ast.ScopeExpr;
import io.github.sigma2sumo.ast.Stage;
import io.github.sigma2sumo.emit.JsonEscape;
import io.github.sigma2sumo.lint.checks.RegexInWildcard;
import io.github.sigma2sumo.sigma.Detection;
import io.github.sigma2sumo.sigma.SigmaString;
import io.github.sigma2sumo.sigma.SigmaValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Lowers a prepared Sigma rule to a Sumo log search in the shared AST: the pipeline's scope, one
 * extraction stage per field the rule reads, and one {@code where} with the detection logic.
 *
 * <p>Plain values compare through {@code toLowerCase(f) = "v"}, patterns through wildcard patterns
 * on the lower-cased field or {@code (?i)} regexes, keywords search {@code _raw} (reference
 * sigma.md §2-§4; sumo-search-language.md §8-§10).
 */
final class SumoLowering extends Lowering {
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Pattern NOT_IDENTIFIER = Pattern.compile("[^A-Za-z0-9_]");
  private static final String RAW = "_raw";
  /** The message with its XML entities decoded, for keywords over an XML source. */
  private static final String DECODED_RAW = "sigma_text";

  /** A field the query reads: the name the expressions use, and how it is extracted. */
  private record FieldUse(String name, Extraction extraction) {}

  /** Sumo field name to its use, in order of first use. */
  private final Map<String, FieldUse> fieldsRead = new LinkedHashMap<>();
  /** Whether a keyword reads the decoded message ({@link #DECODED_RAW}). */
  private boolean decodedRaw;
  /** The Sumo names given out so far, lower-cased (Sumo field names ignore case). */
  private final java.util.Set<String> names = new java.util.HashSet<>();

  SumoLowering() {}

  /** The query, or the first construct that cannot be expressed. */
  static Query lower(PreparedRule prepared, Optional<ScopeExpr> scope) throws Unsupported {
    SumoLowering lowering = new SumoLowering();
    Expr where = lowering.ruleCondition(prepared);
    List<Stage> stages = new ArrayList<>(lowering.extraction());
    stages.add(new Stage.Where(where, S));
    return new Query(Optional.of(scope.orElse(new ScopeExpr.Term("*", false, S))), stages, "", S);
  }

  @Override
  String targetName() {
    return "Sumo";
  }

  @Override
  Expr keywordText(Detection.Item item) throws Unsupported {
    Optional<String> refusal = prepared.extraction().keywordRefusal();
    if (refusal.isPresent()) {
      throw new Unsupported(item.span(), refusal.get());
    }
    if (prepared.extraction().xmlText()) {
      decodedRaw = true;
      return new Expr.FieldRef(DECODED_RAW, S);
    }
    return new Expr.FieldRef(RAW, S);
  }

  /** A keyword as the raw message writes it: JSON-escaped in a JSON message, as it is otherwise. */
  @Override
  SigmaString keywordString(SigmaString value) {
    Extraction.Text text = prepared.extraction().text();
    if (text == Extraction.Text.JSON || text == Extraction.Text.JSON_HTML_SAFE) {
      boolean htmlSafe = text == Extraction.Text.JSON_HTML_SAFE;
      return value.mapLiterals(s -> JsonEscape.escape(s, htmlSafe));
    }
    return value;
  }

  /**
   * XML element text decoded: the five predefined entities, {@code &amp;} last so that
   * {@code &amp;lt;} stays {@code &lt;}. Sumo's replace with a string target replaces literally
   * (docs "replace Search Operator"); a null stays null.
   */
  static Expr xmlDecoded(Expr text) {
    Expr out = text;
    for (String[] entity : new String[][] {{"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&apos;", "'"},
        {"&amp;", "&"}}) {
      out = new Expr.Call("replace", List.of(out, new Expr.StringLit(entity[0], S), new Expr.StringLit(entity[1], S)), S);
    }
    return out;
  }

  @Override
  Expr lower(Expr field) {
    return new Expr.Call("toLowerCase", List.of(field), S);
  }

  @Override
  String anyRun() {
    return "*";
  }

  @Override
  Expr patternTest(Expr self, Expr pattern) {
    return new Expr.Matches(self, pattern, false, S);
  }

  /** Date patterns of Java's SimpleDateFormat, which formatDate takes, per Sigma time part. */
  private static final Map<String, String> TIME_PATTERNS = Map.of("minute", "m", "hour", "H", "day", "d",
      "week", "w", "month", "M", "year", "yyyy");

  /**
   * {@code |hour: 22} and friends: {@code toInt(formatDate(toLong(f), "H", "UTC")) = 22}. Only epoch
   * times can be taken apart without knowing their text format, so the field must be Sumo's
   * {@code _messagetime} or {@code _receipttime} (a pipeline can map a rule's field to them). Sigma
   * gives no time zone; UTC is used.
   */
  @Override
  Expr timePart(Expr field, SigmaValue.TimePart t, Detection.Item item) throws Unsupported {
    String name = field instanceof Expr.FieldRef f ? f.name().toLowerCase(Locale.ROOT) : "";
    if (!name.equals("_messagetime") && !name.equals("_receipttime")) {
      throw new Unsupported(item.span(), "'" + t.unit() + "' takes a part of a timestamp, which Sumo can do only for "
          + "epoch times: map " + item.field().orElse("the field") + " to _messagetime with a pipeline");
    }
    Expr part = call("toInt", call("formatDate", call("toLong", field), str(TIME_PATTERNS.get(t.unit())), str("UTC")));
    if (t.value() instanceof SigmaValue.Compare c) {
      return new Expr.Binary(op(c.op()), part, number(c.value()), S);
    }
    return new Expr.Binary(BinaryOp.EQ, part, number(((SigmaValue.Num) t.value()).value()), S);
  }

  /** A string test: equality, a wildcard pattern when that is exact, else an anchored regex. */
  @Override
  Expr string(Expr field, SigmaString value, boolean cased) {
    if (!value.hasWildcards()) {
      String plain = value.plain();
      return cased ? new Expr.Binary(BinaryOp.EQ, field, str(plain), S)
          : new Expr.Binary(BinaryOp.EQ, lower(field), str(plain.toLowerCase(Locale.ROOT)), S);
    }
    Optional<String> wildcard = wildcardPattern(value);
    if (wildcard.isPresent()) {
      String pattern = cased ? wildcard.get() : wildcard.get().toLowerCase(Locale.ROOT);
      return new Expr.Matches(cased ? field : lower(field), str(pattern), false, S);
    }
    return new Expr.Matches(field, new Expr.RegexLit(RegexText.of(value, cased), "", S), false, S);
  }

  /**
   * The value as a Sumo wildcard pattern, when that form is exact: only {@code *} wildcards, and no
   * literal {@code *}, {@code ?} or backslash (the docs define no escapes in these patterns); and
   * not when the pattern reads as regex syntax to the regex-in-wildcard check ({@code .*} at its
   * start, {@code .+}, {@code (a|b)}): a literal {@code .} before a wildcard is exact either way,
   * but the regex form says what it means to a reader and lints clean.
   */
  private static Optional<String> wildcardPattern(SigmaString value) {
    StringBuilder out = new StringBuilder();
    for (SigmaString.Part p : value.parts()) {
      if (p instanceof SigmaString.Part.AnyRun) {
        out.append('*');
      } else if (p instanceof SigmaString.Part.Literal l && l.text().chars().noneMatch(c -> c == '*' || c == '?'
          || c == '\\' || c < 0x20)) {
        out.append(l.text());
      } else {
        return Optional.empty();
      }
    }
    return RegexInWildcard.looksLikeRegex(out.toString()) ? Optional.empty() : Optional.of(out.toString());
  }

  // --- fields and extraction -----------------------------------------------------------------

  /** The where clause's reference to a Sumo field; extraction gives it an identifier name. */
  @Override
  Expr field(String sumoName) throws Unsupported {
    if (sumoName.startsWith("_")) {
      return new Expr.FieldRef(sumoName, S); // Sumo's own fields (_raw, _messagetime...) need no extraction
    }
    Extraction x = prepared.extraction();
    Optional<String> refusal = x.refusal(sumoName);
    if (refusal.isPresent()) {
      throw new Unsupported(currentItem.map(Detection.Item::span).orElse(prepared.rule().span()),
          "'" + sumoName + "' cannot be read: " + refusal.get());
    }
    FieldUse use = fieldsRead.get(sumoName);
    if (use == null) {
      // two source fields that clean up to the same name (a.b and a_b) must not share a Sumo field
      String unique = x.method() == Extraction.Method.NONE ? taken(sumoName) : uniqueName(identifier(sumoName));
      use = new FieldUse(unique, x);
      fieldsRead.put(sumoName, use);
    }
    return new Expr.FieldRef(use.name(), S);
  }

  /** One extraction stage per field read, in order of first use. */
  List<Stage> extraction() {
    List<Stage> out = new ArrayList<>();
    if (decodedRaw) {
      out.add(new Stage.Assign(xmlDecoded(new Expr.FieldRef(RAW, S)), Optional.of(DECODED_RAW), S));
    }
    for (Map.Entry<String, FieldUse> f : fieldsRead.entrySet()) {
      Extraction x = f.getValue().extraction();
      String name = f.getValue().name();
      if (x.method() == Extraction.Method.REGEX) {
        out.add(new Stage.ParseRegex(false, Optional.empty(), List.of(x.regexFor(f.getKey(), name)), false, true, S));
        if (x.xmlText() && !x.capturesDigitsOnly(f.getKey())) {
          out.add(new Stage.Assign(xmlDecoded(new Expr.FieldRef(name, S)), Optional.of(name), S));
        }
      } else if (x.method() == Extraction.Method.JSON) {
        out.addAll(json(x.placesOf(f.getKey(), name), name));
      }
    }
    return out;
  }

  /**
   * A field read with {@code json} from the first of its places that holds a value: one stage per
   * place, each {@code nodrop}, then {@code if(isEmpty(a), b, a) as a}. A place the event lacks
   * leaves its field null or "" (the docs do not say which; isEmpty is true for both).
   */
  private List<Stage> json(List<String> places, String name) {
    List<Stage> out = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (int i = 0; i < places.size(); i++) {
      String as = i == 0 ? name : uniqueName(name + "_" + (i + 1));
      names.add(as);
      out.add(new Stage.Json(Optional.empty(), false, false, List.of(places.get(i)), List.of(as),
          Optional.empty(), false, false, true, S));
    }
    for (int i = names.size() - 1; i > 0; i--) {
      Expr first = new Expr.FieldRef(names.get(i - 1), S);
      Expr choice = new Expr.Call("if", List.of(call("isEmpty", first), new Expr.FieldRef(names.get(i), S), first), S);
      out.add(new Stage.Assign(choice, Optional.of(names.get(i - 1)), S));
    }
    return out;
  }

  /** {@code name} as it is (a field that exists already), noted as given out. */
  private String taken(String name) {
    names.add(name.toLowerCase(Locale.ROOT));
    return name;
  }

  /** {@code wanted}, or {@code wanted_2}, {@code wanted_3} ... when a field has it already; noted as given out. */
  private String uniqueName(String wanted) {
    String unique = wanted;
    for (int i = 2; names.contains(unique.toLowerCase(Locale.ROOT)); i++) {
      unique = wanted + "_" + i;
    }
    names.add(unique.toLowerCase(Locale.ROOT));
    return unique;
  }

  /** A name usable as a regex group and a bare field: other characters become '_'. */
  private static String identifier(String name) {
    if (IDENTIFIER.matcher(name).matches()) {
      return name;
    }
    String out = NOT_IDENTIFIER.matcher(name).replaceAll("_");
    return Character.isDigit(out.charAt(0)) ? "_" + out : out;
  }

}
