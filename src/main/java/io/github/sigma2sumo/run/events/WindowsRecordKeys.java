package io.github.sigma2sumo.run.events;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The raw keys of a Windows event in Cloud SIEM's Windows log format, as the catalog's mappings
 * name them: System values by their XML paths ({@link SystemField#path()}), {@code EventData.<Name>},
 * {@code UserData.<Element>.<Field>}, and the hashes of Sysmon's {@code Hashes}
 * ({@code SHA1=...,MD5=...,SHA256=...,IMPHASH=...}) under their algorithm's name.
 */
final class WindowsRecordKeys {
  private WindowsRecordKeys() {}

  static Map<String, String> of(WindowsEvent event) {
    Map<String, String> out = new LinkedHashMap<>();
    for (SystemField f : SystemField.values()) {
      f.get(event.system()).ifPresent(v -> out.put(f.path(), v));
    }
    for (DataField d : event.eventData()) {
      if (!d.isUnnamed()) {
        out.put("EventData." + d.name(), d.value());
      }
    }
    event.userData().ifPresent(u -> u.fields()
        .forEach(f -> out.put("UserData." + u.element() + "." + f.name(), f.value())));
    String hashes = out.get("EventData.Hashes");
    if (hashes != null) {
      for (String part : hashes.split(",")) {
        int eq = part.indexOf('=');
        if (eq > 0) {
          String algorithm = part.substring(0, eq).trim().toUpperCase(java.util.Locale.ROOT);
          if (algorithm.matches("MD5|SHA1|SHA256|IMPHASH")) {
            out.putIfAbsent(algorithm, part.substring(eq + 1).trim());
          }
        }
      }
    }
    return out;
  }
}
