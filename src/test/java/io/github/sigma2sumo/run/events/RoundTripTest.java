package io.github.sigma2sumo.run.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.sigma2sumo.sigma.YamlTree.YMap;
import io.github.sigma2sumo.sigma.YamlTree.YScalar;
import io.github.sigma2sumo.source.SourceFile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Rendering then reading back gives the same fields: the XML through the small reader below (which
 * knows only what the XML rendering writes), the JSON renderings through {@link JsonTree}.
 */
class RoundTripTest {

  /** Field name to value of a rendered Windows XML message: System elements and attributes, data. */
  static Map<String, String> readXml(String xml) {
    Map<String, String> out = new LinkedHashMap<>();
    Matcher data = Pattern.compile("<Data(?: Name='([^']*)')?>([^<]*)</Data>").matcher(xml);
    List<String> unnamed = new ArrayList<>();
    while (data.find()) {
      if (data.group(1) == null) {
        unnamed.add(unescape(data.group(2)));
      } else {
        out.put("EventData." + unescape(data.group(1)), unescape(data.group(2)));
      }
    }
    if (!unnamed.isEmpty()) {
      out.put("EventData.", String.join("|", unnamed));
    }
    Matcher user = Pattern.compile("<UserData><([\\w.-]+)(?: xmlns='[^']*')?>(.*)</\\1></UserData>", Pattern.DOTALL).matcher(xml);
    if (user.find()) {
      Matcher field = Pattern.compile("<([\\w.-]+)>([^<]*)</\\1>").matcher(user.group(2));
      while (field.find()) {
        out.put("UserData." + user.group(1) + "." + field.group(1), unescape(field.group(2)));
      }
    }
    Matcher system = Pattern.compile("<System>(.*)</System>", Pattern.DOTALL).matcher(xml);
    assertThat(system.find()).isTrue();
    Matcher element = Pattern.compile("<(\\w+)((?: \\w+='[^']*')*)(?:/>|>([^<]*)</\\1>)").matcher(system.group(1));
    while (element.find()) {
      if (element.group(3) != null) {
        out.put(element.group(1), unescape(element.group(3)));
      }
      Matcher attribute = Pattern.compile(" (\\w+)='([^']*)'").matcher(element.group(2));
      while (attribute.find()) {
        out.put(element.group(1) + "." + attribute.group(1), unescape(attribute.group(2)));
      }
    }
    return out;
  }

  static String unescape(String s) {
    Matcher m = Pattern.compile("&(amp|lt|gt|apos|quot|#x([0-9A-F]+));").matcher(s);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String r = switch (m.group(1)) {
        case "amp" -> "&";
        case "lt" -> "<";
        case "gt" -> ">";
        case "apos" -> "'";
        case "quot" -> "\"";
        default -> Character.toString((char) Integer.parseInt(m.group(2), 16));
      };
      m.appendReplacement(out, Matcher.quoteReplacement(r));
    }
    return m.appendTail(out).toString();
  }

  /** The same view of the event itself: the keys the XML reader above produces. */
  static Map<String, String> expected(WindowsEvent e) {
    Map<String, String> out = new LinkedHashMap<>(WindowsRecordKeys.of(e));
    out.keySet().removeIf(k -> k.matches("MD5|SHA1|SHA256|IMPHASH"));
    for (String guid : List.of("Provider.Guid", "Correlation.ActivityID", "Correlation.RelatedActivityID")) {
      if (out.containsKey(guid)) {
        out.put(guid, WindowsRendering.braced(out.get(guid)));
      }
    }
    List<String> unnamed = e.eventData().stream().filter(DataField::isUnnamed).map(DataField::value).toList();
    if (!unnamed.isEmpty()) {
      out.put("EventData.", String.join("|", unnamed));
    }
    return out;
  }

  static WindowsEvent randomEvent(Random random) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("EventID", random.nextInt(70000));
    fields.put("Channel", Trees.string(random).replace("\ud800", "") + "/Operational");
    fields.put("Computer", Trees.string(random).replace("\ud800", ""));
    fields.put("Provider_Name", Trees.string(random).replace("\ud800", ""));
    fields.put("Keywords", "0x8020000000000000");
    int n = random.nextInt(6);
    for (int i = 0; i < n; i++) {
      fields.put("F" + i + Trees.string(random).replaceAll("[^A-Za-z ]", ""), Trees.string(random));
    }
    Map<String, io.github.sigma2sumo.sigma.YamlTree.YNode> nodes = new LinkedHashMap<>();
    fields.forEach((k, v) -> nodes.put(k, YNodes.scalar(v instanceof Integer i ? new java.math.BigDecimal(i) : v)));
    return WindowsEvent.fromSigmaFields(YNodes.map(nodes)).value();
  }

  static Stream<Long> seeds() {
    return IntStream.range(0, 200).mapToObj(i -> (long) i);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void randomEvents_readBackFromXml(long seed) {
    WindowsEvent e = randomEvent(new Random(seed));
    String xml = new WindowsXmlRendering().render(e).value().raw();
    assertThat(readXml(xml)).as(xml).isEqualTo(expected(e));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void randomEvents_readBackFromBothJsonRenderings(long seed) {
    WindowsEvent e = randomEvent(new Random(seed));
    YMap collector = (YMap) JsonTree.read(SourceFile.of("j", new WindowsCollectorJsonRendering().render(e).value().raw()))
        .value().get(0);
    YMap otel = (YMap) JsonTree.read(SourceFile.of("j", new WindowsOtelJsonRendering().render(e).value().raw()))
        .value().get(0);
    for (DataField d : e.eventData()) {
      assertThat(text(YNodes.mapAt(collector, "EventData").orElseThrow(), d.name())).isEqualTo(d.value());
      assertThat(text(YNodes.mapAt(otel, "event_data").orElseThrow(), d.name())).isEqualTo(goText(d.value()));
    }
    assertThat(text(collector, "EventID")).isEqualTo(Long.toString(e.system().eventId().getAsLong()));
    assertThat(text(collector, "Channel")).isEqualTo(e.system().channel().orElseThrow());
    assertThat(text(YNodes.mapAt(collector, "Provider").orElseThrow(), "Name")).isEqualTo(e.system().providerName().orElseThrow());
    assertThat(text(otel, "computer")).isEqualTo(e.system().computer().orElseThrow());
    assertThat(text(YNodes.mapAt(otel, "event_id").orElseThrow(), "id")).isEqualTo(Long.toString(e.system().eventId().getAsLong()));
  }

  @Test
  void regressionEvents_readBackFromXmlAndJson() {
    assumeTrue(RegressionCorpus.isPresent(), "corpus not present");
    int checked = 0;
    for (RegressionCorpus.Event r : RegressionCorpus.events()) {
      WindowsEvent e = WindowsEvent.fromEvtxJson(r.record()).value();
      String xml = new WindowsXmlRendering().render(e).value().raw();
      assertThat(readXml(xml)).as(r.name()).isEqualTo(expected(e));
      YMap json = (YMap) JsonTree.read(SourceFile.of("j", new WindowsCollectorJsonRendering().render(e).value().raw()))
          .value().get(0);
      YMap data = e.userData().isPresent()
          ? YNodes.mapAt(YNodes.mapAt(json, "UserData").orElseThrow(), e.userData().get().element()).orElseThrow()
          : YNodes.mapAt(json, "EventData").orElseThrow();
      for (DataField d : e.allData()) {
        assertThat(text(data, d.name())).as(r.name() + " " + d.name()).isEqualTo(d.value());
      }
      checked++;
    }
    assertThat(checked).isEqualTo(142);
  }

  private static String text(YMap map, String key) {
    return ((YScalar) map.get(key).orElseThrow(() -> new AssertionError("no " + key + " in " + map.entries().keySet())))
        .text();
  }

  private static String goText(String s) {
    StringBuilder out = new StringBuilder();
    JsonText.string(s, JsonText.Style.GO, out);
    YScalar back = (YScalar) JsonTree.read(SourceFile.of("s", out.toString())).value().get(0);
    return back.text();
  }
}
