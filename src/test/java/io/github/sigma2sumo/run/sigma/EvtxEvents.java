package io.github.sigma2sumo.run.sigma;

import io.github.sigma2sumo.sigma.YamlTree;
import io.github.sigma2sumo.sigma.YamlTree.Entry;
import io.github.sigma2sumo.sigma.YamlTree.YMap;
import io.github.sigma2sumo.sigma.YamlTree.YNode;
import io.github.sigma2sumo.source.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * EVTX events as the SigmaHQ regression data holds them (JSON of the event XML: one object or
 * several concatenated) turned into flat maps of Sigma field names, as the specification names
 * Windows fields ("Field Usage"): {@code System} children by their name, their XML attributes as
 * {@code Tag_Attribute} ({@code Provider_Name}, {@code Execution_ProcessID}), {@code EventData}
 * by the data name, and the fields of the one element under {@code UserData}.
 */
final class EvtxEvents {
  private EvtxEvents() {}

  /** The JSON objects of {@code text}, which may be concatenated without a separator. */
  static List<String> split(String text) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    int start = -1;
    boolean inString = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == '{') {
        if (depth++ == 0) {
          start = i;
        }
      } else if (c == '}' && --depth == 0) {
        out.add(text.substring(start, i + 1));
      }
    }
    return out;
  }

  static YMap flatten(String json) throws YamlTree.YamlException {
    YMap root = (YMap) YamlTree.documents(json).get(0);
    YMap event = (YMap) root.get("Event").orElseThrow();
    Map<String, Entry> out = new LinkedHashMap<>();
    event.get("System").ifPresent(system -> ((YMap) system).entries().values().forEach(e -> {
      if (e.value() instanceof YMap m) {
        m.get("#text").ifPresent(t -> put(out, e.key(), t));
        m.get("#attributes").ifPresent(a -> ((YMap) a).entries().values()
            .forEach(attr -> put(out, e.key() + "_" + attr.key(), attr.value())));
      } else {
        put(out, e.key(), e.value());
      }
    }));
    event.get("EventData").filter(YMap.class::isInstance).ifPresent(data -> ((YMap) data).entries().values()
        .forEach(e -> put(out, e.key(), e.value() instanceof YMap m && m.get("#text").isPresent()
            ? m.get("#text").get() : e.value())));
    event.get("UserData").filter(YMap.class::isInstance).ifPresent(data -> ((YMap) data).entries().values()
        .forEach(element -> {
          if (element.value() instanceof YMap m) {
            m.entries().values().stream().filter(f -> !f.key().startsWith("#"))
                .forEach(f -> put(out, f.key(), f.value()));
          }
        }));
    return new YMap(out, Span.SYNTHETIC);
  }

  private static void put(Map<String, Entry> out, String key, YNode value) {
    out.put(key, new Entry(key, Span.SYNTHETIC, value));
  }
}
