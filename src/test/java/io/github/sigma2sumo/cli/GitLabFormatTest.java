package io.github.sigma2sumo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lint --format gitlab}: GitLab's Code Quality report, with fingerprints that survive lines moving. */
class GitLabFormatTest {

  @TempDir Path dir;

  @Test
  void findingsBecomeCodeQualityIssues() throws Exception {
    Path q = Files.writeString(dir.resolve("q.sumo"), "* | stats count by h\n| where a = \"b*\"\n");
    CliRun run = CliRun.of("lint", "--no-config", "--format", "gitlab", q.toString());
    JsonNode issues = new ObjectMapper().readTree(run.out());
    assertThat(issues).hasSize(2);
    assertThat(issues.get(0).get("check_name").asText()).isEqualTo("foreign-operator");
    assertThat(issues.get(0).get("severity").asText()).isEqualTo("major");
    assertThat(issues.get(1).get("severity").asText()).isEqualTo("minor");
    assertThat(issues.get(1).at("/location/path").asText()).isEqualTo(q.toString());
    assertThat(issues.get(1).at("/location/lines/begin").asInt()).isEqualTo(2);
    Files.writeString(q, "// a comment moves every line down\n" + Files.readString(q));
    JsonNode moved = new ObjectMapper().readTree(CliRun.of("lint", "--no-config", "--format", "gitlab",
        q.toString()).out());
    assertThat(moved.get(1).at("/location/lines/begin").asInt()).isEqualTo(3);
    assertThat(moved.get(1).get("fingerprint")).isEqualTo(issues.get(1).get("fingerprint"));
    assertThat(moved.get(0).get("fingerprint")).isNotEqualTo(moved.get(1).get("fingerprint"));
  }
}
