package io.github.sigma2sumo.run.cse;

import io.github.sigma2sumo.sigma.YamlTree;
import io.github.sigma2sumo.sigma.YamlTree.Entry;
import io.github.sigma2sumo.sigma.YamlTree.YMap;
import io.github.sigma2sumo.sigma.YamlTree.YNode;
import io.github.sigma2sumo.source.Span;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The functions on arrays, maps and missing values of docs/cse/rules/cse-rules-syntax.md, with the
 * null tests of docs/search/search-query-language/search-operators/isnull-isempty-isblank.md:
 * {@code isNull(null)} only; {@code isEmpty} null or {@code ""} (not {@code " "}); {@code isBlank}
 * null, {@code ""} or white space only.
 *
 * <p>Decided where the pages are silent: {@code size}/{@code jsonArraySize} count an array's
 * elements or a map's keys and are -1 for null (the page says so of {@code jsonArraySize});
 * {@code array_contains}/{@code jsonArrayContains} compare elements as {@code =} does and are false
 * for a null array or value. Both read a string that holds a JSON array as that array (the
 * {@code json...} names are for JSON text). Any other argument (a number where an array belongs) is
 * an error for the record, not a quiet false. {@code isEmpty} of an empty array or map is true.
 * {@code anyHttpHeaderMatches(map, regex)} is true when the Java regex is found in the value of any
 * entry of the map (the page: "any HTTP header in the supplied map matches").
 */
final class CollectionFunctions {

  private CollectionFunctions() {}

  static void register(Map<String, Builtin> table) {
    Builtin size = (a, s) -> {
      Object v = collection(a[0]);
      if (v == null) {
        return BigDecimal.valueOf(-1);
      }
      if (v instanceof List<?> list) {
        return BigDecimal.valueOf(list.size());
      }
      if (v instanceof YMap map) {
        return BigDecimal.valueOf(map.entries().size());
      }
      throw new EvaluationError(s, "size needs an array or a map, and this is " + Coercions.describe(v));
    };
    table.put("size", size);
    table.put("jsonarraysize", size);
    Builtin contains = (a, s) -> {
      Object v = collection(a[0]);
      if (v == null || a[1] == null) {
        return false;
      }
      if (!(v instanceof List<?> list)) {
        throw new EvaluationError(s, "array_contains needs an array, and this is " + Coercions.describe(v));
      }
      for (Object item : list) {
        if (Coercions.equal(item, a[1], s)) {
          return true;
        }
      }
      return false;
    };
    table.put("array_contains", contains);
    table.put("jsonarraycontains", contains);
    table.put("isnull", (a, s) -> a[0] == null);
    table.put("isempty", (a, s) -> a[0] == null || "".equals(a[0]) || a[0] instanceof List<?> l && l.isEmpty()
        || a[0] instanceof YMap m && m.entries().isEmpty());
    table.put("isblank", (a, s) -> a[0] == null || a[0] instanceof String str && str.isBlank());
  }

  /** anyHttpHeaderMatches with its regex compiled once. */
  static Builtin anyHeaderMatches(JavaRegex regex) {
    return (a, s) -> anyHeaderMatches(a[0], regex, s);
  }

  /** anyHttpHeaderMatches whose regex is only known per record. */
  static Builtin anyHeaderMatches() {
    return (a, s) -> {
      String pattern = Coercions.string(a[1], s);
      if (pattern == null) {
        return false;
      }
      StringBuilder why = new StringBuilder();
      JavaRegex regex = JavaRegex.compile(pattern, why).orElseThrow(() -> new EvaluationError(s, why.toString()));
      return anyHeaderMatches(a[0], regex, s);
    };
  }

  private static boolean anyHeaderMatches(@Nullable Object headers, JavaRegex regex, Span span) {
    if (headers == null) {
      return false;
    }
    if (!(headers instanceof YMap map)) {
      throw new EvaluationError(span, "anyHttpHeaderMatches needs a map of headers, and this is "
          + Coercions.describe(headers));
    }
    for (Entry e : map.entries().values()) {
      String value = Coercions.string(scalarOrNull(e.value()), span);
      if (value != null && regex.find(value, span)) {
        return true;
      }
    }
    return false;
  }

  private static @Nullable Object scalarOrNull(YNode node) {
    Object v = Coercions.fromNode(node);
    return v instanceof List || v instanceof YMap ? null : v;
  }

  /** A string holding a JSON array or object as that value; anything else as it is. */
  private static @Nullable Object collection(@Nullable Object value) {
    if (value instanceof String s && s.length() <= JsonPath.MAX_JSON_TEXT) {
      String t = s.strip();
      if (t.startsWith("[") || t.startsWith("{")) {
        try {
          List<YNode> docs = YamlTree.documents(t);
          if (docs.size() == 1) {
            return Coercions.fromNode(docs.get(0));
          }
        } catch (YamlTree.YamlException | RuntimeException e) {
          return value;
        }
      }
    }
    return value;
  }
}
