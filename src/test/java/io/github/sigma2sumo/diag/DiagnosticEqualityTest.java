package io.github.sigma2sumo.diag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Diagnostic, Location and Fix write out equals and hashCode: two are equal exactly when every
 * component is, as for any record (packs rely on it to report what two targets share once).
 */
class DiagnosticEqualityTest {
  private static final Location AT = new Location("a.yml", 3, 5, 3, 9);
  private static final Fix FIX = Fix.replaceWith("use |contains", "x|contains");

  private static Diagnostic diagnostic(String check, Severity severity, String message, Location at,
      Optional<Fix> fix) {
    return new Diagnostic(check, severity, message, at, fix);
  }

  @Test
  void equalWhenEveryComponentIsEqual() {
    Diagnostic d = diagnostic("c", Severity.ERROR, "m", AT, Optional.of(FIX));
    Diagnostic same = diagnostic(new String("c"), Severity.ERROR, new String("m"),
        new Location(new String("a.yml"), 3, 5, 3, 9), Optional.of(Fix.replaceWith("use |contains", "x|contains")));
    assertThat(same).isEqualTo(d).hasSameHashCodeAs(d);
    assertThat(new LinkedHashSet<>(List.of(d, same, d))).containsExactly(d);
  }

  @Test
  void differentWhenAnyComponentDiffers() {
    Diagnostic d = diagnostic("c", Severity.ERROR, "m", AT, Optional.of(FIX));
    assertThat(List.of(
        diagnostic("other", Severity.ERROR, "m", AT, Optional.of(FIX)),
        diagnostic("c", Severity.WARNING, "m", AT, Optional.of(FIX)),
        diagnostic("c", Severity.ERROR, "other", AT, Optional.of(FIX)),
        diagnostic("c", Severity.ERROR, "m", new Location("b.yml", 3, 5, 3, 9), Optional.of(FIX)),
        diagnostic("c", Severity.ERROR, "m", new Location("a.yml", 4, 5, 4, 9), Optional.of(FIX)),
        diagnostic("c", Severity.ERROR, "m", new Location("a.yml", 3, 6, 3, 9), Optional.of(FIX)),
        diagnostic("c", Severity.ERROR, "m", new Location("a.yml", 3, 5, 4, 9), Optional.of(FIX)),
        diagnostic("c", Severity.ERROR, "m", new Location("a.yml", 3, 5, 3, 8), Optional.of(FIX)),
        diagnostic("c", Severity.ERROR, "m", AT, Optional.of(Fix.describe("use |contains"))),
        diagnostic("c", Severity.ERROR, "m", AT, Optional.of(Fix.replaceWith("other", "x|contains"))),
        diagnostic("c", Severity.ERROR, "m", AT, Optional.empty())))
        .allSatisfy(other -> assertThat(other).isNotEqualTo(d));
    assertThat(d).isNotEqualTo(null).isNotEqualTo("c");
  }
}
