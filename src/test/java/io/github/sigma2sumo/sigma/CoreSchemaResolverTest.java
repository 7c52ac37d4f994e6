package io.github.sigma2sumo.sigma;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.resolver.CoreScalarResolver;

/** The shortcut resolver answers exactly as snakeyaml-engine's core-schema resolver. */
class CoreSchemaResolverTest {

  @Test
  void sameTagsAsTheCoreSchema() {
    CoreScalarResolver core = new CoreScalarResolver(true);
    CoreSchemaResolver fast = new CoreSchemaResolver();
    List<String> values = new ArrayList<>(List.of("", " ", "~", "null", "Null", "NULL", "nul", "true", "False", "TRUE",
        "yes", "1", "-1", "+0", "0o17", "0x1F", "1.5", ".5", "-.inf", ".NaN", "1e3", "<<", "${HOME}", "$x", "a",
        "\\cmd.exe", "Image|endswith", "4625", "00000429", "-enc", "*", "?x", "é", "\u0000", "trUe", "t", "false ",
        "falsepositives", "Title", "FALSE", "Tru", "f"));
    Random random = new Random(7);
    String alphabet = "ntfNTF~0123456789+-.eExob<$ {}:_aZ\\*";
    for (int i = 0; i < 20000; i++) {
      StringBuilder s = new StringBuilder();
      for (int n = random.nextInt(6); n >= 0; n--) {
        s.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      values.add(s.toString());
    }
    for (int c = 0; c < 0x250; c++) {
      values.add(Character.toString(c));
      values.add(Character.toString(c) + "1");
    }
    for (String v : values) {
      for (boolean implicit : new boolean[] {true, false}) {
        assertThat(fast.resolve(v, implicit)).as("'%s' implicit=%s", v, implicit).isEqualTo(core.resolve(v, implicit));
      }
    }
  }
}
