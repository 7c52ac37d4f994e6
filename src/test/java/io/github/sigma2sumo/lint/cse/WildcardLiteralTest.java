package io.github.sigma2sumo.lint.cse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sigma2sumo.diag.Diagnostic;
import io.github.sigma2sumo.diag.Severity;
import org.junit.jupiter.api.Test;

class WildcardLiteralTest {
  private final CseCheckTester tester = CseCheckTester.of(new WildcardLiteral());

  @Test
  void starsAtBothEndsAreMeantAsWildcards() {
    Diagnostic d = tester.reportsOnceAt("commandLine = '*whoami*'", 1, 15);
    assertThat(d.severity()).isEqualTo(Severity.ERROR);
    assertThat(d.message())
        .isEqualTo("'*' is a literal character in =; for a wildcard write LIKE '%whoami%' or matches \"*whoami*\"");
  }

  /** A star cannot be a character of a Windows name, so in a path it is a wildcard (a defect in a Sumo rule). */
  @Test
  void aStarInAPathIsMeantAsAWildcard() {
    assertThat(tester.reportsOnceAt("baseImage != \"*\\\\cmd.exe\"", 1, 14).severity()).isEqualTo(Severity.ERROR);
    assertThat(tester.reportsOnceAt("fields['ShareName'] != \"\\\\*\\SYSVOL\"", 1, 24).severity())
        .isEqualTo(Severity.ERROR);
  }

  @Test
  void theSameOperandMatchedWithAWildcardElsewhereShowsIntent() {
    assertThat(tester.reportsOnceAt("lower(baseImage) IN ('a.exe', 'b*.exe') OR lower(baseImage) LIKE '%c.exe'", 1, 31)
        .severity()).isEqualTo(Severity.ERROR);
    assertThat(tester.reportsOnceAt("http_url = 'x*' AND http_url matches \"*y*\"", 1, 12).severity())
        .isEqualTo(Severity.ERROR);
    // another operand's LIKE says nothing about this one
    assertThat(tester.reportsOnceAt("http_url = 'x*' AND commandLine LIKE '%y%'", 1, 12).severity())
        .isEqualTo(Severity.WARNING);
  }

  /** Sumo's own rules compare an HTTP Accept header with the literal text star-slash-star. */
  @Test
  void otherwiseALiteralStarIsAWarningThatSaysWhy() {
    Diagnostic d = tester.reportsOnceAt("fields['request_header_accept'] = '*/*'", 1, 35);
    assertThat(d.severity()).isEqualTo(Severity.WARNING);
    assertThat(d.message()).isEqualTo("'*' is a literal character in =, so this matches only the exact text */* (right "
        + "for a value that holds a star, such as an HTTP Accept header of */*); for a wildcard write LIKE '%/%' or "
        + "matches \"*/*\"");
    assertThat(tester.reportsOnceAt("lower(fields['action']) IN ('s3:*', 'iam:getuser')", 1, 29).severity())
        .isEqualTo(Severity.WARNING);
  }

  @Test
  void wildcardOperatorsAndLoneStarsAreFine() {
    tester.isClean("commandLine LIKE '%whoami%' AND commandLine matches \"*whoami*\" AND fields['x'] = '*'");
  }
}
