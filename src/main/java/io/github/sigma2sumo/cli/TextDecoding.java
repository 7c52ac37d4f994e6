package io.github.sigma2sumo.cli;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The text of an input file. UTF-8 (with or without a byte-order mark) is what rules and queries
 * are written in; UTF-16, which Windows editors and PowerShell's {@code Out-File} write, is read as
 * UTF-16 when a byte-order mark says so or when its zero bytes give it away (ASCII text in UTF-16
 * has a zero in every other byte). Anything else is refused with a reason that names the likely
 * encoding and the place of the first byte that is not UTF-8, never called "binary" when it is text.
 */
final class TextDecoding {
  private TextDecoding() {}

  /** The decoded text, or why there is none. */
  record Decoded(String text, String problem) {
    static Decoded of(String text) {
      return new Decoded(text, null);
    }

    static Decoded refused(String problem) {
      return new Decoded(null, problem);
    }

    boolean ok() {
      return text != null;
    }
  }

  static Decoded decode(byte[] bytes) {
    if (startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00)) {
      return Decoded.refused("the file is UTF-32 (it starts with a UTF-32 byte-order mark); save it as UTF-8");
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return utf16(bytes, 2, StandardCharsets.UTF_16BE);
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return utf16(bytes, 2, StandardCharsets.UTF_16LE);
    }
    boolean ascii = true;
    int firstNul = -1;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0 && firstNul < 0) {
        firstNul = i;
      }
      ascii &= bytes[i] > 0;
    }
    if (ascii) { // most rules: no decoder needed
      return Decoded.of(new String(bytes, StandardCharsets.US_ASCII));
    }
    if (firstNul >= 0) {
      Charset utf16 = utf16WithoutMark(bytes);
      if (utf16 != null) {
        return utf16(bytes, 0, utf16);
      }
      return Decoded.refused("binary file (NUL byte at offset " + firstNul + ")");
    }
    try {
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
      return Decoded.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
    } catch (CharacterCodingException e) {
      return Decoded.refused(notUtf8(bytes));
    }
  }

  private static Decoded utf16(byte[] bytes, int skip, Charset charset) {
    if ((bytes.length - skip) % 2 != 0) {
      return Decoded.refused("the file looks like " + charset.name() + " but has an odd number of bytes");
    }
    try {
      String text = charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip))
          .toString();
      if (text.indexOf('\0') >= 0) {
        return Decoded.refused("binary file (a NUL character in its " + charset.name() + " text)");
      }
      return Decoded.of(text);
    } catch (CharacterCodingException e) {
      return Decoded.refused("the file looks like " + charset.name() + " but is not valid " + charset.name());
    }
  }

  /**
   * UTF-16 without a byte-order mark: an even length, and in at least nine pairs out of ten the
   * same byte of the pair is zero (ASCII and Latin letters in UTF-16) while the other is not.
   */
  private static Charset utf16WithoutMark(byte[] bytes) {
    if (bytes.length < 2 || bytes.length % 2 != 0) {
      return null;
    }
    int zeroFirst = 0;
    int zeroSecond = 0;
    int pairs = bytes.length / 2;
    for (int i = 0; i + 1 < bytes.length; i += 2) {
      if (bytes[i] == 0 && bytes[i + 1] != 0) {
        zeroFirst++;
      } else if (bytes[i + 1] == 0 && bytes[i] != 0) {
        zeroSecond++;
      }
    }
    if (zeroSecond * 10L >= pairs * 9L) {
      return StandardCharsets.UTF_16LE;
    }
    if (zeroFirst * 10L >= pairs * 9L) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  /** Where the first byte that is not UTF-8 is, and what the file more likely is. */
  private static String notUtf8(byte[] bytes) {
    int at = firstInvalidUtf8(bytes);
    int line = 1;
    int column = 1;
    for (int i = 0; i < at; i++) {
      if (bytes[i] == '\n') {
        line++;
        column = 1;
      } else if ((bytes[i] & 0xC0) != 0x80) {
        column++;
      }
    }
    return "not valid UTF-8: byte 0x" + String.format("%02X", bytes[at] & 0xFF) + " at line " + line + ", column "
        + column + "; " + likely(bytes) + ", so convert it to UTF-8 (iconv -f WINDOWS-1252 -t UTF-8)";
  }

  private static int firstInvalidUtf8(byte[] bytes) {
    int i = 0;
    while (i < bytes.length) {
      int b = bytes[i] & 0xFF;
      int more = b < 0x80 ? 0 : b >= 0xC2 && b <= 0xDF ? 1 : b >= 0xE0 && b <= 0xEF ? 2 : b >= 0xF0 && b <= 0xF4 ? 3 : -1;
      if (more < 0 || i + more >= bytes.length && more > 0) {
        return i;
      }
      for (int k = 1; k <= more; k++) {
        if ((bytes[i + k] & 0xC0) != 0x80) {
          return i;
        }
      }
      i += more + 1;
    }
    return Math.max(0, bytes.length - 1); // surrogates or overlong forms: the decoder's finding
  }

  /** Windows-1252 uses 0x80-0x9F for printable characters (curly quotes, dashes); ISO-8859-1 does not. */
  private static String likely(byte[] bytes) {
    for (byte b : bytes) {
      int u = b & 0xFF;
      if (u >= 0x80 && u <= 0x9F) {
        return "it looks like Windows-1252 (0x80-0x9F hold its curly quotes and dashes)";
      }
    }
    return "it looks like ISO-8859-1 or Windows-1252";
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
