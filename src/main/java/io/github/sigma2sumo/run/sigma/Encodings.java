package io.github.sigma2sumo.run.sigma;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * The encoding modifiers of SigmaHQ/sigma-specification, specification/sigma-appendix-modifiers.md
 * ("Encoding"), on literal values: {@code utf16le} (alias {@code wide}), {@code utf16be},
 * {@code utf16} (the byte order mark {@code FF FE}, then UTF-16LE, as the specification's example
 * shows; pySigma 1.5 wrote the mark as UTF-8 {@code EF BB BF}), {@code base64} and
 * {@code base64offset}.
 *
 * <p>The UTF-16 modifiers give bytes, held one per character (0-255) with
 * {@link SigmaText#bytes()} set; {@code base64} encodes those bytes as they are and any other
 * text as UTF-8. A byte value that reaches a field unencoded is compared as that text, one
 * character per byte ({@code wide} of {@code cmd} is {@code c\0m\0d\0}), which is what pySigma's
 * {@code wide} gives for ASCII.
 */
final class Encodings {

  private Encodings() {}

  static SigmaText utf16le(String text) {
    return SigmaText.literal(new String(text.getBytes(StandardCharsets.UTF_16LE), StandardCharsets.ISO_8859_1), true);
  }

  static SigmaText utf16be(String text) {
    return SigmaText.literal(new String(text.getBytes(StandardCharsets.UTF_16BE), StandardCharsets.ISO_8859_1), true);
  }

  static SigmaText utf16(String text) {
    return SigmaText.literal("\u00ff\u00fe" + utf16le(text).plain().orElseThrow(), true);
  }

  static SigmaText base64(String text, boolean bytes) {
    return SigmaText.literal(Base64.getEncoder().encodeToString(bytesOf(text, bytes)), false);
  }

  /**
   * The three base64 texts in which {@code text} shows when it starts 0, 1 or 2 bytes into an
   * encoded blob: the characters that do not depend on the bytes around it. For shift {@code i},
   * {@code i} filler bytes are encoded before the value; the first 0, 2 or 3 characters depend
   * on the filler and are cut, and so are the last characters that depend on what follows (none
   * when the shifted length is a multiple of 3, else 2 or 3 with the padding). Lengths are byte
   * lengths of the encoded value, so non-ASCII text is cut right.
   */
  static List<SigmaText> base64Offsets(String text, boolean bytes) {
    byte[] data = bytesOf(text, bytes);
    int[] startCut = {0, 2, 3};
    int[] endCut = {0, 3, 2};
    SigmaText[] out = new SigmaText[3];
    for (int i = 0; i < 3; i++) {
      byte[] shifted = new byte[data.length + i];
      System.arraycopy(data, 0, shifted, i, data.length);
      String encoded = Base64.getEncoder().encodeToString(shifted);
      int end = encoded.length() - endCut[(data.length + i) % 3];
      out[i] = SigmaText.literal(end > startCut[i] ? encoded.substring(startCut[i], end) : "", false);
    }
    return List.of(out);
  }

  private static byte[] bytesOf(String text, boolean bytes) {
    return text.getBytes(bytes ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
  }
}
