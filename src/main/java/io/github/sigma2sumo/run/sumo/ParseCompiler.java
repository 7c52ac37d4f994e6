package io.github.sigma2sumo.run.sumo;

import io.github.sigma2sumo.ast.Expr;
import io.github.sigma2sumo.ast.Stage;
import io.github.sigma2sumo.source.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * Prepares the parse operators into {@link ParseStep}s and their kin: {@code parse} (anchor),
 * {@code parse regex}/{@code extract}, {@code json}, {@code keyvalue}, {@code csv}/{@code split}.
 * Several patterns in one stage become one step each, applied in order.
 *
 * <p>A {@code parse regex} pattern is RE2 when RE2 takes it, else Java's (look-around,
 * back-references), run under a budget ({@link GuardedJavaRegex}): the docs allow "a valid JAVA or
 * RE2 regular expression". Its named groups are its fields; unnamed groups capture nothing. The
 * docs say unnamed groups are not supported, yet Sumo's own app queries use them
 * ({@code "\"(?<indicators>.*?)\"(,|\])" multi}), so they are accepted.
 */
final class ParseCompiler {
  private final ExprCompiler exprs;
  private final Prep prep;
  private final ParseRuns runs;

  ParseCompiler(ExprCompiler exprs, ParseRuns runs) {
    this.exprs = exprs;
    this.prep = exprs.prep();
    this.runs = runs;
  }

  List<StageWork> anchor(int index, Stage.ParseAnchor s) {
    List<StageWork> out = new ArrayList<>();
    @Nullable Eval field = field(s.field());
    for (Stage.AnchorPattern p : s.patterns()) {
      int stars = AnchorExtraction.anchors(p.pattern()).size() - 1;
      if (p.pattern().contains("**")) {
        prep.invalid("parse", "`**` is not valid in a parse pattern; use parse regex", p.span());
        continue;
      }
      if (stars != p.names().size()) {
        prep.invalid("parse", "the pattern has " + stars + " wildcards for " + p.names().size()
            + " field names; each * needs one name", p.span());
        continue;
      }
      out.add(step(index, AnchorExtraction.of(p.pattern()), field, slots(p.names()), s.nodrop(), out.isEmpty(),
          false));
    }
    return out;
  }

  List<StageWork> regex(int index, Stage.ParseRegex s) {
    List<StageWork> out = new ArrayList<>();
    @Nullable Eval field = field(s.field());
    String operator = s.extractKeyword() ? "extract" : "parse regex";
    for (String pattern : s.patterns()) {
      Optional<Regex> regex = compile(pattern, operator, s.span());
      if (regex.isEmpty()) {
        continue;
      }
      Map<String, Integer> named = regex.get().namedGroups();
      if (named.isEmpty()) {
        prep.invalid(operator, operator + " needs at least one named group (?<name>...)", s.span());
        continue;
      }
      List<String> names = new ArrayList<>(named.keySet());
      int[] groupNumbers = named.values().stream().mapToInt(Integer::intValue).toArray();
      int[] targets = slots(names);
      boolean first = out.isEmpty();
      if (s.multi()) {
        out.add(new MultiParse(regex.get(), groupNumbers, field, prep.rawSlot(), targets, s.nodrop(),
            first && runs.startsRun(index)));
      } else {
        out.add(step(index, new RegexExtraction(pattern, regex.get(), groupNumbers), field, targets, s.nodrop(),
            first, false));
      }
    }
    return out;
  }

  /** RE2 first; a pattern only Java's engine takes runs under a budget; else the query is invalid. */
  private Optional<Regex> compile(String pattern, String operator, Span span) {
    try {
      return Optional.of(Re2Regex.compile(pattern));
    } catch (com.google.re2j.PatternSyntaxException re2) {
      try {
        return Optional.of(GuardedJavaRegex.compile(pattern));
      } catch (java.util.regex.PatternSyntaxException java) {
        prep.invalid(operator, "the regex is neither RE2 nor Java: " + re2.getDescription()
            + (re2.getPattern().isEmpty() ? "" : ": `" + re2.getPattern() + "`"), span);
        return Optional.empty();
      } catch (StackOverflowError deep) {
        prep.invalid(operator, "the regex is nested too deeply", span);
        return Optional.empty();
      }
    }
  }

  List<StageWork> json(int index, Stage.Json s) {
    @Nullable Eval field = field(s.field());
    if (s.auto()) {
      int depth = 0;
      if (s.maxDepth().isPresent()) {
        depth = (int) prep.number(s.maxDepth().get(), "json auto maxdepth").orElse(0);
      }
      prep.fieldsOpen();
      return List.of(new JsonAutoStep(field, prep.rawSlot(), depth, s.extractArrays(), s.paths(), s.names(),
          s.refOnly()));
    }
    if (s.paths().isEmpty()) {
      prep.invalid("json", "json needs a path, or auto", s.span());
      return List.of();
    }
    List<String> names = s.names().isEmpty() ? s.paths() : s.names();
    if (names.size() != s.paths().size()) {
      prep.invalid("json", "json names " + s.paths().size() + " paths but gives " + names.size() + " field names",
          s.span());
      return List.of();
    }
    List<JsonPath> paths = new ArrayList<>();
    for (String p : s.paths()) {
      JsonPath.Parsed parsed = JsonPath.parse(p);
      if (parsed.path().isEmpty()) {
        prep.notEvaluated("json \"" + p + "\"", "the JSONPath holds " + parsed.why(), s.span());
        return List.of();
      }
      paths.add(parsed.path().get());
    }
    return List.of(step(index, new JsonExtraction(s.paths(), paths), field, slots(names), s.nodrop(), true, true));
  }

  List<StageWork> keyValue(int index, Stage.KeyValue s) {
    if (s.regex().isPresent()) {
      prep.notEvaluated("keyvalue regex", s.span());
      return List.of();
    }
    if (s.auto() || s.keys().isEmpty()) {
      prep.notEvaluated("keyvalue auto", "only keyvalue with named keys is evaluated", s.span());
      return List.of();
    }
    if (s.delimiter().isPresent()) {
      prep.notEvaluated("keyvalue delim", s.span());
      return List.of();
    }
    List<String> names = s.names();
    if (names.isEmpty()) {
      names = s.keys().stream().map(KeyValueExtraction::fieldName).toList();
    }
    if (names.size() != s.keys().size()) {
      prep.invalid("keyvalue", "keyvalue names " + s.keys().size() + " keys but gives " + names.size()
          + " field names", s.span());
      return List.of();
    }
    return List.of(step(index, new KeyValueExtraction(s.keys()), field(s.field()), slots(names), s.nodrop(), true,
        false));
  }

  List<StageWork> split(Stage.Split s) {
    char delimiter = ',';
    char quote = '"';
    char escape = '\\';
    for (Stage.SplitOption o : s.options()) {
      String c = o.character();
      if (c.equals("\\t")) {
        c = "\t";
      }
      if (c.length() != 1) {
        prep.invalid(s.csv() ? "csv" : "split", "the " + o.key().name().toLowerCase(java.util.Locale.ROOT)
            + " option takes one character, not '" + o.character() + "'", o.span());
        return List.of();
      }
      switch (o.key()) {
        case DELIM -> delimiter = c.charAt(0);
        case QUOTE -> quote = c.charAt(0);
        case ESCAPE -> escape = c.charAt(0);
        default -> throw new IllegalStateException(o.key().name());
      }
    }
    List<Integer> columns = new ArrayList<>();
    List<String> names = new ArrayList<>();
    int next = 1;
    for (Stage.ExtractItem item : s.items()) {
      int column = next;
      if (item.position().isPresent()) {
        OptionalDouble n = prep.number(item.position().get(), "extract position");
        if (n.isEmpty()) {
          return List.of();
        }
        column = (int) n.getAsDouble();
      }
      next = column + 1;
      if (!item.name().equals("_")) {
        columns.add(column);
        names.add(item.name());
      }
    }
    @Nullable Eval field = field(Optional.of(s.field()));
    Extraction e = new SplitExtraction(delimiter, quote, escape, columns.stream().mapToInt(Integer::intValue).toArray());
    return List.of(new ParseStep(e, field, prep.rawSlot(), slots(names), true, true, false, false));
  }

  private ParseStep step(int index, Extraction extraction, @Nullable Eval field, int[] targets, boolean nodrop,
      boolean firstOfStage, boolean strict) {
    boolean lazy = runs.mayWait(index);
    return new ParseStep(extraction, field, prep.rawSlot(), targets, nodrop, lazy,
        firstOfStage && runs.startsRun(index), strict);
  }

  /** The input of {@code field=f}; null for the raw message. */
  private @Nullable Eval field(Optional<Expr> field) {
    if (field.isEmpty()) {
      return null;
    }
    if (field.get() instanceof Expr.FieldRef f && FieldNames.lower(f.name()).equals("_raw")) {
      return null;
    }
    return exprs.eval(field.get());
  }

  private int[] slots(List<String> names) {
    return names.stream().mapToInt(prep::define).toArray();
  }
}
