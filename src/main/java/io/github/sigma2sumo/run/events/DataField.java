package io.github.sigma2sumo.run.events;

/**
 * One {@code <Data>} element of a Windows event's {@code EventData}, or one field of its
 * {@code UserData} element: a name and the text Windows renders for the value. The name is empty
 * for an unnamed {@code <Data>} (classic event-log events such as Windows PowerShell 400 and 800
 * write their inserts without names). Names may hold spaces ({@code Threat Name} in Windows
 * Defender events).
 */
public record DataField(String name, String value) {

  public boolean isUnnamed() {
    return name.isEmpty();
  }
}
