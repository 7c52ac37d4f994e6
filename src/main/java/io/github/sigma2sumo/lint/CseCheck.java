package io.github.sigma2sumo.lint;

import io.github.sigma2sumo.ast.CseRule;
import io.github.sigma2sumo.ast.Expr;
import io.github.sigma2sumo.diag.Severity;
import java.util.List;

/** One lint check over a parsed Cloud SIEM rule expression; stateless, reports through a {@link Reporter}. */
public interface CseCheck {
  CheckInfo info();

  /** Reports what is wrong in {@code rule}; {@code nodes} is every expression node in source order. */
  void check(CseRule rule, List<Expr> nodes, Reporter out);

  /** A CSE check that states its id, default severity and summary once, in its constructor. */
  abstract class Base implements CseCheck {
    private final CheckInfo info;

    protected Base(String id, Severity defaultSeverity, String summary) {
      this.info = new CheckInfo(id, defaultSeverity, summary);
    }

    @Override
    public final CheckInfo info() {
      return info;
    }
  }
}
