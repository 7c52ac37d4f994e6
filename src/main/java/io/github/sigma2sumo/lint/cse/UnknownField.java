package io.github.sigma2sumo.lint.cse;

import io.github.sigma2sumo.ast.CseRule;
import io.github.sigma2sumo.ast.Expr;
import io.github.sigma2sumo.cse.CseSchema;
import io.github.sigma2sumo.diag.Fix;
import io.github.sigma2sumo.diag.Severity;
import io.github.sigma2sumo.diag.Suggestions;
import io.github.sigma2sumo.lint.CseCheck;
import io.github.sigma2sumo.lint.QueryWalk;
import io.github.sigma2sumo.lint.Reporter;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Bare field names that are not in the normalized schema (the bundled list, reference
 * sumo-cloud-siem.md §4). A vendor's own field is read from the map, {@code fields['EventData.Image']};
 * a Sigma or Sysmon name such as {@code CommandLine} is named with its schema spelling. A dotted
 * vendor name ({@code fields.yaraStatus}, {@code bro_smb_file.action}) is only a warning. An
 * unquoted word in an {@code IN} list ({@code IN (post, patch, put)}) is a field too, and is named
 * as a value that needs quotes. Aliases of
 * {@code json} clauses are fields of their own; the filter argument of {@code hasThreatMatch} names
 * indicator attributes, not record fields.
 */
final class UnknownField extends CseCheck.Base {
  /** Indicator-set words that hasThreatMatch takes as a bare last argument. */
  private static final Set<String> INDICATOR_SETS = Set.of("active_indicators", "expired_indicators", "all_indicators");

  UnknownField() {
    super("cse-unknown-field", Severity.ERROR, "Field that is not in the Cloud SIEM normalized schema");
  }

  @Override
  public void check(CseRule rule, List<Expr> nodes, Reporter out) {
    Set<String> aliases = new HashSet<>();
    rule.jsonClauses().forEach(j -> j.aliases().forEach(a -> aliases.add(a.toLowerCase(Locale.ROOT))));
    Set<Expr> exempt = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (Expr e : nodes) {
      if (e instanceof Expr.Call c && c.name().equalsIgnoreCase("hasThreatMatch")) {
        for (Expr arg : c.args().subList(Math.min(1, c.args().size()), c.args().size())) {
          exempt.addAll(QueryWalk.outsideSubqueries(arg));
        }
      }
    }
    Set<Expr> listed = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (Expr e : nodes) {
      if (e instanceof Expr.In in) {
        listed.addAll(in.values());
      }
    }
    for (Expr.Binary hyphenated : HyphenatedNames.of(nodes, out)) {
      exempt.addAll(HyphenatedNames.parts(hyphenated)); // cse-hyphenated-field reports them
    }
    for (Expr e : nodes) {
      if (!(e instanceof Expr.FieldRef f) || exempt.contains(e) || aliases.contains(f.name().toLowerCase(Locale.ROOT))
          || CseSchema.isField(f.name())) {
        continue;
      }
      Optional<String> spelling = CseSchema.spelling(f.name());
      if (listed.contains(e) && spelling.isEmpty()) {
        // IN (post, patch, put) reads three fields, each null: the values were meant as text
        out.report(f.span(), f.name() + " in an IN list is read as a field, not as text; quote it: '" + f.name() + "'",
            Fix.certain("quote the value", "'" + f.name() + "'"));
      } else if (spelling.isPresent()) {
        out.report(f.span(), "the schema spells this field " + spelling.get() + " (field names are case-sensitive)",
            Fix.certain("use the schema spelling", spelling.get()));
      } else if (f.name().contains(".")) {
        dotted(f, out);
      } else {
        Optional<String> near = Suggestions.closest(f.name(), CseSchema.fields());
        out.report(f.span(), f.name() + " is not in the Cloud SIEM normalized schema; " + near.map(n -> "did you mean "
            + n + "? Or read").orElse("read") + " a vendor field as fields['" + f.name() + "']");
      }
    }
  }

  /**
   * A dotted name reads a key of the map its first part names ({@code fields.yaraStatus}; Zeek's
   * {@code bro_smb_file.action}), the form of Sumo's legacy rules. Cloud SIEM runs them, so when the
   * first part is a field this is a warning that suggests the documented index form; only for
   * {@code fields.x} is the rewrite certain enough to offer as a fix. When the first part names no
   * field ({@code EventData.Image}) the name reads nothing: an error.
   */
  private static void dotted(Expr.FieldRef f, Reporter out) {
    String name = f.name();
    int dot = name.indexOf('.');
    String head = name.substring(0, dot);
    String key = name.substring(dot + 1);
    if (head.equals("fields") || head.equals("_raw")) {
      out.report(Severity.WARNING, f.span(), name + " reads the key " + key + " of the fields map with a dot, as Sumo's "
          + "legacy rules do; the documented form is fields['" + key + "']",
          Fix.replaceWith("read it with fields['...']", "fields['" + key + "']"));
    } else if (CseSchema.isField(head)) {
      out.report(Severity.WARNING, f.span(), name + " reads the key " + key + " of the map field " + head
          + " with a dot, as Sumo's legacy rules do; the documented forms are " + head + "['" + key
          + "'] or, for a vendor field, fields['" + name + "']");
    } else {
      out.report(f.span(), name + " is not a schema field; a vendor field is read as fields['" + name + "']",
          Fix.replaceWith("read it from the fields map", "fields['" + name + "']"));
    }
  }
}
