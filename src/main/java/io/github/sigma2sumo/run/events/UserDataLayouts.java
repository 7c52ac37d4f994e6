package io.github.sigma2sumo.run.events;

import io.github.sigma2sumo.sigma.YamlTree.YList;
import io.github.sigma2sumo.sigma.YamlTree.YMap;
import io.github.sigma2sumo.sigma.YamlTree.YNode;
import io.github.sigma2sumo.sigma.YamlTree.YScalar;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which Windows events keep their fields in {@code UserData} and under which element: the table in
 * {@code userdata.yml} beside this class, with the source of each entry. Used only where the event
 * itself cannot say (a flat object of Sigma field names).
 */
final class UserDataLayouts {

  /** One event kind: its channel, event ids, the UserData element and the element's namespace. */
  record Layout(String channel, List<Long> eventIds, String element, String xmlns) {}

  private static final List<Layout> LAYOUTS = load();

  private UserDataLayouts() {}

  /** The UserData element of an event of {@code channel} with {@code eventId}, if it has one. */
  static Optional<Layout> of(String channel, long eventId) {
    return LAYOUTS.stream()
        .filter(l -> l.channel().equalsIgnoreCase(channel) && l.eventIds().contains(eventId))
        .findFirst();
  }

  static List<Layout> all() {
    return LAYOUTS;
  }

  private static List<Layout> load() {
    List<Layout> out = new ArrayList<>();
    for (YNode node : ((YList) YNodes.resource("userdata.yml")).items()) {
      YMap m = (YMap) node;
      List<Long> ids = new ArrayList<>();
      for (YNode id : ((YList) m.get("eventIds").orElseThrow()).items()) {
        ids.add(((BigDecimal) ((YScalar) id).value()).longValueExact());
      }
      out.add(new Layout(text(m, "channel"), List.copyOf(ids), text(m, "element"), text(m, "xmlns")));
    }
    return List.copyOf(out);
  }

  private static String text(YMap m, String key) {
    return ((YScalar) m.get(key).orElseThrow()).text();
  }
}
