package io.github.sigma2sumo.pack;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The text of the JSON pack files. */
public final class PackFiles {
  private PackFiles() {}

  /** {@code {"rules": [{"type", "endpoint", "fields"}, ...]}}: each entry's body is {@code {"fields": ...}}. */
  public static String cseRules(List<CseRulePack.PackedRule> rules) {
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
    return JsonText.of(pack);
  }

  public static String content(Map<String, Object> folder) {
    return JsonText.of(folder);
  }
}
