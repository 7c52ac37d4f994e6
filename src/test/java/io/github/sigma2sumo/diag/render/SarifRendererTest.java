package io.github.sigma2sumo.diag.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Artifact locations are valid URI references (SARIF 2.1.0 §3.4.3) that name the file given. */
class SarifRendererTest {

  @Test
  void relativePathsStayRelativeAndPlainOnesUnchanged() {
    assertThat(SarifRenderer.uri("rules/t1102.002/net_connection.yml")).isEqualTo("rules/t1102.002/net_connection.yml");
    assertThat(SarifRenderer.uri("rules\\win\\x.yml")).isEqualTo("rules/win/x.yml");
    assertThat(SarifRenderer.uri("-")).isEqualTo("-");
  }

  @Test
  void spacesPercentSignsAndOtherCharactersAreEncoded() {
    assertThat(SarifRenderer.uri("dir with spaces/ü/q r.sumo")).isEqualTo("dir%20with%20spaces/%C3%BC/q%20r.sumo");
    assertThat(SarifRenderer.uri("a%b#c?d:e.sumo")).isEqualTo("a%25b%23c%3Fd%3Ae.sumo");
  }

  @Test
  void absolutePathsBecomeFileUrisThatNameTheSameFile() {
    String path = "/tmp/dir with spaces/ü/q#1.sumo";
    String uri = SarifRenderer.uri(path);
    assertThat(uri).isEqualTo("file:///tmp/dir%20with%20spaces/%C3%BC/q%231.sumo");
    assertThat(Path.of(URI.create(uri))).isEqualTo(Path.of(path));
    assertThat(SarifRenderer.uri("C:\\Rules\\x y.yml")).isEqualTo("file:///C:/Rules/x%20y.yml");
  }
}
