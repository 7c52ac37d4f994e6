package io.github.sigma2sumo.compile;

import io.github.sigma2sumo.cli.Main;
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
 * `sigma2sumo compile` of the fixtures in golden/compile/fixtures (one idea each: every modifier,
 * every condition form, every correlation type, hostile values, broken rules) and of the bundled
 * rules/ directory, against committed, hand-reviewed output: the queries, then the diagnostics.
 */
class CompileGoldenTest {
  private static final Path DIR = Golden.ROOT.resolve("compile");
  private static final Path PROJECT = Path.of(System.getProperty("project.root", "."));

  static Stream<String> fixtures() throws IOException {
    try (Stream<Path> files = Files.list(DIR.resolve("fixtures"))) {
      List<String> names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yml"))
          .map(n -> n.substring(0, n.length() - 4)).sorted().toList();
      return names.stream();
    }
  }

  /** A fixture NAME.yml compiles with golden/compile/pipelines/NAME.yml too, when there is one. */
  @ParameterizedTest
  @MethodSource("fixtures")
  void fixture(String name) {
    Path pipeline = DIR.resolve("pipelines").resolve(name + ".yml");
    Golden.assertMatches(DIR.resolve("fixtures").resolve(name + ".sumo"),
        compile(DIR.resolve("fixtures").resolve(name + ".yml"), Files.exists(pipeline) ? pipeline : null, "search"));
  }

  /**
   * The same fixtures as Cloud SIEM expressions. Pipelines named cse_*.yml are for this target only;
   * the others hold Sumo-specific transformations and do not apply.
   */
  @ParameterizedTest
  @MethodSource("fixtures")
  void fixtureForCloudSiem(String name) {
    Path pipeline = DIR.resolve("pipelines").resolve(name + ".yml");
    Golden.assertMatches(DIR.resolve("fixtures").resolve(name + ".cse"),
        compile(DIR.resolve("fixtures").resolve(name + ".yml"), name.startsWith("cse_") ? pipeline : null, "cse"));
  }

  static Stream<String> ruleFolders() {
    return Stream.of("t1102.002", "t1567.002");
  }

  @ParameterizedTest
  @MethodSource("ruleFolders")
  void bundledRules(String folder) {
    Golden.assertMatches(DIR.resolve("rules").resolve(folder + ".sumo"),
        compile(PROJECT.resolve("rules").resolve(folder), null, "search"));
    Golden.assertMatches(DIR.resolve("rules").resolve(folder + ".cse"),
        compile(PROJECT.resolve("rules").resolve(folder), null, "cse"));
  }

  private static String compile(Path path, Path pipeline, String target) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Path cwd = Path.of(System.getProperty("user.dir"));
    List<String> args = new java.util.ArrayList<>(List.of("compile", "--target", target,
        cwd.relativize(path.toAbsolutePath()).toString()));
    if (pipeline != null) {
      args.addAll(List.of("-p", cwd.relativize(pipeline.toAbsolutePath()).toString()));
    }
    int code = Main.commandLine(new PrintWriter(out), new PrintWriter(err)).execute(args.toArray(String[]::new));
    String comment = target.equals("cse") ? "-- " : "// ";
    return out + "\n" + comment + "exit code " + code + "\n" + comment + "diagnostics:\n"
        + err.toString().replaceAll("(?m)^", comment).replaceAll(comment + "$", "");
  }
}
