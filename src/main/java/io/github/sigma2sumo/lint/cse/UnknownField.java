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
 * a Sigma or Sysmon name such as {@code CommandLine} is named with its schema spelling. Aliases of
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
    for (Expr.Binary hyphenated : HyphenatedNames.of(nodes, out)) {
      exempt.addAll(HyphenatedNames.parts(hyphenated)); // cse-hyphenated-field reports them
    }
    for (Expr e : nodes) {
      if (!(e instanceof Expr.FieldRef f) || exempt.contains(e) || aliases.contains(f.name().toLowerCase(Locale.ROOT))
          || CseSchema.isField(f.name())) {
        continue;
      }
      Optional<String> spelling = CseSchema.spelling(f.name());
      if (spelling.isPresent()) {
        out.report(f.span(), "the schema spells this field " + spelling.get() + " (field names are case-sensitive)",
            Fix.replaceWith("use the schema spelling", spelling.get()));
      } else if (f.name().contains(".")) {
        out.report(f.span(), f.name() + " is not a schema field; a vendor field is read as fields['" + f.name() + "']",
            Fix.replaceWith("read it from the fields map", "fields['" + f.name() + "']"));
      } else {
        Optional<String> near = Suggestions.closest(f.name(), CseSchema.fields());
        out.report(f.span(), f.name() + " is not in the Cloud SIEM normalized schema; " + near.map(n -> "did you mean "
            + n + "? Or read").orElse("read") + " a vendor field as fields['" + f.name() + "']");
      }
    }
  }
}
