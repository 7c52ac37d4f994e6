package io.github.sigma2sumo.compile;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sigma2sumo.sigma.YamlTree;
import io.github.sigma2sumo.sigma.YamlTree.YList;
import io.github.sigma2sumo.sigma.YamlTree.YMap;
import io.github.sigma2sumo.sigma.YamlTree.YNode;
import io.github.sigma2sumo.sigma.YamlTree.YScalar;
import io.github.sigma2sumo.windows.SysmonEvents;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The cse pipeline maps a Sysmon field to a Cloud SIEM schema field only where Cloud SIEM's own
 * mapping of every event of the rule's category fills that schema field from it. The mappings are
 * the catalog's, as {@code run.events} encodes them for the test command
 * ({@code cse-windows.yml}, each entry citing its catalog file): a field mapped to a schema field
 * that Cloud SIEM fills from elsewhere (or not at all) compiles to an expression that never matches,
 * which is what this test found for image_load, process_access, dns_query and ProcessGuid.
 */
class CsePipelineCatalogTest {

  private static YMap yaml(String resource) throws Exception {
    try (InputStream in = CsePipelineCatalogTest.class.getResourceAsStream(resource)) {
      return (YMap) YamlTree.documents(new String(in.readAllBytes(), StandardCharsets.UTF_8)).get(0);
    }
  }

  private static String text(YNode node) {
    return ((YScalar) node).text();
  }

  @Test
  void everySysmonFieldTheCsePipelineMapsIsFilledFromThatFieldByCloudSiem() throws Exception {
    YMap pipeline = yaml("/io/github/sigma2sumo/pipelines/cse.yml");
    List<YMap> catalog = new ArrayList<>();
    ((YList) yaml("/io/github/sigma2sumo/run/events/cse-windows.yml").get("mappings").get()).items()
        .forEach(m -> catalog.add((YMap) m));
    List<String> wrong = new ArrayList<>();
    int checked = 0;
    for (YNode t : ((YList) pipeline.get("transformations").get()).items()) {
      YMap item = (YMap) t;
      if (!text(item.get("type").get()).equals("field_name_mapping")
          || !(item.get("rule_conditions").get() instanceof YList)) {
        continue; // a rule_cond_expr item (the host) is checked by compiling, below
      }
      for (YNode c : ((YList) item.get("rule_conditions").get()).items()) {
        Optional<YNode> category = ((YMap) c).get("category");
        if (category.isEmpty()) {
          continue;
        }
        for (int event : SysmonEvents.events(text(category.get()))) {
          String id = "Microsoft-Windows-Sysmon/Operational-" + event;
          Optional<YMap> mapping = catalog.stream()
              .filter(m -> Pattern.compile(text(m.get("deviceEventId").get())).matcher(id).matches()).findFirst();
          for (var e : ((YMap) item.get("mapping").get()).entries().values()) {
            String filledFrom = mapping.flatMap(m -> ((YMap) m.get("fields").get()).get(text(e.value())))
                .filter(YScalar.class::isInstance).map(CsePipelineCatalogTest::text).orElse("nothing");
            checked++;
            if (!filledFrom.equals("EventData." + e.key())) {
              wrong.add(text(item.get("id").get()) + ": " + text(category.get()) + " (" + id + ") maps " + e.key() + " to "
                  + text(e.value()) + ", which Cloud SIEM fills from " + filledFrom);
            }
          }
        }
      }
    }
    assertThat(checked).isGreaterThan(40);
    assertThat(wrong).isEmpty();
  }

  /**
   * The host: a rule on {@code Computer} reads device_hostname exactly for the categories whose
   * events Cloud SIEM's mappings give one from Computer (not Sysmon network connections, event 3).
   */
  @Test
  void theHostIsDeviceHostnameWhereCloudSiemFillsItAndRawElsewhere() throws Exception {
    List<YMap> catalog = new ArrayList<>();
    ((YList) yaml("/io/github/sigma2sumo/run/events/cse-windows.yml").get("mappings").get()).items()
        .forEach(m -> catalog.add((YMap) m));
    RuleCompiler compiler = new RuleCompiler(Pipelines.defaults(Target.CSE), Target.CSE);
    List<String> wrong = new ArrayList<>();
    for (String category : List.of("process_creation", "network_connection", "image_load", "file_event",
        "registry_set", "dns_query", "create_remote_thread", "driver_load")) {
      boolean filled = SysmonEvents.events(category).stream().allMatch(event -> catalog.stream()
          .filter(m -> Pattern.compile(text(m.get("deviceEventId").get()))
              .matcher("Microsoft-Windows-Sysmon/Operational-" + event).matches())
          .findFirst().flatMap(m -> ((YMap) m.get("fields").get()).get("device_hostname"))
          .filter(YScalar.class::isInstance).map(CsePipelineCatalogTest::text).orElse("").equals("Computer"));
      String rule = "title: Host\nlogsource: {category: " + category + ", product: windows}\n"
          + "detection:\n    selection: {Computer: ws1}\n    condition: selection\n";
      String query = compiler.compile(io.github.sigma2sumo.source.SourceFile.of("r.yml", rule)).get(0).query()
          .orElseThrow();
      boolean reads = query.contains("device_hostname");
      if (reads != filled) {
        wrong.add(category + ": " + (filled ? "Cloud SIEM fills device_hostname but the rule reads " : "Cloud SIEM does "
            + "not fill device_hostname but the rule reads it: ") + query);
      }
    }
    assertThat(wrong).isEmpty();
  }
}
