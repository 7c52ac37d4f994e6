package io.github.sigma2sumo.run.events;

import io.github.sigma2sumo.sigma.YamlTree.YMap;
import io.github.sigma2sumo.sigma.YamlTree.YNode;
import java.math.BigDecimal;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The record Cloud SIEM builds from a web proxy event, for the proxy as Sigma's proxy taxonomy names
 * its fields: Symantec ProxySG (Blue Coat), whose access log fields (W3C names: {@code c-ip},
 * {@code cs-host}, {@code cs-method}, {@code cs-bytes} ...) are the ones Sigma's proxy rules use.
 *
 * <p>First the event is written as ProxySG logs it in the main access-log format that Sumo's Blue
 * Coat documentation shows: Sigma's {@code c-useragent} is the log's {@code cs(User-Agent)},
 * {@code cs-referrer} its {@code cs(Referer)}, and {@code c-uri} is split into
 * {@code cs-uri-scheme}, {@code cs-host}, {@code cs-uri-port}, {@code cs-uri-path} and
 * {@code cs-uri-query}. Then Cloud SIEM's ProxySG mapping (SumoLogic/cloud-siem-content-catalog,
 * the ProxySG parser in {@code audit/parsers.json} and its mapping in {@code mappings/}) fills:
 * {@code http_method} from {@code cs-method}, {@code http_hostname} from {@code cs-host},
 * {@code srcDevice_ip} from {@code c-ip}, {@code user_username} from {@code cs-username},
 * {@code bytesOut} from {@code cs-bytes}, {@code bytesIn} from {@code sc-bytes},
 * {@code http_response_statusCode} from {@code sc-status}. It fills no {@code http_url} (its
 * mapping reads {@code cs-uri-pathquery}, which the main format does not have), so no
 * {@code http_url_*} field is derived, and no {@code http_userAgent}: the user agent stays in
 * {@code fields['cs(User-Agent)']}. Every raw key is in {@code fields}.
 *
 * <p>Written independently of the compiler's {@code cse} pipeline, so that a compiled rule that
 * reads a field this mapping leaves empty fails its test cases.
 */
final class ProxySgRecords {
  private ProxySgRecords() {}

  private static final Map<String, String> RENAMED = Map.of(
      "c-useragent", "cs(User-Agent)",
      "cs-user-agent", "cs(User-Agent)",
      "cs-referrer", "cs(Referer)",
      "cs-referer", "cs(Referer)",
      "c-uri-stem", "cs-uri-path",
      "c-uri-query", "cs-uri-query",
      "c-uri-extension", "cs-uri-extension",
      "r-dns", "cs-host");

  private static final Map<String, String> MAPPED = new LinkedHashMap<>();
  private static final java.util.Set<String> NUMBERS =
      java.util.Set.of("bytesOut", "bytesIn", "http_response_statusCode");

  static {
    MAPPED.put("cs-method", "http_method");
    MAPPED.put("cs-host", "http_hostname");
    MAPPED.put("c-ip", "srcDevice_ip");
    MAPPED.put("cs-username", "user_username");
    MAPPED.put("cs-bytes", "bytesOut");
    MAPPED.put("sc-bytes", "bytesIn");
    MAPPED.put("sc-status", "http_response_statusCode");
  }

  static Outcome<YMap> normalize(FlatRecord event) {
    Map<String, String> raw = new LinkedHashMap<>();
    Map<String, String> sigma = event.texts();
    for (Map.Entry<String, String> f : sigma.entrySet()) {
      if (f.getKey().equals("c-uri")) {
        splitUri(f.getValue(), raw);
      } else {
        raw.putIfAbsent(RENAMED.getOrDefault(f.getKey(), f.getKey()), f.getValue());
      }
    }
    Map<String, YNode> record = new LinkedHashMap<>();
    record.put("metadata_vendor", YNodes.string("Symantec"));
    record.put("metadata_product", YNodes.string("ProxySG"));
    record.put("metadata_mapperName", YNodes.string("Symantec ProxySG"));
    MAPPED.forEach((key, field) -> {
      String value = raw.get(key);
      if (value != null && !value.equals("-")) {
        record.put(field, NUMBERS.contains(field) && value.matches("\\d{1,18}")
            ? YNodes.scalar(new BigDecimal(value)) : YNodes.string(value));
      }
    });
    Map<String, YNode> fields = new LinkedHashMap<>();
    raw.forEach((k, v) -> fields.put(k, YNodes.string(v)));
    record.put("fields", YNodes.map(fields));
    return Outcome.ok(YNodes.map(record));
  }

  /** A URL as ProxySG logs its parts; text that is no URL is kept whole as the path. */
  private static void splitUri(String url, Map<String, String> raw) {
    try {
      URI uri = new URI(url);
      if (uri.getScheme() == null || uri.getRawAuthority() == null) {
        raw.putIfAbsent("cs-uri-path", url);
        return;
      }
      raw.putIfAbsent("cs-uri-scheme", uri.getScheme());
      raw.putIfAbsent("cs-host", uri.getHost() == null ? uri.getRawAuthority() : uri.getHost());
      raw.putIfAbsent("cs-uri-port", Integer.toString(uri.getPort() >= 0 ? uri.getPort()
          : uri.getScheme().equalsIgnoreCase("https") ? 443 : 80));
      raw.putIfAbsent("cs-uri-path", uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath());
      raw.putIfAbsent("cs-uri-query", uri.getRawQuery() == null ? "-" : "?" + uri.getRawQuery());
    } catch (java.net.URISyntaxException e) {
      raw.putIfAbsent("cs-uri-path", url);
    }
  }
}
