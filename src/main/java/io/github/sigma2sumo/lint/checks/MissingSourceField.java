package io.github.sigma2sumo.lint.checks;

import io.github.sigma2sumo.ast.Expr;
import io.github.sigma2sumo.ast.ScopeExpr;
import io.github.sigma2sumo.ast.Stage;
import io.github.sigma2sumo.diag.Fix;
import io.github.sigma2sumo.diag.Severity;
import io.github.sigma2sumo.lint.AbstractCheck;
import io.github.sigma2sumo.lint.QueryWalk;
import io.github.sigma2sumo.lint.Reporter;
import io.github.sigma2sumo.sumo.SysmonSchema;
import io.github.sigma2sumo.source.Span;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A query over Sysmon events that relies on what Sysmon does not log. Two mistakes are common:
 * summing or averaging a field no Sysmon event carries (Sysmon network events, event 3, have no
 * byte counts, so {@code sum(BytesSent)} over them adds nothing), and parsing event XML with
 * {@code <Image>...</Image>}, while Windows event XML writes {@code <Data Name="Image">...</Data>}.
 * The query reads Sysmon when its scope names a source containing "sysmon". Field list:
 * {@link SysmonSchema}.
 */
public final class MissingSourceField extends AbstractCheck {
  /** Numeric aggregates: over a field that is never there, they silently compute nothing. */
  private static final Set<String> NUMERIC = Set.of("sum", "avg", "min", "max", "stddev", "pct", "median");

  private static final Pattern GROUP_NAME = Pattern.compile("\\(\\?P?<([A-Za-z_]\\w*)>");
  private static final Pattern EVENT_ID_FIELD = Pattern.compile("(?i)EventCode|EventID|EventData\\.EventID");
  private static final Pattern FIELD_NAME = Pattern.compile("[A-Za-z_][\\w.]*");
  private static final Pattern XML_ELEMENT = Pattern.compile("<([A-Za-z]\\w*)>");

  public MissingSourceField() {
    super("missing-source-field", Severity.WARNING,
        "field or XML element that the Sysmon events in the scope do not carry");
  }

  @Override
  public void check(QueryWalk walk, Reporter out) {
    if (!readsSysmon(walk)) {
      return;
    }
    Optional<Integer> eventId = eventId(walk);
    Set<String> named = new HashSet<>();
    walk.stages().forEach(stage -> named.addAll(namesCreatedBy(stage)));
    for (Stage stage : walk.stages()) {
      if (stage instanceof Stage.ParseRegex parse) {
        parse.patterns().forEach(p -> xmlElements(p, parse, eventId, out));
      } else if (stage instanceof Stage.Aggregate aggregate) {
        for (Stage.AggregateCall call : aggregate.calls()) {
          if (call.args().size() == 1 && call.args().get(0) instanceof Expr.FieldRef field) {
            numericOverMissing(call.function(), field.name(), field.span(), named, out);
          }
        }
      }
    }
    // `| stats sum(BytesSent) ...` is not Sumo, but the field is just as missing.
    for (QueryWalk.RawCall call : walk.rawCalls()) {
      if (call.args().items().size() == 1 && call.args().items().get(0) instanceof Stage.RawArg.Word word) {
        numericOverMissing(call.name(), word.text(), word.span(), named, out);
      }
    }
  }

  private static boolean readsSysmon(QueryWalk walk) {
    for (ScopeExpr node : walk.scopeNodes()) {
      String text = node instanceof ScopeExpr.Field f ? f.value().text()
          : node instanceof ScopeExpr.Term t ? t.text() : "";
      if (text.toLowerCase(Locale.ROOT).contains("sysmon")) {
        return true;
      }
    }
    return false;
  }

  /** The event id the scope selects ({@code EventCode=3}, {@code EventID=3}), if exactly one. */
  private static Optional<Integer> eventId(QueryWalk walk) {
    Set<Integer> ids = new HashSet<>();
    for (ScopeExpr node : walk.scopeNodes()) {
      if (node instanceof ScopeExpr.Field f && !f.negated() && EVENT_ID_FIELD.matcher(f.name()).matches()
          && f.value().text().matches("\\d{1,5}")) {
        ids.add(Integer.parseInt(f.value().text()));
      }
    }
    return ids.size() == 1 ? Optional.of(ids.iterator().next()) : Optional.empty();
  }

  private static void xmlElements(String pattern, Stage.ParseRegex parse, Optional<Integer> eventId, Reporter out) {
    Matcher m = XML_ELEMENT.matcher(pattern);
    while (m.find()) {
      String element = m.group(1);
      if (!SysmonSchema.isDataField(element)) {
        continue;
      }
      if (eventId.isPresent() && !SysmonSchema.eventCarries(eventId.get(), element).orElse(true)) {
        out.report(parse.span(), "Sysmon event " + eventId.get() + " (" + SysmonSchema.eventName(eventId.get())
            + ") has no " + element + " field, so this extracts nothing on the events the scope selects",
            Fix.describe("take " + element + " from another event (join on ProcessGuid) or drop it"));
      }
      if (pattern.contains("</" + element + ">")) {
        Matcher group = GROUP_NAME.matcher(pattern.substring(m.end()));
        String name = group.lookingAt() ? group.group(1) : element;
        out.report(parse.span(), "Sysmon event XML has no <" + element + "> element: event data is written as "
            + "<Data Name=\"" + element + "\">...</Data>, so this pattern never matches",
            Fix.describe("match <Data Name=[\"']" + element + "[\"']>(?<" + name + ">[^<]*)</Data>"));
      }
      return;
    }
  }

  private static void numericOverMissing(String function, String name, Span span, Set<String> named,
      Reporter out) {
    if (!NUMERIC.contains(function.toLowerCase(Locale.ROOT)) || !FIELD_NAME.matcher(name).matches()) {
      return;
    }
    if (!SysmonSchema.carries(name) && !named.contains(name.toLowerCase(Locale.ROOT)) && !name.startsWith("_")) {
      out.report(span, "no Sysmon event carries '" + name + "' (Sysmon network events have no byte "
          + "counts); on Sysmon events " + function + "(" + name + ") computes nothing",
          Fix.describe("take " + name + " from a source that logs it (proxy, firewall or flow logs)"));
    }
  }

  /** Field names a stage creates explicitly (not those of {@code json auto}, which are unknown). */
  private static Set<String> namesCreatedBy(Stage stage) {
    Set<String> names = new HashSet<>();
    if (stage instanceof Stage.ParseRegex p) {
      p.patterns().forEach(pattern -> {
        Matcher m = GROUP_NAME.matcher(pattern);
        while (m.find()) {
          names.add(m.group(1));
        }
      });
    } else if (stage instanceof Stage.ParseAnchor p) {
      p.patterns().forEach(pattern -> names.addAll(pattern.names()));
    } else if (stage instanceof Stage.Json j) {
      names.addAll(j.names());
      names.addAll(j.paths());
    } else if (stage instanceof Stage.KeyValue kv) {
      names.addAll(kv.names());
      names.addAll(kv.keys());
    } else if (stage instanceof Stage.Assign a) {
      a.alias().ifPresent(names::add);
    } else if (stage instanceof Stage.Aggregate a) {
      a.calls().forEach(c -> c.alias().ifPresent(names::add));
    }
    Set<String> lower = new HashSet<>();
    names.forEach(n -> lower.add(n.toLowerCase(Locale.ROOT)));
    return lower;
  }
}
