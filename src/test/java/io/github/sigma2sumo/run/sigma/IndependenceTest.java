package io.github.sigma2sumo.run.sigma;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The evaluator is the judge of the compiler, so it shares none of the compiler's code: no
 * import of {@code compile}, {@code emit}, {@code lint}, {@code pack}, {@code cli} or another
 * {@code run} package, and none of the compiler's Sigma value model.
 */
class IndependenceTest {

  private static final Pattern FORBIDDEN = Pattern.compile(
      "io\\.github\\.sigma2sumo\\.(compile|emit|lint|pack|cli|run\\.(?!sigma\\b)\\w+)\\b"
          + "|io\\.github\\.sigma2sumo\\.sigma\\.(Modifiers|SigmaString|SigmaValue|Selectors)\\b");

  @Test
  void theEvaluatorImportsNothingOfTheCompiler() throws Exception {
    Path sources = Path.of(System.getProperty("project.root", "."), "src/main/java/io/github/sigma2sumo/run/sigma");
    List<Path> files;
    try (Stream<Path> list = Files.list(sources)) {
      files = list.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
    List<String> found = new ArrayList<>();
    for (Path f : files) {
      Matcher m = FORBIDDEN.matcher(Files.readString(f));
      while (m.find()) {
        found.add(f.getFileName() + ": " + m.group());
      }
    }
    assertThat(files).hasSizeGreaterThan(20);
    assertThat(found).isEmpty();
    assertThat(FORBIDDEN.matcher("import io.github.sigma2sumo.compile.RegexText;").find()).isTrue();
    assertThat(FORBIDDEN.matcher("import io.github.sigma2sumo.run.sumo.X;").find()).isTrue();
    assertThat(FORBIDDEN.matcher("io.github.sigma2sumo.sigma.SigmaString.parse").find()).isTrue();
    assertThat(FORBIDDEN.matcher("import io.github.sigma2sumo.run.sigma.X;").find()).isFalse();
  }
}
