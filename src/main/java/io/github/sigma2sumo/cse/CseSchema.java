package io.github.sigma2sumo.cse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The Cloud SIEM normalized schema: every field a record can carry, from the bundled list
 * {@code schema-fields.txt} (reference sumo-cloud-siem.md §4, from Sumo's content catalog
 * schema/normalized_schema_build.json). Zeek fields ({@code bro_*}) are accepted as a family.
 */
public final class CseSchema {

  private static final Map<String, List<String>> FAMILIES = Map.of(
      "<p>", List.of("device", "srcDevice", "dstDevice"),
      "<ip>", List.of("device_ip", "srcDevice_ip", "dstDevice_ip", "device_natIp", "dns_replyIp"),
      "<dom>", List.of("dns_queryDomain", "dns_replyDomain"),
      "<url>", List.of("http_url", "http_referer"));

  /** Fields whose values people write in any case: comparing them case-sensitively misses matches. */
  private static final Set<String> CASE_VARYING = Set.of("baseImage", "parentBaseImage", "grandparentBaseImage",
      "commandLine", "parentCommandLine", "grandparentCommandLine", "file_path", "file_basename", "changeTarget",
      "user_username", "targetUser_username", "user_authDomain", "device_hostname", "srcDevice_hostname",
      "dstDevice_hostname", "http_url", "http_referer", "http_userAgent", "http_hostname", "dns_query",
      "dns_queryDomain", "http_url_fqdn", "user_email", "targetUser_email", "email_sender", "email_recipient");

  /** Zeek's fields: {@code bro_} and a name. */
  private static final java.util.regex.Pattern ZEEK = java.util.regex.Pattern.compile("bro_[A-Za-z0-9_]+");

  /** Lower-cased name to the schema's spelling. */
  private static final Map<String, String> FIELDS = load();

  private CseSchema() {}

  /** True when {@code name} is a schema field, spelled as the schema spells it. */
  public static boolean isField(String name) {
    return name.equals(FIELDS.get(name.toLowerCase(Locale.ROOT))) || ZEEK.matcher(name).matches();
  }

  /** The schema's spelling of a field that differs from {@code name} only in case. */
  public static Optional<String> spelling(String name) {
    return Optional.ofNullable(FIELDS.get(name.toLowerCase(Locale.ROOT)));
  }

  public static java.util.Collection<String> fields() {
    return FIELDS.values();
  }

  public static boolean isCaseVarying(String name) {
    return CASE_VARYING.contains(name);
  }

  private static Map<String, String> load() {
    Map<String, String> out = new HashMap<>();
    try (InputStream in = CseSchema.class.getResourceAsStream("schema-fields.txt")) {
      if (in == null) {
        throw new IllegalStateException("schema-fields.txt is missing from the jar");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        line = line.strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        for (String name : expand(line)) {
          out.put(name.toLowerCase(Locale.ROOT), name);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(out);
  }

  private static List<String> expand(String line) {
    for (Map.Entry<String, List<String>> family : FAMILIES.entrySet()) {
      if (line.startsWith(family.getKey())) {
        List<String> names = new ArrayList<>();
        family.getValue().forEach(prefix -> names.add(prefix + line.substring(family.getKey().length())));
        return names;
      }
    }
    return List.of(line);
  }
}
