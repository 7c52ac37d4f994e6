package io.github.sigma2sumo.cli;

import io.github.sigma2sumo.testing.Golden;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code sigma2sumo lint} output in each format for the queries in golden/lint/*.sumo and the Cloud
 * SIEM expressions in golden/lint/*.cse, against the committed .txt, .json and .sarif files beside
 * them (named after the input without its extension).
 */
class LintGoldenTest {
  private static final Path DIR = Golden.ROOT.resolve("lint");

  static Stream<String> cases() throws IOException {
    try (Stream<Path> files = Files.list(DIR)) {
      List<String> names = files.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".sumo") || n.endsWith(".cse")).sorted().toList();
      return names.stream();
    }
  }

  @ParameterizedTest
  @MethodSource("cases")
  void text(String name) {
    Golden.assertMatches(DIR.resolve(base(name) + ".txt"), lint(name, "text"));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void json(String name) {
    Golden.assertMatches(DIR.resolve(base(name) + ".json"), lint(name, "json"));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void sarif(String name) {
    Golden.assertMatches(DIR.resolve(base(name) + ".sarif"),
        lint(name, "sarif").replace(VersionProvider.version(), "VERSION"));
  }

  private static String base(String name) {
    return name.substring(0, name.lastIndexOf('.'));
  }

  /** Lints golden/lint/NAME, named by that relative path so the output is the same anywhere. */
  private static String lint(String name, String format) {
    StringWriter out = new StringWriter();
    Path relative = Path.of(System.getProperty("user.dir")).relativize(DIR.resolve(name).toAbsolutePath());
    Main.commandLine(new PrintWriter(out), new PrintWriter(new StringWriter()))
        .execute("lint", "--fail-on", "never", "--format", format, relative.toString());
    return out.toString();
  }
}
