package io.github.sigma2sumo.ci;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sigma2sumo.sigma.YamlTree;
import io.github.sigma2sumo.sigma.YamlTree.YList;
import io.github.sigma2sumo.sigma.YamlTree.YMap;
import io.github.sigma2sumo.sigma.YamlTree.YNode;
import io.github.sigma2sumo.sigma.YamlTree.YScalar;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** action.yml: a composite action whose scripts never have an input pasted in, and the hooks file. */
class GitHubActionTest {

  private static YMap load(String file) throws Exception {
    return (YMap) YamlTree.documents(Files.readString(CiCheckScriptTest.ROOT.resolve(file))).get(0);
  }

  private static String text(YMap map, String key) {
    return map.get(key).map(n -> ((YScalar) n).text()).orElse("");
  }

  @Test
  void theActionIsCompositeAndPassesInputsAsEnvironment() throws Exception {
    YMap action = load("action.yml");
    YMap runs = (YMap) action.get("runs").orElseThrow();
    assertThat(text(runs, "using")).isEqualTo("composite");
    List<YMap> steps = new ArrayList<>();
    ((YList) runs.get("steps").orElseThrow()).items().forEach(s -> steps.add((YMap) s));
    YMap inputs = (YMap) action.get("inputs").orElseThrow();
    List<String> env = new ArrayList<>();
    for (YMap step : steps) {
      if (step.get("run").isPresent()) {
        assertThat(text(step, "run")).as("a run script").doesNotContain("${{");
        assertThat(text(step, "shell")).isEqualTo("bash");
        step.get("env").ifPresent(e -> ((YMap) e).entries().values().forEach(v -> env.add(((YScalar) v.value()).text())));
      }
    }
    for (String input : inputs.entries().keySet()) {
      if (!input.equals("java-version") && !input.equals("upload-sarif")) {
        assertThat(env).as("input %s reaches the script", input).contains("${{ inputs." + input + " }}");
      }
    }
    YMap upload = steps.stream().filter(s -> text(s, "uses").startsWith("github/codeql-action/upload-sarif")).findFirst()
        .orElseThrow();
    assertThat(text(upload, "if")).startsWith("always()");
    assertThat(CiCheckScriptTest.ROOT.resolve("ci/sigma2sumo-check")).isExecutable();
  }

  @Test
  void theHooksRunScriptsOfThisRepository() throws Exception {
    List<YNode> hooks = ((YList) YamlTree.documents(Files.readString(CiCheckScriptTest.ROOT.resolve(
        ".pre-commit-hooks.yaml"))).get(0)).items();
    assertThat(hooks).extracting(h -> text((YMap) h, "id")).containsExactly("sigma2sumo-lint", "sigma2sumo-compile-check");
    for (YNode hook : hooks) {
      assertThat(text((YMap) hook, "language")).isEqualTo("script");
      String script = text((YMap) hook, "entry").split(" ")[0];
      assertThat(CiCheckScriptTest.ROOT.resolve(script)).isExecutable();
    }
  }

  @Test
  void theDockerfileRunsTheReleaseAsAnUnprivilegedUser() throws Exception {
    List<String> lines = Files.readAllLines(CiCheckScriptTest.ROOT.resolve("Dockerfile"));
    assertThat(lines).anyMatch(l -> l.startsWith("FROM eclipse-temurin:17-jre"));
    String user = lines.stream().filter(l -> l.startsWith("USER ")).reduce((a, b) -> b).orElseThrow();
    assertThat(user.substring(5).strip()).isNotIn("root", "0");
    assertThat(lines).contains("ENTRYPOINT [\"/opt/sigma2sumo/bin/sigma2sumo\"]");
    assertThat(String.join("\n", lines)).contains("target/sigma2sumo-${VERSION}.zip")
        .contains("mv /tmp/sigma2sumo-${VERSION} /opt/sigma2sumo");
    assertThat(Files.readString(CiCheckScriptTest.ROOT.resolve(".dockerignore"))).contains("!target/sigma2sumo-*.zip");
  }
}
