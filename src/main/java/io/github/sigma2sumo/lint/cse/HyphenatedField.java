package io.github.sigma2sumo.lint.cse;

import io.github.sigma2sumo.ast.CseRule;
import io.github.sigma2sumo.ast.Expr;
import io.github.sigma2sumo.diag.Fix;
import io.github.sigma2sumo.diag.Severity;
import io.github.sigma2sumo.lint.CseCheck;
import io.github.sigma2sumo.lint.Reporter;
import java.util.List;

/**
 * A field name with hyphens written bare ({@code cs-uri-query = 'x'}), which CSE reads as a
 * subtraction of three fields. Raw fields with such names are read from the map:
 * {@code fields['cs-uri-query']} (reference peer-outputs.md: both official converters emit it).
 */
final class HyphenatedField extends CseCheck.Base {
  HyphenatedField() {
    super("cse-hyphenated-field", Severity.ERROR, "Field name with hyphens that reads as a subtraction");
  }

  @Override
  public void check(CseRule rule, List<Expr> nodes, Reporter out) {
    for (Expr.Binary name : HyphenatedNames.of(nodes, out)) {
      String text = HyphenatedNames.text(name);
      out.report(name.span(), text + " reads as a subtraction (" + text.replace("-", " - ") + "); a field with "
          + "hyphens in its name is read as fields['" + text + "']",
          Fix.replaceWith("read it from the fields map", "fields['" + text + "']"));
    }
  }
}
