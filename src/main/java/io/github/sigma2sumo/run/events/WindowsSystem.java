package io.github.sigma2sumo.run.events;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * The {@code System} element of a Windows event (Windows Event Schema, {@code SystemPropertiesType}):
 * every value the renderings write, each absent when the user's event does not give it (Windows
 * always writes them; a hand-made test event often gives only the fields a rule reads, and an
 * absent element is left out of every rendering rather than invented).
 *
 * <p>GUIDs are kept as written; the XML rendering adds the braces Windows writes when they are
 * missing (EVTX-to-JSON converters drop them).
 */
public record WindowsSystem(
    Optional<String> providerName,
    Optional<String> providerGuid,
    Optional<String> eventSourceName,
    OptionalLong eventId,
    OptionalLong qualifiers,
    OptionalLong version,
    OptionalLong level,
    OptionalLong task,
    OptionalLong opcode,
    Optional<String> keywords,
    Optional<String> systemTime,
    OptionalLong eventRecordId,
    Optional<String> activityId,
    Optional<String> relatedActivityId,
    OptionalLong processId,
    OptionalLong threadId,
    Optional<String> channel,
    Optional<String> computer,
    Optional<String> userId) {

  /** A System with nothing in it, to fill with {@link Builder}. */
  public static Builder builder() {
    return new Builder();
  }

  /** Collects System values while an event is read; {@link #build()} makes the record. */
  public static final class Builder {
    Optional<String> providerName = Optional.empty();
    Optional<String> providerGuid = Optional.empty();
    Optional<String> eventSourceName = Optional.empty();
    OptionalLong eventId = OptionalLong.empty();
    OptionalLong qualifiers = OptionalLong.empty();
    OptionalLong version = OptionalLong.empty();
    OptionalLong level = OptionalLong.empty();
    OptionalLong task = OptionalLong.empty();
    OptionalLong opcode = OptionalLong.empty();
    Optional<String> keywords = Optional.empty();
    Optional<String> systemTime = Optional.empty();
    OptionalLong eventRecordId = OptionalLong.empty();
    Optional<String> activityId = Optional.empty();
    Optional<String> relatedActivityId = Optional.empty();
    OptionalLong processId = OptionalLong.empty();
    OptionalLong threadId = OptionalLong.empty();
    Optional<String> channel = Optional.empty();
    Optional<String> computer = Optional.empty();
    Optional<String> userId = Optional.empty();

    private Builder() {}

    public WindowsSystem build() {
      return new WindowsSystem(providerName, providerGuid, eventSourceName, eventId, qualifiers, version,
          level, task, opcode, keywords, systemTime, eventRecordId, activityId, relatedActivityId,
          processId, threadId, channel, computer, userId);
    }
  }
}
