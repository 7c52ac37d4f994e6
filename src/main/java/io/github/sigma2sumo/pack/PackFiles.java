package io.github.sigma2sumo.pack;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The text of the JSON pack files. */
public final class PackFiles {
  private PackFiles() {}

  /** {@code {"rules": [{"type", "endpoint", "fields"}, ...]}}: each entry's body is {@code {"fields": ...}}. */
  public static void cseRules(List<CseRulePack.PackedRule> rules, Writer out) throws IOException {
    List<Map<String, Object>> entries = new ArrayList<>();
    for (CseRulePack.PackedRule r : rules) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("type", r.type());
      entry.put("endpoint", r.endpoint());
      entry.put("fields", r.fields());
      entries.add(entry);
    }
    Map<String, Object> pack = new LinkedHashMap<>();
    pack.put("rules", entries);
    JsonText.write(pack, out);
  }

  /** The content-library folder as JSON. */
  public static void content(Map<String, Object> folder, Writer out) throws IOException {
    JsonText.write(folder, out);
  }
}
