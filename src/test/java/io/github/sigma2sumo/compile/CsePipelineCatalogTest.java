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

  /**
   * Each Windows (non-Sysmon) event id that the corpus's rules read a field on, with the field and
   * what the compiled Cloud SIEM rule reads for it: a schema field only where that event id's
   * mapping in the catalog fills it from {@code EventData.<field>} (checked against
   * {@code cse-windows.yml}), else the raw key, which every record keeps. Rows in deviceEventId order.
   */
  private static final String[][] SECURITY_TABLE = {
      {"Security-4624", "IpAddress", "srcDevice_ip"},
      {"Security-4624", "WorkstationName", "fields['EventData.WorkstationName']"},
      {"Security-4624", "LogonType", "fields['EventData.LogonType']"},
      {"Security-4624", "IpPort", "fields['EventData.IpPort']"},
      {"Security-4625", "IpAddress", "srcDevice_ip"},
      {"Security-4625", "WorkstationName", "fields['EventData.WorkstationName']"},
      {"Security-4625", "LogonType", "fields['EventData.LogonType']"},
      {"Security-4648", "IpAddress", "srcDevice_ip"},
      {"Security-4688", "NewProcessName", "baseImage"},
      {"Security-4688", "ParentProcessName", "parentBaseImage"},
      {"Security-4688", "CommandLine", "commandLine"},
      {"Security-4768", "IpAddress", "srcDevice_ip"},
      // 4776's mapping fills srcDevice_hostname from EventData.Workstation, not WorkstationName
      {"Security-4776", "WorkstationName", "fields['EventData.WorkstationName']"},
      {"Security-4776", "LogonType", "fields['EventData.LogonType']"},
      {"Security-5145", "IpAddress", "srcDevice_ip"},
      // Cloud SIEM has no mapping for NTLM 8004: no record, whatever the rule reads
      {"Microsoft-Windows-NTLM/Operational-8004", "WorkstationName", "fields['EventData.WorkstationName']"}};

  @org.junit.jupiter.params.ParameterizedTest(name = "{0} {1} -> {2}")
  @org.junit.jupiter.params.provider.MethodSource("securityTable")
  void eachWindowsEventIdsFieldIsReadWhereCloudSiemPutsIt(String deviceEventId, String field, String reads)
      throws Exception {
    String channel = deviceEventId.substring(0, deviceEventId.lastIndexOf('-'));
    String eventId = deviceEventId.substring(deviceEventId.lastIndexOf('-') + 1);
    String rule = "title: T\nlogsource: {product: windows}\ndetection:\n    selection: {Channel: '" + channel
        + "', EventID: " + eventId + ", " + field + ": x}\n    condition: selection\n";
    RuleCompiler compiler = new RuleCompiler(Pipelines.defaults(Target.CSE), Target.CSE);
    String expression = compiler.compile(io.github.sigma2sumo.source.SourceFile.of("r.yml", rule)).get(0).query()
        .orElseThrow();
    assertThat(expression).contains("lower(" + reads + ") = 'x'");
    Optional<YMap> mapping = catalog().stream().filter(m -> !text(m.get("deviceEventId").get()).equals("_default_"))
        .filter(m -> Pattern.compile(text(m.get("deviceEventId").get())).matcher(deviceEventId).matches()).findFirst();
    if (!reads.startsWith("fields[")) {
      assertThat(mapping).as("the catalog's mapping of " + deviceEventId).isPresent();
      assertThat(((YMap) mapping.get().get("fields").get()).get(reads).filter(YScalar.class::isInstance)
          .map(CsePipelineCatalogTest::text)).as(deviceEventId + " fills " + reads + " from")
          .contains("EventData." + field);
    }
  }

  static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> securityTable() {
    return java.util.Arrays.stream(SECURITY_TABLE).map(r -> org.junit.jupiter.params.provider.Arguments.of(
        (Object[]) r));
  }

  /** The table covers every (event id, field) that the corpus's Windows service rules compare. */
  @Test
  void theTableCoversEveryEventIdAndFieldTheCorpusReads() throws Exception {
    java.nio.file.Path corpus = java.nio.file.Path.of(System.getProperty("corpus.dir", "../shared/corpus"), "sigmahq");
    org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isDirectory(corpus), "corpus not present");
    java.util.Set<String> mapped = new java.util.TreeSet<>();
    for (YNode t : ((YList) yaml("/io/github/sigma2sumo/pipelines/cse.yml").get("transformations").get()).items()) {
      YMap item = (YMap) t;
      if (text(item.get("id").get()).equals("cse_windows_security")) {
        ((YMap) item.get("mapping").get()).entries().keySet().forEach(mapped::add);
      }
    }
    mapped.addAll(List.of("WorkstationName", "LogonType", "IpPort"));
    java.util.Set<String> table = new java.util.TreeSet<>();
    for (String[] row : SECURITY_TABLE) {
      table.add(row[0].replaceFirst("^Security-", "security-").replaceFirst("^Microsoft-Windows-NTLM/Operational-",
          "ntlm-") + " " + row[1]);
    }
    java.util.Set<String> used = new java.util.TreeSet<>();
    try (var walk = java.nio.file.Files.walk(corpus)) {
      for (var file : walk.filter(p -> p.toString().endsWith(".yml")).toList()) {
        List<YNode> docs;
        try {
          docs = YamlTree.documents(java.nio.file.Files.readString(file));
        } catch (RuntimeException e) {
          continue;
        }
        if (docs.size() != 1 || !(docs.get(0) instanceof YMap rule)
            || !(rule.get("logsource").orElse(null) instanceof YMap logsource)
            || !logsource.get("product").map(CsePipelineCatalogTest::text).orElse("").equals("windows")
            || logsource.get("service").isEmpty() || !(rule.get("detection").orElse(null) instanceof YMap detection)) {
          continue;
        }
        String service = text(logsource.get("service").get());
        java.util.Set<String> ids = new java.util.TreeSet<>();
        java.util.Set<String> fields = new java.util.TreeSet<>();
        collect(detection, ids, fields);
        fields.retainAll(mapped);
        for (String f : fields) {
          assertThat(ids).as(file + " reads " + f + " on no event id").isNotEmpty();
          ids.forEach(id -> used.add(service + "-" + id + " " + f));
        }
      }
    }
    assertThat(used).isNotEmpty();
    assertThat(table).containsAll(used);
  }

  private static void collect(YNode node, java.util.Set<String> ids, java.util.Set<String> fields) {
    if (node instanceof YMap map) {
      for (var e : map.entries().values()) {
        String name = e.key().split("\\|")[0];
        if (name.equals("EventID")) {
          (e.value() instanceof YList l ? l.items() : List.of(e.value())).stream().filter(YScalar.class::isInstance)
              .forEach(v -> ids.add(text(v)));
        } else {
          fields.add(name);
        }
        collect(e.value(), ids, fields);
      }
    } else if (node instanceof YList list) {
      list.items().forEach(i -> collect(i, ids, fields));
    }
  }

  private static List<YMap> catalog() throws Exception {
    List<YMap> catalog = new ArrayList<>();
    ((YList) yaml("/io/github/sigma2sumo/run/events/cse-windows.yml").get("mappings").get()).items()
        .forEach(m -> catalog.add((YMap) m));
    return catalog;
  }
}
