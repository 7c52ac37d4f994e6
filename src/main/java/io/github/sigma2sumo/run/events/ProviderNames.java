package io.github.sigma2sumo.run.events;

import io.github.sigma2sumo.sigma.YamlTree.Entry;
import io.github.sigma2sumo.sigma.YamlTree.YList;
import io.github.sigma2sumo.sigma.YamlTree.YMap;
import io.github.sigma2sumo.sigma.YamlTree.YNode;
import io.github.sigma2sumo.sigma.YamlTree.YScalar;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The event data names of providers that write other names than SigmaHQ's rules read (Windows
 * Defender's {@code Threat Name} for {@code ThreatName}): the table in {@code provider-names.yml}
 * beside this class, with its sources.
 */
final class ProviderNames {
  /** Channel, lower-cased, to SigmaHQ's name to the provider's. */
  private static final Map<String, Map<String, String>> BY_CHANNEL = load();

  private ProviderNames() {}

  /** The name {@code channel}'s provider writes for SigmaHQ's {@code sigmaName}. */
  static String providerName(Optional<String> channel, String sigmaName) {
    return names(channel).getOrDefault(sigmaName, sigmaName);
  }

  /** SigmaHQ's name for the provider's {@code name}, when they differ. */
  static Optional<String> sigmaName(Optional<String> channel, String name) {
    return names(channel).entrySet().stream().filter(e -> e.getValue().equals(name)).map(Map.Entry::getKey).findFirst();
  }

  private static Map<String, String> names(Optional<String> channel) {
    return channel.map(c -> BY_CHANNEL.getOrDefault(c.toLowerCase(Locale.ROOT), Map.of())).orElse(Map.of());
  }

  private static Map<String, Map<String, String>> load() {
    Map<String, Map<String, String>> out = new LinkedHashMap<>();
    for (YNode node : ((YList) YNodes.resource("provider-names.yml")).items()) {
      YMap m = (YMap) node;
      Map<String, String> names = new LinkedHashMap<>();
      for (Entry e : ((YMap) m.get("names").orElseThrow()).entries().values()) {
        names.put(e.key(), ((YScalar) e.value()).text());
      }
      out.put(((YScalar) m.get("channel").orElseThrow()).text().toLowerCase(Locale.ROOT), Map.copyOf(names));
    }
    return Map.copyOf(out);
  }
}
