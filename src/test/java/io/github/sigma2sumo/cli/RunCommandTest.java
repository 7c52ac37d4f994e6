package io.github.sigma2sumo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sigma2sumo run}: a hand-written query over log files, with lookups, locally. */
class RunCommandTest {

  @TempDir Path dir;

  private Path query() throws Exception {
    return Files.writeString(dir.resolve("q.sumo"), """
        _sourceCategory=proxy
        | parse "user=* host=* bytes=*" as user, host, bytes
        | lookup risk from path://"/Library/Users/me/Bad Domains" on host=domain
        | where !isNull(risk)
        | sum(bytes) as total by user, risk
        | sort by total
        """);
  }

  private Path log() throws Exception {
    return Files.writeString(dir.resolve("proxy.log"), "user=alice host=mega.nz bytes=100\n"
        + "user=bob host=example.com bytes=5\nuser=alice host=mega.nz bytes=50\nuser=carol host=gofile.io bytes=7\n");
  }

  @Test
  void aQueryRunsOverLogLinesWithALookupTableFromACsvFile() throws Exception {
    Path csv = Files.writeString(dir.resolve("bad.csv"), "domain,risk\nmega.nz,high\ngofile.io,medium\n");
    CliRun run = CliRun.of("run", query().toString(), log().toString(), "--metadata", "_sourceCategory=proxy",
        "--lookup", "/Library/Users/me/Bad Domains=" + csv);
    assertThat(run.code()).isZero();
    assertThat(run.out()).isEqualTo("user   risk    total\nalice  high    150\ncarol  medium  7\n2 rows\n");
    CliRun json = CliRun.of("run", "--format", "json", query().toString(), log().toString(), "--metadata",
        "_sourceCategory=proxy", "--lookup", "/Library/Users/me/Bad Domains=" + csv);
    assertThat(json.out()).contains("\"user\" : \"alice\"").contains("\"total\" : \"150\"");
  }

  @Test
  void whatIsNotEvaluatedLocallyIsNamedAndExitsOne() throws Exception {
    CliRun run = CliRun.of("run", query().toString(), log().toString());
    assertThat(run.code()).isEqualTo(ExitCodes.FINDINGS);
    assertThat(run.err()).contains("q.sumo:3:20: error[sumo-run]: `lookup from path://\"/Library/Users/me/Bad Domains\"`"
        + " is not evaluated locally").contains("--lookup 'PATH=FILE.csv'");
    Path transpose = Files.writeString(dir.resolve("t.sumo"), "* | count by a | transpose row a column b");
    assertThat(CliRun.of("run", transpose.toString(), log().toString()).err()).contains("not evaluated locally");
  }

  @Test
  void jsonLinesCarryMetadataAndTimes() throws Exception {
    Path q = Files.writeString(dir.resolve("q.sumo"), "_sourceCategory=prod/web | where _messagetime > 1000 | count");
    Path lines = Files.writeString(dir.resolve("m.jsonl"), """
        {"raw": "GET /", "_sourceCategory": "prod/web", "_messagetime": 2000}
        {"raw": "GET /a", "_sourceCategory": "prod/web", "time": "1970-01-01T00:00:00.500Z"}
        {"raw": "GET /b", "_sourceCategory": "prod/db", "_messagetime": 3000}
        """);
    CliRun run = CliRun.of("run", q.toString(), lines.toString());
    assertThat(run.out()).isEqualTo("_count\n1\n1 row\n");
  }
}
