package io.github.sigma2sumo.run.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The names Windows gives the standard values of {@code Level}, {@code Opcode} and the
 * {@code Keywords} bits (the {@code win:} values of winmeta.xml, as {@code EvtFormatMessage}
 * renders them in English). The JSON renderings write these names where the shipper writes the
 * rendered value: Sumo's Windows JSON has {@code "Keywords":"Audit Success"}, {@code "Opcode":"Info"}
 * and {@code "Level":"Error"} (docs/integrations/microsoft-azure/windows-json.md and the Windows JSON
 * apps' searches, which look for {@code "\"Level\":\"Error\""}).
 *
 * <p>Choices the documentation leaves open: level 0 ({@code win:LogAlways}, which every Security
 * audit event has) is named {@code Information}, as Event Viewer shows those events; a
 * provider-defined level, opcode or keyword (outside the standard ranges) has no name here, and the
 * renderings write the number (or, for keywords, the hex mask) instead.
 */
final class WindowsNames {
  private WindowsNames() {}

  private static final String[] LEVELS = {"Information", "Critical", "Error", "Warning", "Information", "Verbose"};

  private static final String[] OPCODES = {"Info", "Start", "Stop", "DCStart", "DCStop", "Extension", "Reply",
      "Resume", "Suspend", "Send"};

  /** Bits 48 to 55 of the keyword mask, from the lowest. */
  private static final String[] KEYWORDS = {"Response Time", "WDI Context", "WDI Diag", "SQM", "Audit Failure",
      "Audit Success", "Correlation Hint", "Classic"};

  static Optional<String> level(long level) {
    return level >= 0 && level < LEVELS.length ? Optional.of(LEVELS[(int) level]) : Optional.empty();
  }

  static Optional<String> opcode(long opcode) {
    if (opcode >= 0 && opcode < OPCODES.length) {
      return Optional.of(OPCODES[(int) opcode]);
    }
    return opcode == 240 ? Optional.of("Receive") : Optional.empty();
  }

  /**
   * The names of the standard keyword bits set in {@code mask} (hex, as Windows writes it), highest
   * bit first as Event Viewer lists them; empty when none is set or the mask is not hex.
   */
  static List<String> keywords(String mask) {
    List<String> names = new ArrayList<>();
    String m = mask.trim();
    if (!m.startsWith("0x") && !m.startsWith("0X")) {
      return names;
    }
    long bits;
    try {
      bits = Long.parseUnsignedLong(m.substring(2), 16);
    } catch (NumberFormatException e) {
      return names;
    }
    for (int bit = 55; bit >= 48; bit--) {
      if ((bits & (1L << bit)) != 0) {
        names.add(KEYWORDS[bit - 48]);
      }
    }
    return names;
  }
}
