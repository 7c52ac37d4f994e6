package io.github.sigma2sumo.cases;

import io.github.sigma2sumo.sigma.YamlTree;
import io.github.sigma2sumo.sigma.YamlTree.Entry;
import io.github.sigma2sumo.sigma.YamlTree.YList;
import io.github.sigma2sumo.sigma.YamlTree.YMap;
import io.github.sigma2sumo.sigma.YamlTree.YNode;
import io.github.sigma2sumo.sigma.YamlTree.YScalar;
import io.github.sigma2sumo.source.SourceFile;
import io.github.sigma2sumo.source.Span;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the test cases a YAML file holds, in any of three forms (docs/testing.md):
 *
 * <ul>
 *   <li>sigma-test's convention (github.com/bradleyjkemp/sigma-test): a {@code testcases:} map with
 *       {@code match:} and {@code dont-match:} lists of events inside a rule's document; one case per
 *       event. In a correlation's document each list is one sequence of events instead, since one
 *       event alone cannot make a correlation fire;
 *   <li>SigmaHQ's {@code regression_data} layout: an {@code info.yml} naming the rule
 *       ({@code rule_metadata[0].id}) and its tests ({@code regression_tests_info}: a name, the
 *       {@code path} of an EVTX file whose events are in the {@code .json} of the same name beside
 *       {@code info.yml}, and {@code match_count}, how many of them the rule must match);
 *   <li>sigma2sumo's test files: a mapping with {@code rule:} (an id, name or title) and
 *       {@code tests:}, each with a {@code name}, {@code expect:} ({@code match}, {@code no-match}
 *       or {@code {count: N}}), {@code events:} (objects, optionally {@code {time: ..., event: ...}})
 *       and {@code messages:} (raw lines with {@code metadata}, {@code fields} and {@code time}).
 * </ul>
 *
 * A problem in one case is reported with its position and the other cases still load.
 */
public final class TestCases {
  private TestCases() {}

  /** Something wrong with a test case, where it is. */
  public record Problem(SourceFile file, Span span, String message) {}

  /** The cases of a file and the problems found reading them. */
  public record Loaded(List<TestCase> cases, List<Problem> problems) {}

  /** Reads a file beside the one being read (the events of a regression test), by its name. */
  @FunctionalInterface
  public interface Siblings {
    Optional<SourceFile> read(String fileName);
  }

  /** True when {@code documents} hold test cases in one of the three forms. */
  public static boolean holdsCases(List<YNode> documents) {
    for (YNode doc : documents) {
      if (doc instanceof YMap map && (map.entries().containsKey("testcases")
          || map.entries().containsKey("regression_tests_info")
          || map.entries().containsKey("tests") && map.entries().containsKey("rule"))) {
        return true;
      }
    }
    return false;
  }

  /** The cases of {@code file}, whose YAML is {@code documents}. */
  public static Loaded load(SourceFile file, List<YNode> documents, Siblings siblings) {
    Reader reader = new Reader(file);
    for (YNode doc : documents) {
      if (!(doc instanceof YMap map)) {
        continue;
      }
      if (map.entries().containsKey("testcases")) {
        reader.sigmaTest(map);
      } else if (map.entries().containsKey("regression_tests_info")) {
        reader.regression(map, siblings);
      } else if (map.entries().containsKey("tests") && map.entries().containsKey("rule")) {
        reader.testFile(map);
      }
    }
    return new Loaded(reader.cases, reader.problems);
  }

  /** Reads one file's cases, collecting problems. */
  private static final class Reader {
    private final SourceFile file;
    private final List<TestCase> cases = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();

    Reader(SourceFile file) {
      this.file = file;
    }

    /** A problem that stops the case being read. */
    private static final class Bad extends Exception {
      final Span span;

      Bad(Span span, String message) {
        super(message, null, false, false);
        this.span = span;
      }
    }

    // --- sigma-test ---------------------------------------------------------------------------

    void sigmaTest(YMap rule) {
      Optional<String> handle = text(rule, "id").or(() -> text(rule, "name")).or(() -> text(rule, "title"));
      YNode testcases = rule.get("testcases").get();
      if (handle.isEmpty()) {
        problems.add(new Problem(file, rule.entries().get("testcases").keySpan(),
            "the test cases' rule has no id, name or title to be found by"));
        return;
      }
      if (!(testcases instanceof YMap map)) {
        problems.add(new Problem(file, testcases.span(), "testcases is a mapping with match: and dont-match: lists"));
        return;
      }
      boolean correlation = rule.entries().containsKey("correlation");
      for (Entry e : map.entries().values()) {
        Expectation expect;
        if (e.key().equals("match")) {
          expect = new Expectation.Match();
        } else if (e.key().equals("dont-match")) {
          expect = new Expectation.NoMatch();
        } else {
          problems.add(new Problem(file, e.keySpan(), "testcases has match: and dont-match:, not '" + e.key() + "'"));
          continue;
        }
        if (!(e.value() instanceof YList list)) {
          problems.add(new Problem(file, e.value().span(), e.key() + " is a list of events"));
          continue;
        }
        try {
          if (correlation) {
            List<CaseEvent> events = new ArrayList<>();
            for (YNode item : list.items()) {
              events.add(event(item));
            }
            cases.add(new TestCase(e.key(), handle.get(), expect, events, file, list.span()));
          } else {
            for (int i = 0; i < list.items().size(); i++) {
              YNode item = list.items().get(i);
              cases.add(new TestCase(e.key() + " " + (i + 1), handle.get(), expect, List.of(event(item)), file,
                  item.span()));
            }
          }
        } catch (Bad bad) {
          problems.add(new Problem(file, bad.span, bad.getMessage()));
        }
      }
    }

    // --- SigmaHQ regression_data ------------------------------------------------------------------

    void regression(YMap info, Siblings siblings) {
      Optional<String> rule = info.get("rule_metadata").filter(YList.class::isInstance)
          .flatMap(l -> ((YList) l).items().stream().findFirst())
          .filter(YMap.class::isInstance).flatMap(m -> text((YMap) m, "id"));
      if (rule.isEmpty()) {
        problems.add(new Problem(file, info.span(), "info.yml names no rule (rule_metadata: [{id: ...}])"));
        return;
      }
      if (!(info.get("regression_tests_info").get() instanceof YList tests)) {
        problems.add(new Problem(file, info.get("regression_tests_info").get().span(),
            "regression_tests_info is a list of tests"));
        return;
      }
      for (YNode t : tests.items()) {
        if (!(t instanceof YMap test)) {
          problems.add(new Problem(file, t.span(), "a regression test is a mapping with name, path and match_count"));
          continue;
        }
        String name = text(test, "name").orElse("regression test");
        Optional<String> path = text(test, "path");
        if (path.isEmpty()) {
          problems.add(new Problem(file, test.span(), "the regression test '" + name + "' has no path"));
          continue;
        }
        String base = path.get().substring(path.get().lastIndexOf('/') + 1);
        String json = (base.endsWith(".evtx") ? base.substring(0, base.length() - 5) : base) + ".json";
        Optional<SourceFile> events = siblings.read(json);
        if (events.isEmpty()) {
          problems.add(new Problem(file, test.get("path").get().span(), "the events of '" + name + "' are not in "
              + json + " beside info.yml (EVTX files are read as JSON converted from them)"));
          continue;
        }
        Optional<List<YNode>> values = JsonValues.read(events.get(), problems);
        if (values.isEmpty()) {
          continue;
        }
        List<CaseEvent> caseEvents = new ArrayList<>();
        for (YNode v : values.get()) {
          if (v instanceof YMap m) {
            caseEvents.add(new CaseEvent.Fields(m, Optional.empty(), v.span()));
          } else {
            problems.add(new Problem(events.get(), v.span(), "an event is a JSON object"));
          }
        }
        Optional<YNode> count = test.get("match_count");
        Expectation expect = count.filter(YScalar.class::isInstance).map(c -> ((YScalar) c).value())
            .filter(BigDecimal.class::isInstance).map(n -> (Expectation) new Expectation.AtLeast(((BigDecimal) n).intValue()))
            .orElse(new Expectation.Match());
        cases.add(new TestCase(name, rule.get(), expect, caseEvents, file, test.span()));
      }
    }

    // --- sigma2sumo test files ----------------------------------------------------------------------

    void testFile(YMap doc) {
      Optional<String> rule = text(doc, "rule");
      if (rule.isEmpty()) {
        problems.add(new Problem(file, doc.get("rule").get().span(), "rule: names the rule by id, name or title"));
        return;
      }
      if (!(doc.get("tests").get() instanceof YList tests)) {
        problems.add(new Problem(file, doc.get("tests").get().span(), "tests: is a list of test cases"));
        return;
      }
      for (YNode t : tests.items()) {
        try {
          cases.add(testCase(t, rule.get()));
        } catch (Bad bad) {
          problems.add(new Problem(file, bad.span, bad.getMessage()));
        }
      }
    }

    private TestCase testCase(YNode node, String rule) throws Bad {
      if (!(node instanceof YMap t)) {
        throw new Bad(node.span(), "a test case is a mapping with name, expect, and events or messages");
      }
      for (Entry e : t.entries().values()) {
        if (!List.of("name", "expect", "events", "messages", "rule").contains(e.key())) {
          throw new Bad(e.keySpan(), "a test case has name, expect, events, messages and rule, not '" + e.key() + "'");
        }
      }
      String name = text(t, "name").orElseThrow(() -> new Bad(t.span(), "the test case has no name"));
      String caseRule = text(t, "rule").orElse(rule);
      Expectation expect = expectation(t.get("expect").orElseThrow(() -> new Bad(t.span(), "the test case '" + name
          + "' says nothing to expect (expect: match, no-match or {count: N})")));
      List<CaseEvent> events = new ArrayList<>();
      for (YNode e : list(t, "events")) {
        events.add(event(e));
      }
      for (YNode m : list(t, "messages")) {
        events.add(message(m));
      }
      if (events.isEmpty()) {
        throw new Bad(t.span(), "the test case '" + name + "' has no events or messages");
      }
      return new TestCase(name, caseRule, expect, events, file, t.span());
    }

    private Expectation expectation(YNode node) throws Bad {
      if (node instanceof YScalar s && s.value() instanceof String word) {
        switch (word) {
          case "match":
            return new Expectation.Match();
          case "no-match":
          case "dont-match":
            return new Expectation.NoMatch();
          default:
            break;
        }
      } else if (node instanceof YMap m && m.entries().size() == 1 && m.get("count").orElse(null) instanceof YScalar c
          && c.value() instanceof BigDecimal n && n.signum() >= 0 && n.scale() <= 0 && n.compareTo(BigDecimal.valueOf(1_000_000)) <= 0) {
        return new Expectation.Count(n.intValueExact());
      }
      throw new Bad(node.span(), "expect is match, no-match or {count: N}");
    }

    private List<YNode> list(YMap t, String key) throws Bad {
      Optional<YNode> node = t.get(key);
      if (node.isEmpty()) {
        return List.of();
      }
      if (!(node.get() instanceof YList l)) {
        throw new Bad(node.get().span(), key + " is a list");
      }
      return l.items();
    }

    /** An event: an object, or {@code {time: ..., event: {...}}}. */
    private CaseEvent event(YNode node) throws Bad {
      if (!(node instanceof YMap map)) {
        throw new Bad(node.span(), "an event is a mapping of fields");
      }
      if (map.entries().containsKey("event") && map.entries().keySet().stream().allMatch(k -> k.equals("event")
          || k.equals("time"))) {
        if (!(map.get("event").get() instanceof YMap inner)) {
          throw new Bad(map.get("event").get().span(), "event is a mapping of fields");
        }
        return new CaseEvent.Fields(inner, time(map), map.span());
      }
      return new CaseEvent.Fields(map, Optional.empty(), map.span());
    }

    /** A raw message: {@code {raw: ..., metadata: {...}, fields: {...}, time: ...}}. */
    private CaseEvent message(YNode node) throws Bad {
      if (!(node instanceof YMap map)) {
        throw new Bad(node.span(), "a message is a mapping with raw, and optionally metadata, fields and time");
      }
      for (Entry e : map.entries().values()) {
        if (!List.of("raw", "metadata", "fields", "time").contains(e.key())) {
          throw new Bad(e.keySpan(), "a message has raw, metadata, fields and time, not '" + e.key() + "'");
        }
      }
      if (!(map.get("raw").orElse(null) instanceof YScalar raw && raw.value() instanceof String text)) {
        throw new Bad(map.span(), "a message has raw: the log line as Sumo stores it, as a string");
      }
      return new CaseEvent.Raw(text, strings(map, "metadata"), strings(map, "fields"), time(map), map.span());
    }

    private Map<String, String> strings(YMap map, String key) throws Bad {
      Map<String, String> out = new LinkedHashMap<>();
      Optional<YNode> node = map.get(key);
      if (node.isEmpty()) {
        return out;
      }
      if (!(node.get() instanceof YMap m)) {
        throw new Bad(node.get().span(), key + " is a mapping of names to values");
      }
      for (Entry e : m.entries().values()) {
        if (!(e.value() instanceof YScalar s) || s.value() == null) {
          throw new Bad(e.value().span(), "the value of " + key + "." + e.key() + " is a string or a number");
        }
        out.put(e.key(), s.text());
      }
      return out;
    }

    /** {@code time:}: an ISO-8601 timestamp with a zone (2026-11-22T10:00:00Z), or epoch milliseconds. */
    private Optional<Instant> time(YMap map) throws Bad {
      Optional<YNode> node = map.get("time");
      if (node.isEmpty()) {
        return Optional.empty();
      }
      if (node.get() instanceof YScalar s && s.value() instanceof BigDecimal n && n.scale() <= 0) {
        try {
          return Optional.of(Instant.ofEpochMilli(n.longValueExact()));
        } catch (ArithmeticException | java.time.DateTimeException e) {
          throw new Bad(s.span(), "time is out of range");
        }
      }
      if (node.get() instanceof YScalar s && s.value() instanceof String text) {
        try {
          return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException e) {
          throw new Bad(s.span(), "time is an ISO-8601 timestamp with a zone, such as 2026-11-22T10:00:00Z, or "
              + "epoch milliseconds");
        }
      }
      throw new Bad(node.get().span(), "time is an ISO-8601 timestamp with a zone, or epoch milliseconds");
    }

    private static Optional<String> text(YMap map, String key) {
      return map.get(key).filter(YScalar.class::isInstance).map(n -> (YScalar) n).filter(s -> s.value() != null)
          .map(YScalar::text).filter(s -> !s.isBlank());
    }
  }
}
