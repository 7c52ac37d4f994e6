package io.github.sigma2sumo.pack;

import io.github.sigma2sumo.compile.CseFieldUse;
import io.github.sigma2sumo.sigma.LogSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The entities a rule's signals name (reference sumo-cloud-siem.md §4 entity fields, §5.1
 * entitySelectors): every entity field the rule's expressions read (as the compiler recorded
 * them), in schema order, and the host, user or address that says where the rule fired (by log
 * source, as the official backend chooses them, §8.2). A rule that names none gets the device's
 * host name and address.
 */
final class EntitySelectors {
  private EntitySelectors() {}

  record Selector(String entityType, String expression) {}

  /** Entity fields of the schema with their entity type, in the order selectors are listed. */
  private static final Map<String, String> ENTITY_FIELDS = new LinkedHashMap<>();

  static {
    for (String p : List.of("device", "srcDevice", "dstDevice")) {
      ENTITY_FIELDS.put(p + "_hostname", "_hostname");
    }
    for (String f : List.of("device_ip", "srcDevice_ip", "dstDevice_ip", "device_natIp", "srcDevice_natIp",
        "dstDevice_natIp", "dns_replyIp")) {
      ENTITY_FIELDS.put(f, "_ip");
    }
    for (String p : List.of("device", "srcDevice", "dstDevice")) {
      ENTITY_FIELDS.put(p + "_mac", "_mac");
    }
    ENTITY_FIELDS.put("user_username", "_username");
    ENTITY_FIELDS.put("targetUser_username", "_username");
    ENTITY_FIELDS.put("user_email", "_email");
    ENTITY_FIELDS.put("targetUser_email", "_email");
    ENTITY_FIELDS.put("baseImage", "_process");
    ENTITY_FIELDS.put("parentBaseImage", "_process");
    ENTITY_FIELDS.put("commandLine", "_command");
    ENTITY_FIELDS.put("file_path", "_file");
    for (String h : List.of("md5", "sha1", "sha256", "imphash", "pehash", "ssdeep")) {
      ENTITY_FIELDS.put("file_hash_" + h, "_hash");
    }
    ENTITY_FIELDS.put("http_url_fqdn", "_domain");
    ENTITY_FIELDS.put("http_url", "_url");
    ENTITY_FIELDS.put("http_userAgent", "_useragent");
    ENTITY_FIELDS.put("resource", "_resource");
  }

  private static final Set<String> NETWORK = Set.of("network_connection", "firewall", "proxy", "webserver", "dns");
  /** Products whose events happen on a host: the host and its user are the entities. */
  private static final Set<String> HOSTS = Set.of("windows", "linux", "macos");
  private static final Set<String> CLOUD = Set.of("aws", "azure", "gcp", "okta", "m365", "office365", "github",
      "google_workspace");

  static List<Selector> of(CseFieldUse reads, List<String> groupBy, List<LogSource> sources) {
    Set<String> used = new TreeSet<>(reads.fields());
    boolean endpoint = reads.products().contains("Windows");
    used.addAll(groupBy);
    for (LogSource s : sources) {
      String category = s.category().orElse("");
      String product = s.product().orElse("");
      if (NETWORK.contains(category)) {
        used.add("srcDevice_ip");
      }
      if (CLOUD.contains(product)) {
        used.add("srcDevice_ip");
        used.add("user_username");
      }
      endpoint |= HOSTS.contains(product);
    }
    if (endpoint) {
      used.add("device_hostname");
      used.add("user_username");
    }
    List<Selector> out = new ArrayList<>();
    ENTITY_FIELDS.forEach((field, type) -> {
      if (used.contains(field)) {
        out.add(new Selector(type, field));
      }
    });
    if (out.isEmpty()) {
      out.add(new Selector("_hostname", "device_hostname"));
      out.add(new Selector("_ip", "device_ip"));
    }
    return out;
  }
}
