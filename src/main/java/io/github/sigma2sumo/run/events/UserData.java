package io.github.sigma2sumo.run.events;

import java.util.List;
import java.util.Optional;

/**
 * The {@code UserData} of a Windows event: one element named by the provider's manifest (such as
 * {@code LogFileCleared} or WMI-Activity's {@code Operation_ClientFailure}), its namespace, and its
 * child elements in order. Only one level of children is modelled: every UserData event SigmaHQ's
 * rules read keeps its fields there; a deeper element is refused where the event is read, never
 * dropped.
 */
public record UserData(String element, Optional<String> xmlns, List<DataField> fields) {

  public UserData {
    fields = List.copyOf(fields);
  }
}
