package io.github.sigma2sumo.lint.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sigma2sumo.diag.Diagnostic;
import io.github.sigma2sumo.diag.Location;
import io.github.sigma2sumo.diag.Severity;
import io.github.sigma2sumo.lint.policy.SuppressionComments.Language;
import io.github.sigma2sumo.source.SourceFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Inline suppressions ({@code sigma2sumo-ignore}) in each language: which line a comment silences,
 * that markers inside strings are no comments, and the {@value LintPolicy#CHECK} findings about
 * suppressions that cannot work.
 */
class SuppressionCheckTest {

  private static final List<String> CHECKS = List.of("wildcard-equals", "case-sensitive-match", "sigma-field",
      "cse-mixed-and-or", "sumo-syntax", "compile", LintPolicy.CHECK);

  private static Diagnostic finding(String file, String check, int line) {
    return new Diagnostic(check, Severity.WARNING, "m", new Location(file, line, 1, line, 2), Optional.empty());
  }

  private static LintPolicy.Applied apply(SourceFile source, Language language, boolean honour, Diagnostic... found) {
    return LintPolicy.apply(List.of(found), List.of(new LintPolicy.Input(source, language)),
        LintConfig.none(Path.of("").toAbsolutePath()), honour, CHECKS);
  }

  @Test
  void aTrailingCommentSilencesItsLineAndALoneCommentTheNextLineOfCode() {
    SourceFile q = SourceFile.of("q.sumo", """
        _sourceCategory=proxy
        | where host = "*.dropbox.com" // sigma2sumo-ignore: wildcard-equals the literal is meant
        // sigma2sumo-ignore: case-sensitive-match, wildcard-equals -- exact case is wanted here

        | where image = "*\\\\Rclone.exe"
        | where other = "a*"
        """);
    LintPolicy.Applied applied = apply(q, Language.SEARCH, true, finding("q.sumo", "wildcard-equals", 2),
        finding("q.sumo", "wildcard-equals", 5), finding("q.sumo", "case-sensitive-match", 5),
        finding("q.sumo", "wildcard-equals", 6));
    assertThat(applied.reported()).extracting(d -> d.location().line()).containsExactly(6);
    assertThat(applied.suppressed()).isEqualTo(3);
    assertThat(apply(q, Language.SEARCH, false, finding("q.sumo", "wildcard-equals", 2)).reported()).hasSize(1);
  }

  @Test
  void aMarkerInsideAStringIsNoComment() {
    SourceFile q = SourceFile.of("q.sumo", "\"// sigma2sumo-ignore: wildcard-equals x\" | where a = \"b*\"\n");
    assertThat(apply(q, Language.SEARCH, true, finding("q.sumo", "wildcard-equals", 1)).reported()).hasSize(1);
  }

  @Test
  void cloudSiemTakesBlockCommentsAndSigmaYamlComments() {
    SourceFile cse = SourceFile.of("r.cse", "/* sigma2sumo-ignore: cse-mixed-and-or grouped on purpose */\n"
        + "a = 1 AND b = 2 OR c = 3\n");
    assertThat(apply(cse, Language.CSE, true, finding("r.cse", "cse-mixed-and-or", 2)).reported()).isEmpty();
    SourceFile sigma = SourceFile.of("r.yml", """
        title: t
        detection:
          selection:
            # sigma2sumo-ignore: sigma-field added by our enrichment
            CommandLin|contains: rclone
            Imgae: x  # sigma2sumo-ignore: sigma-field also ours
            Other: 'a # sigma2sumo-ignore: sigma-field in a string'
          condition: selection
        """);
    LintPolicy.Applied applied = apply(sigma, Language.SIGMA, true, finding("r.yml", "sigma-field", 5),
        finding("r.yml", "sigma-field", 6), finding("r.yml", "sigma-field", 7));
    assertThat(applied.reported()).extracting(d -> d.location().line()).containsExactly(7);
  }

  @Test
  void theFileFormSilencesTheWholeFile() {
    SourceFile q = SourceFile.of("q.sumo", "* | where a = \"b*\"\n| where c = \"d*\"\n"
        + "// sigma2sumo-ignore-file: wildcard-equals generated from a template\n");
    assertThat(apply(q, Language.SEARCH, true, finding("q.sumo", "wildcard-equals", 1),
        finding("q.sumo", "wildcard-equals", 2)).reported()).isEmpty();
  }

  @Test
  void syntaxAndCompileErrorsCannotBeSilenced() {
    SourceFile q = SourceFile.of("q.sumo", "* | where ( // sigma2sumo-ignore: sumo-syntax, compile reason\n");
    LintPolicy.Applied applied = apply(q, Language.SEARCH, true, finding("q.sumo", "sumo-syntax", 1));
    assertThat(applied.reported()).extracting(Diagnostic::checkId)
        .containsExactly("sumo-syntax", LintPolicy.CHECK, LintPolicy.CHECK);
    assertThat(applied.reported().get(1).message()).contains("'compile' findings cannot be suppressed");
  }

  @Test
  void suppressionsThatCannotWorkAreReported() {
    SourceFile q = SourceFile.of("q.sumo", """
        * // sigma2sumo-ignore: wildcard-equal typo here
        | count // sigma2sumo-ignore: wildcard-equals
        | count // sigma2sumo-ignore
        // sigma2sumo-ignore: wildcard-equals nothing follows
        """);
    List<Diagnostic> reported = apply(q, Language.SEARCH, true).reported();
    assertThat(reported).allMatch(d -> d.checkId().equals(LintPolicy.CHECK) && d.severity() == Severity.WARNING);
    assertThat(reported).extracting(Diagnostic::message).containsExactly(
        "the suppression names 'wildcard-equal', which is no check (did you mean 'wildcard-equals'?); it silences"
            + " nothing",
        "the suppression gives no reason: say why after the check names, for the next reader",
        "this suppression names no check: write 'sigma2sumo-ignore: check-name reason'",
        "the suppression is followed by no line to apply to");
    assertThat(reported).extracting(d -> d.location().line() + ":" + d.location().column())
        .containsExactly("1:3", "2:9", "3:9", "4:1");
  }

  @Test
  void directivesReadChecksAndReason() {
    assertThat(Directive.parse(" sigma2sumo-ignore: a-b, c_d -- why not")).contains(
        new Directive(false, List.of("a-b", "c_d"), "why not"));
    assertThat(Directive.parse("sigma2sumo-ignore-file:x because")).contains(
        new Directive(true, List.of("x"), "because"));
    assertThat(Directive.parse("sigma2sumo-ignored: x")).isEmpty();
    assertThat(Directive.parse("see sigma2sumo-ignore: x")).isEmpty();
  }
}
