package io.github.sigma2sumo.run.events;

import io.github.sigma2sumo.sigma.YamlTree.Entry;
import io.github.sigma2sumo.sigma.YamlTree.YList;
import io.github.sigma2sumo.sigma.YamlTree.YMap;
import io.github.sigma2sumo.sigma.YamlTree.YNode;
import io.github.sigma2sumo.sigma.YamlTree.YScalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a Windows event from a flat object of Sigma field names (see
 * {@link WindowsEvent#fromSigmaFields}): what a user writes by hand to test a rule.
 */
final class SigmaWindowsFields {
  private SigmaWindowsFields() {}

  static Outcome<WindowsEvent> read(YMap fields) {
    WindowsSystem.Builder builder = WindowsSystem.builder();
    List<DataField> data = new ArrayList<>();
    Optional<UserData> explicit = Optional.empty();
    for (Entry e : fields.entries().values()) {
      String name = e.key();
      YNode node = e.value();
      Optional<SystemField> system = SystemField.bySigmaName(name);
      if (system.isPresent()) {
        if (!(node instanceof YScalar s)) {
          return Outcome.failed("the System value " + name + " must be a scalar, not " + YNodes.kind(node), node.span());
        }
        Optional<String> problem = system.get().set(builder, YNodes.text(s));
        if (problem.isPresent()) {
          return Outcome.failed(problem.get(), node.span());
        }
      } else if (name.equals("UserData")) {
        Outcome<UserData> u = explicitUserData(node);
        if (u instanceof Outcome.Failed<UserData> f) {
          return Outcome.failed(f.message(), f.span());
        }
        explicit = Optional.of(u.value());
      } else if (name.equals("Data")) {
        List<YNode> items = node instanceof YList l ? l.items() : List.of(node);
        for (YNode item : items) {
          if (!(item instanceof YScalar s)) {
            return Outcome.failed("Data holds " + YNodes.kind(item) + ", not a value", item.span());
          }
          data.add(new DataField("", YNodes.text(s)));
        }
      } else if (node instanceof YScalar s) {
        data.add(new DataField(name, YNodes.text(s)));
      } else {
        return Outcome.failed("the field " + name + " holds " + YNodes.kind(node)
            + "; a Windows event field holds one value", node.span());
      }
    }
    WindowsSystem system = builder.build();
    data = data.stream().map(d -> new DataField(ProviderNames.providerName(system.channel(), d.name()), d.value()))
        .toList();
    if (explicit.isPresent()) {
      if (data.stream().anyMatch(d -> !d.isUnnamed())) {
        List<DataField> all = new ArrayList<>(explicit.get().fields());
        all.addAll(data);
        explicit = Optional.of(new UserData(explicit.get().element(), explicit.get().xmlns(), all));
        data = List.of();
      }
      return Outcome.ok(new WindowsEvent(system, data, explicit));
    }
    Optional<UserDataLayouts.Layout> layout = system.channel().isPresent() && system.eventId().isPresent()
        ? UserDataLayouts.of(system.channel().get(), system.eventId().getAsLong())
        : Optional.empty();
    if (layout.isPresent()) {
      UserDataLayouts.Layout l = layout.get();
      return Outcome.ok(new WindowsEvent(system, List.of(), Optional.of(new UserData(l.element(), Optional.of(l.xmlns()), data))));
    }
    return Outcome.ok(new WindowsEvent(system, data, Optional.empty()));
  }

  /** {@code UserData: {Element: {Field: value, ...}}}, with an optional {@code xmlns} field. */
  private static Outcome<UserData> explicitUserData(YNode node) {
    if (!(node instanceof YMap m) || m.entries().size() != 1
        || !(m.entries().values().iterator().next().value() instanceof YMap children)) {
      return Outcome.failed("UserData must be {element: {field: value, ...}}", node.span());
    }
    String element = m.entries().keySet().iterator().next();
    Optional<String> xmlns = Optional.empty();
    List<DataField> fields = new ArrayList<>();
    for (Entry child : children.entries().values()) {
      if (!(child.value() instanceof YScalar s)) {
        return Outcome.failed("UserData." + element + "." + child.key() + " must be a value, not "
            + YNodes.kind(child.value()), child.value().span());
      }
      if (child.key().equals("xmlns")) {
        xmlns = Optional.of(YNodes.text(s));
      } else {
        fields.add(new DataField(child.key(), YNodes.text(s)));
      }
    }
    return Outcome.ok(new UserData(element, xmlns, fields));
  }
}
