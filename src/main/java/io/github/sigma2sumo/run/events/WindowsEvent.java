package io.github.sigma2sumo.run.events;

import io.github.sigma2sumo.sigma.YamlTree.YList;
import io.github.sigma2sumo.sigma.YamlTree.YMap;
import io.github.sigma2sumo.sigma.YamlTree.YNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One Windows event: its {@code System} values, its {@code EventData} fields in order, or its
 * {@code UserData} element (Windows Event Schema, {@code EventType}: an event has one or the other).
 *
 * <p>Read from EVTX records converted to JSON ({@link #fromEvtxJson}, the form of SigmaHQ's
 * regression data) or from a flat object of Sigma field names ({@link #fromSigmaFields}); flattened
 * back into Sigma field names by {@link #sigmaFields()}; written as each shipper writes it by the
 * Windows renderings; normalized by {@link CseRecords}.
 *
 * <p>Sigma field names (SigmaHQ's, checked against the regression data and the rules it names):
 * <ul>
 *   <li>System values by {@link SystemField}'s names: {@code EventID}, {@code Channel},
 *       {@code Computer}, {@code Level}, {@code Keywords} ... and {@code Provider_Name}; integers
 *       as numbers, the rest as strings.
 *   <li>{@code EventData/Data[@Name=X]} as {@code X}, and the children of the UserData element as
 *       their own names (WMI-Activity 5858's rule reads {@code Operation}, which the event keeps
 *       in {@code UserData/Operation_ClientFailure/Operation}). Values are strings, as Windows
 *       renders them, whatever type the EVTX converter gave them.
 *   <li>Unnamed {@code <Data>} elements (classic event-log inserts) as {@code Data}: the one value,
 *       or the list of them, which a Sigma value matches when it matches any.
 *   <li>A provider that writes other names than SigmaHQ's ({@link ProviderNames}: Windows Defender's
 *       {@code Threat Name}) has its fields seen under both: the provider's, and SigmaHQ's
 *       ({@code ThreatName}).
 *   <li>A data field named like a System value ({@code Channel} in some UserData) does not hide
 *       the System value: the System value wins in {@link #sigmaFields()}, the data field stays in
 *       every rendering.
 * </ul>
 */
public record WindowsEvent(WindowsSystem system, List<DataField> eventData, Optional<UserData> userData)
    implements SourceEvent {

  public WindowsEvent {
    eventData = List.copyOf(eventData);
  }

  /**
   * An EVTX record as JSON: {@code {"Event": {"System": ..., "EventData": ...}}} with attributes
   * under {@code #attributes} and element text under {@code #text} where an element has both, as
   * SigmaHQ's regression data has it; the outer {@code Event} may be left out.
   */
  public static Outcome<WindowsEvent> fromEvtxJson(YMap record) {
    return EvtxJson.read(record);
  }

  /**
   * A flat object of Sigma field names: System values by their Sigma names, everything else event
   * data, except for the events {@code userdata.yml} lists, whose other fields go under their
   * UserData element; a {@code UserData} key holding {@code {element: {field: value}}} says so
   * explicitly. {@code Data} is the unnamed data (a value or a list of values).
   */
  public static Outcome<WindowsEvent> fromSigmaFields(YMap fields) {
    return SigmaWindowsFields.read(fields);
  }

  /** The event as an object of Sigma field names (see the class comment). */
  @Override
  public YMap sigmaFields() {
    Map<String, YNode> out = new LinkedHashMap<>();
    for (SystemField f : SystemField.values()) {
      f.get(system).ifPresent(v -> out.put(f.sigmaName(),
          f.isNumeric() ? YNodes.number(Long.parseLong(v)) : YNodes.string(v)));
    }
    List<YNode> unnamed = new ArrayList<>();
    for (DataField d : allData()) {
      if (d.isUnnamed()) {
        unnamed.add(YNodes.string(d.value()));
      } else {
        out.putIfAbsent(d.name(), YNodes.string(d.value()));
        ProviderNames.sigmaName(system.channel(), d.name())
            .ifPresent(n -> out.putIfAbsent(n, YNodes.string(d.value())));
      }
    }
    if (unnamed.size() == 1) {
      out.putIfAbsent("Data", unnamed.get(0));
    } else if (!unnamed.isEmpty()) {
      out.putIfAbsent("Data", YNodes.list(unnamed));
    }
    return YNodes.map(out);
  }

  /** EventData fields, then the UserData element's fields. */
  public List<DataField> allData() {
    List<DataField> all = new ArrayList<>(eventData);
    userData.ifPresent(u -> all.addAll(u.fields()));
    return all;
  }

  /** {@code <Channel>-<EventID>}, Cloud SIEM's {@code metadata_deviceEventId} of the event. */
  public Optional<String> deviceEventId() {
    if (system.channel().isEmpty() || system.eventId().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(system.channel().get() + "-" + system.eventId().getAsLong());
  }

  /** True when the value at {@code node} is one that a list field (only {@code Data}) may hold. */
  static boolean isList(YNode node) {
    return node instanceof YList;
  }
}
