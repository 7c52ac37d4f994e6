package io.github.sigma2sumo.sigma;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sigma2sumo.diag.Diagnostic;
import io.github.sigma2sumo.diag.DiagnosticSink;
import io.github.sigma2sumo.source.SourceFile;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The loader's diagnostics, at their exact positions, and the shapes it reads. */
class SigmaLoaderTest {

  private record Loaded(SigmaLoader.Loaded loaded, List<String> diagnostics) {}

  private static Loaded load(String yaml) {
    DiagnosticSink sink = new DiagnosticSink(SourceFile.of("r.yml", yaml));
    SigmaLoader.Loaded loaded = SigmaLoader.load(sink.source(), sink);
    return new Loaded(loaded, sink.diagnostics().stream().map(SigmaLoaderTest::show).toList());
  }

  private static String show(Diagnostic d) {
    return d.location().line() + ":" + d.location().column() + " " + d.checkId() + " " + d.message();
  }

  private static final String HEAD = "title: T\nid: 0f1e2d3c-4b5a-4968-8776-655443322110\nstatus: test\nlevel: low\n"
      + "date: 2026-01-01\ndescription: A rule for a test.\nauthor: me\ntags: [attack.t1059]\n"
      + "logsource: {category: process_creation, product: windows}\n";

  @Test
  void readsEveryDetectionShape() {
    Loaded l = load(HEAD + """
        detection:
            map: {Image: a, User: [b, c]}
            list_of_maps: [{Image: a}, {User: b}]
            keywords: [x, 5, true]
            one_keyword: y
            mixed: [z, {Image: q}]
            nulls: {User: null, Other: ~, Empty: []}
            condition: 1 of them
        """);
    assertThat(l.diagnostics()).isEmpty();
    SigmaRule r = l.loaded().rules().get(0);
    assertThat(r.detections().keySet()).containsExactly("map", "list_of_maps", "keywords", "one_keyword", "mixed", "nulls");
    assertThat(r.detections().get("map")).isInstanceOf(Detection.AllOf.class);
    assertThat(r.detections().get("list_of_maps")).isInstanceOf(Detection.AnyOf.class);
    Detection.Item keywords = (Detection.Item) r.detections().get("keywords");
    assertThat(keywords.field()).isEmpty();
    assertThat(keywords.values()).hasSize(3);
    assertThat(((Detection.AllOf) r.detections().get("nulls")).parts())
        .allMatch(p -> ((Detection.Item) p).values().get(0) instanceof SigmaValue.Null);
  }

  @Test
  void reportsProblemsWhereTheyAre() {
    Loaded l = load(HEAD + """
        detection:
            selection:
                Image|endwith: a
                Image|endwith: b
            condition: 'selection and not filtr'
        """);
    assertThat(l.diagnostics()).containsExactly(
        "13:9 sigma-syntax duplicate key 'Image|endwith' (first on line 12); use '|all' or a second search identifier");
    l = load(HEAD + """
        detection:
            selection: {Image|endwith: a}
            filter: {User: x}
            condition: 'selection and not filtr'
        """);
    assertThat(l.diagnostics()).containsExactly(
        "11:17 sigma-modifier unknown modifier 'endwith'; did you mean 'endswith'?",
        "13:35 sigma-condition 'filtr' is not a search identifier of this detection; did you mean 'filter'?");
    assertThat(l.loaded().rules()).isEmpty();
  }

  @Test
  void anEmptySelectorIsAnErrorNotASilentDrop() {
    Loaded l = load(HEAD + "detection:\n    selection: {Image: a}\n    condition: selection and not 1 of filter_*\n");
    assertThat(l.diagnostics()).containsExactly(
        "12:34 sigma-condition 'filter_*' matches no search identifier, so this selector would silently vanish");
  }

  @Test
  void collectionActionsMergeDocuments() {
    Loaded l = load("""
        action: global
        title: G
        logsource: {product: windows}
        detection:
            condition: selection
        ---
        id: 00000000-0000-4000-8000-000000000001
        detection:
            selection: {Image: a}
        ---
        action: repeat
        id: 00000000-0000-4000-8000-000000000002
        detection:
            selection: {Image: b}
        ---
        action: reset
        ---
        title: No Global
        id: 00000000-0000-4000-8000-000000000003
        logsource: {product: linux}
        detection:
            selection: {Image: c}
            condition: selection
        """);
    assertThat(l.loaded().rules()).extracting(SigmaRule::title).containsExactly("G", "G", "No Global");
    assertThat(l.loaded().rules().get(1).logSource().product()).contains("windows");
    assertThat(l.loaded().rules().get(2).logSource().product()).contains("linux");
  }

  @Test
  void correlationsAndFilters() {
    Loaded l = load("""
        title: C
        correlation:
            type: event_count
            rules: [a]
            group-by: [User]
            timespan: 1h30
            condition: {gte: 3}
        ---
        title: F
        logsource: {product: windows}
        filter:
            rules: any
            sel: {User: x}
            condition: not sel
        """);
    assertThat(l.diagnostics().stream().filter(d -> !d.contains("sigma-metadata"))).containsExactly(
        "6:15 sigma-syntax timespan is a number and a unit s, m, h, d, w, M or y, such as 1h");
    assertThat(l.loaded().filters()).hasSize(1);
    assertThat(l.loaded().filters().get(0).rules()).containsExactly("any");
  }

  @ParameterizedTest
  @ValueSource(strings = {"99999999999999999999s", "9999999999999999y", "101y", "0s"})
  void aTimespanPastALongOrOutsideAHundredYearsIsAnErrorOfTheRule(String timespan) {
    Loaded l = load("""
        title: C
        correlation:
            type: event_count
            rules: [a]
            timespan: %s
            condition: {gte: 3}
        """.formatted(timespan));
    assertThat(l.diagnostics().stream().filter(d -> !d.contains("sigma-metadata"))).containsExactly(
        "5:15 sigma-syntax timespan must be from 1s to 100y; '" + timespan + "' is not");
    assertThat(l.loaded().correlations()).isEmpty();
  }

  @Test
  void metadataWarnings() {
    Loaded l = load("title: T\nid: 42\nstatus: beta\nlevel: urgent\ndate: 2026/01/01\ntags: [ATTACK.T1059]\n"
        + "logsource: {product: windows}\ndetection:\n    s: {Image: '*cmd*'}\n    condition: s\n");
    assertThat(l.diagnostics()).anyMatch(d -> d.startsWith("2:5 sigma-metadata 'id': the id should be a UUID"))
        .anyMatch(d -> d.startsWith("3:9 sigma-metadata 'status'"))
        .anyMatch(d -> d.startsWith("4:8 sigma-metadata 'level'"))
        .anyMatch(d -> d.startsWith("5:7 sigma-metadata 'date'"))
        .anyMatch(d -> d.startsWith("6:8 sigma-metadata 'ATTACK.T1059' is not a tag"))
        .anyMatch(d -> d.contains("sigma-wildcard '*cmd*' uses wildcards where |contains says it"));
    assertThat(l.loaded().rules()).hasSize(1);
  }
}
