package io.github.sigma2sumo.run.cse;

import static io.github.sigma2sumo.run.cse.Rules.MINUTE;
import static io.github.sigma2sumo.run.cse.Rules.records;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sigma2sumo.sigma.YamlTree.YList;
import io.github.sigma2sumo.sigma.YamlTree.YMap;
import io.github.sigma2sumo.sigma.YamlTree.YNode;
import io.github.sigma2sumo.sigma.YamlTree.YScalar;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules that {@code pack --format cse-rules rules/} writes (the golden file of the pack tests)
 * read as rules, each of the type its entry names, and run.
 */
class PackRulesTest {

  private static final Path PACK = Path.of("src/test/resources/golden/pack/rules.cse-rules.json");

  private static YNode pack() throws IOException {
    return Json.node(Files.readString(PACK));
  }

  @Test
  void everyPackedRuleReadsAsARuleOfItsType() throws IOException {
    YNode pack = pack();
    Prepared<List<Prepared<CseRuleEvaluator>>> read = CseRulePackReader.read(pack);
    List<Prepared<CseRuleEvaluator>> rules = read.value().orElseThrow();
    List<YNode> entries = ((YList) ((YMap) pack).get("rules").orElseThrow()).items();
    assertThat(rules).hasSize(entries.size()).hasSizeGreaterThanOrEqualTo(7);
    for (int i = 0; i < rules.size(); i++) {
      assertThat(rules.get(i).problems()).as("rule %d", i).isEmpty();
      String type = (String) ((YScalar) ((YMap) entries.get(i)).get("type").orElseThrow()).value();
      assertThat(rules.get(i).value().orElseThrow().type()).isEqualTo(type);
    }
    assertThat(rules).extracting(r -> r.value().orElseThrow().type())
        .contains("match", "chain", "aggregation");
  }

  @Test
  void aPackIsAnObjectWithRules() {
    assertThat(CseRulePackReader.read(Json.node("[1, 2]")).problems()).singleElement()
        .satisfies(p -> assertThat(p.message()).contains("{\"rules\": [...]}"));
  }

  /**
   * The packed chain rule groups by host and process and names five entity selectors: counted per
   * selector, a command line followed by a connection of the same process makes a signal on the
   * host, the user and the process, but not on the command line or the destination, which the two
   * records do not share.
   */
  @Test
  void thePackedChainRuleFiresOnTheEntitiesBothRecordsShare() throws IOException {
    CseRuleEvaluator chain = CseRulePackReader.read(pack()).value().orElseThrow().stream()
        .map(p -> p.value().orElseThrow()).filter(r -> r.type().equals("chain")).findFirst().orElseThrow();
    String common = "\"metadata_vendor\": \"Microsoft\", \"metadata_product\": \"Windows\","
        + " \"device_hostname\": \"pc1\", \"processUid\": \"P1\", \"user_username\": \"alice\","
        + " \"baseImage\": \"C:\\\\Windows\\\\System32\\\\cmd.exe\"";
    String command = "{" + common + ", \"metadata_deviceEventId\": \"Microsoft-Windows-Sysmon/Operational-1\","
        + " \"commandLine\": \"net use x: https://d.docs.live.net/abc\"}";
    String connection = "{" + common + ", \"metadata_deviceEventId\": \"Microsoft-Windows-Sysmon/Operational-3\","
        + " \"dstDevice_hostname\": \"mega.nz\", \"fields\": {\"EventData.Initiated\": \"true\"}}";
    Verdict v = chain.run(records(0, command, MINUTE, connection));
    assertThat(v.failures()).isEmpty();
    assertThat(v.matches()).extracting(Verdict.Matches::records).containsExactly(List.of(0), List.of(1));
    assertThat(v.signals()).extracting(Signal::records).containsOnly(List.of(0, 1));
    assertThat(v.signals()).flatExtracting(Signal::entities).extracting(Signal.Field::name)
        .containsExactly("_hostname", "_username", "_process");
    Verdict apart = chain.run(records(0, command, 10 * MINUTE, connection));
    assertThat(apart.signals()).isEmpty();
  }
}
