package io.github.sigma2sumo.lint.cse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sigma2sumo.diag.Diagnostic;
import org.junit.jupiter.api.Test;

class LikeEscapedWildcardTest {
  private final CseCheckTester tester = CseCheckTester.of(new LikeEscapedWildcard());

  /** The form of Sumo's rule AGGREGATION-S00005: a folder's files meant, a literal % matched. */
  @Test
  void anEscapedPercentAfterAPathSeparator() {
    Diagnostic d = tester.reportsOnceAt(
        "NOT (file_path LIKE '%Microsoft\\Windows Defender Advanced Threat Protection\\DataCollection\\%')", 1, 21);
    assertThat(d.message()).isEqualTo("'\\%' is an escaped percent sign (LIKE's escape character is \\), so it matches "
        + "that character itself, not a backslash and then any text; the pattern's other backslashes are path "
        + "separators, so write '\\\\%'");
    assertThat(d.fix().flatMap(f -> f.replacement())).contains(
        "'%Microsoft\\Windows Defender Advanced Threat Protection\\DataCollection\\\\%'");
    assertThat(tester.reportsOnceAt("lower(baseImage) LIKE '%\\temp\\_x.exe'", 1, 23).message())
        .startsWith("'\\_' is an escaped underscore");
  }

  @Test
  void theDocumentedEscapeAndDoubledBackslashesAreFine() {
    tester.isClean("'%SystemDrive%\\Users\\John' like '\\%SystemDrive\\%\\\\Users%'");
    tester.isClean("lower(baseImage) LIKE '%\\windows\\system32\\\\%' AND file_path LIKE '%\\cmd.exe'");
    tester.isClean("file_path LIKE '%\\x\\%' ESCAPE '!' AND commandLine LIKE '100\\%'");
  }
}
