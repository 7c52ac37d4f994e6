package io.github.sigma2sumo.run.cse;

import io.github.sigma2sumo.sigma.YamlTree.Entry;
import io.github.sigma2sumo.sigma.YamlTree.YMap;
import io.github.sigma2sumo.sigma.YamlTree.YNode;
import org.jspecify.annotations.Nullable;

/**
 * Reads a field of a record by the name an expression gives it. A normalized record is a map of
 * schema fields ({@code commandLine}, {@code srcDevice_ip}) with the vendor's raw keys in the map
 * {@code fields} ({@code fields['EventData.Image']}); reference sumo-cloud-siem.md §2.2, §4.
 *
 * <p>Names are exact: schema fields are spelled in one case and the docs give no other reading. A
 * missing field is null. A dotted name ({@code fields.eventName}, which two built-in rules write)
 * is the record's key of that name if there is one, else the rest of the name as one key of the map
 * the first part names ({@code fields['eventName']}, {@code fields['EventData.Image']}), else the
 * parts as a path through nested maps. {@code _raw} names {@code fields}: the json clause's page
 * says CSE accepts it as an alias of {@code fields}.
 */
final class FieldLookup implements Node {

  private final String name;
  private final @Nullable String head;
  private final @Nullable String rest;
  private final String[] parts;

  FieldLookup(String name) {
    this.name = name.equals("_raw") ? "fields" : name;
    int dot = this.name.indexOf('.');
    if (dot > 0 && dot < this.name.length() - 1) {
      String first = this.name.substring(0, dot);
      this.head = first.equals("_raw") ? "fields" : first;
      this.rest = this.name.substring(dot + 1);
      this.parts = rest.split("\\.", -1);
    } else {
      this.head = null;
      this.rest = null;
      this.parts = new String[0];
    }
  }

  @Override
  public @Nullable Object eval(Frame frame) {
    return Coercions.fromNode(node(frame.record));
  }

  @Nullable YNode node(YMap record) {
    Entry e = record.entries().get(name);
    if (e != null) {
      return e.value();
    }
    if (head == null || rest == null) {
      return null;
    }
    Entry map = record.entries().get(head);
    if (map == null || !(map.value() instanceof YMap m)) {
      return null;
    }
    Entry whole = m.entries().get(rest);
    if (whole != null) {
      return whole.value();
    }
    YNode at = m;
    for (String part : parts) {
      if (!(at instanceof YMap step)) {
        return null;
      }
      Entry next = step.entries().get(part);
      if (next == null) {
        return null;
      }
      at = next.value();
    }
    return at;
  }
}
