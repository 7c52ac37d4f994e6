package io.github.sigma2sumo.content;

import java.util.Arrays;

/**
 * Text taken out of a host file, with where each of its code points is written there:
 * {@code hostOffsets[i]} is the host's code-point offset of the first character that writes code
 * point {@code i} (the backslash of an escape), and {@code hostOffsets[length]} where the text ends
 * (its closing quote). Offsets never decrease.
 */
public record EmbeddedText(String text, int[] hostOffsets) {

  public EmbeddedText {
    if (hostOffsets.length != text.codePointCount(0, text.length()) + 1) {
      throw new IllegalArgumentException("one offset per code point and one for the end");
    }
  }

  /** The host offset of the text's code point {@code offset} (the end for offsets past it). */
  public int hostOffset(int offset) {
    return hostOffsets[Math.max(0, Math.min(offset, hostOffsets.length - 1))];
  }

  /** This text, taken out of {@code outer}'s text, placed in {@code outer}'s host. */
  public EmbeddedText through(EmbeddedText outer) {
    int[] mapped = new int[hostOffsets.length];
    for (int i = 0; i < mapped.length; i++) {
      mapped[i] = outer.hostOffset(hostOffsets[i]);
    }
    return new EmbeddedText(text, mapped);
  }

  /** The text with {@code prefix} before it, whose code points are all placed where the text starts. */
  public EmbeddedText prefixed(String prefix) {
    int n = prefix.codePointCount(0, prefix.length());
    int[] mapped = new int[hostOffsets.length + n];
    java.util.Arrays.fill(mapped, 0, n, hostOffsets[0]);
    System.arraycopy(hostOffsets, 0, mapped, n, hostOffsets.length);
    return new EmbeddedText(prefix + text, mapped);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EmbeddedText e && text.equals(e.text) && Arrays.equals(hostOffsets, e.hostOffsets);
  }

  @Override
  public int hashCode() {
    return text.hashCode() * 31 + Arrays.hashCode(hostOffsets);
  }

  @Override
  public String toString() {
    return "EmbeddedText[" + text + "]";
  }
}
