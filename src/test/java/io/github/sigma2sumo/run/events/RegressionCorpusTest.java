package io.github.sigma2sumo.run.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.sigma2sumo.sigma.YamlTree.YMap;
import io.github.sigma2sumo.source.SourceFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Every event of SigmaHQ's regression data reads, flattens, renders in every Windows rendering and
 * normalizes; the events Cloud SIEM has no mapping for are counted and named.
 */
class RegressionCorpusTest {

  @Test
  void everyFileIsJsonAndEveryEventReadsFlattensAndRenders() throws Exception {
    assumeTrue(RegressionCorpus.isPresent(), "corpus not present");
    List<String> failures = new ArrayList<>();
    int files = 0;
    for (Path file : RegressionCorpus.files()) {
      files++;
      Outcome<?> read = JsonTree.read(SourceFile.of(file.toString(), Files.readString(file)));
      if (!read.isOk()) {
        failures.add(file + ": " + read.message());
      }
    }
    List<RegressionCorpus.Event> events = RegressionCorpus.events();
    for (RegressionCorpus.Event e : events) {
      Outcome<WindowsEvent> event = WindowsEvent.fromEvtxJson(e.record());
      if (!event.isOk()) {
        failures.add(e.name() + ": " + event.message());
        continue;
      }
      YMap sigma = event.value().sigmaFields();
      if (sigma.get("EventID").isEmpty() || sigma.get("Channel").isEmpty()) {
        failures.add(e.name() + ": no EventID or Channel in " + sigma.entries().keySet());
      }
      for (Rendering r : List.of(new WindowsXmlRendering(), new WindowsCollectorJsonRendering(), new WindowsOtelJsonRendering())) {
        Outcome<RenderedMessage> m = r.render(event.value());
        if (!m.isOk()) {
          failures.add(e.name() + " " + r.name() + ": " + m.message());
        }
      }
    }
    assertThat(failures).isEmpty();
    assertThat(files).isEqualTo(132);
    assertThat(events).hasSize(142);
  }

  @Test
  void cloudSiemMapsEveryEventButWmi5858() {
    assumeTrue(RegressionCorpus.isPresent(), "corpus not present");
    Map<String, Integer> byMapper = new TreeMap<>();
    Map<String, String> unmapped = new TreeMap<>();
    for (RegressionCorpus.Event e : RegressionCorpus.events()) {
      Outcome<YMap> record = CseRecords.normalize(WindowsEvent.fromEvtxJson(e.record()).value());
      if (record.isOk()) {
        String mapper = YNodes.scalarAt(record.value(), "metadata_mapperName").orElseThrow().text();
        byMapper.merge(mapper, 1, Integer::sum);
      } else {
        unmapped.put(e.name(), record.message());
      }
    }
    assertThat(unmapped).hasSize(1);
    assertThat(unmapped.values()).allMatch(m -> m.contains("Microsoft-Windows-WMI-Activity/Operational-5858"));
    assertThat(byMapper).containsEntry("Windows - Microsoft-Windows-Sysmon/Operational - 1", 96)
        .containsEntry("Windows - Microsoft-Windows-Sysmon/Operational - 11", 20)
        .containsEntry("Windows - Microsoft-Windows-Sysmon/Operational - 12, 13, and 14", 18)
        .containsEntry("Windows - Security - 4648", 1)
        .containsEntry("Windows - Security - Default", 1);
  }
}
