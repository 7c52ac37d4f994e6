package io.github.sigma2sumo.run.sumo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NetworkFunctionsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = " => ", textBlock = """
      compareCIDRPrefix("10.0.0.0", ip, "8")          => true
      compareCIDRPrefix("10.0.0.0", ip, 8)            => true
      compareCIDRPrefix("10.1.2.0", ip, "24")         => true
      compareCIDRPrefix("10.1.3.0", ip, "24")         => false
      compareCIDRPrefix("192.168.1.0", ip, "16")      => false
      compareCIDRPrefix("0.0.0.0", ip, "0")           => true
      compareCIDRPrefix("10.1.2.3", ip, "32")         => true
      compareCIDRPrefix("10.0.0.0", ip, "33")         => false
      compareCIDRPrefix("10.0.0.0", "::1", "8")       => false
      compareCIDRPrefix("10.0.0.0", missing, "8")     => false
      compareCIDRPrefix("10.0.0.0", "10.0.0.256", "8") => false
      isValidIP(ip)                                   => true
      isValidIPv4("1.2.3")                            => false
      isValidIPv4("01.2.3.4")                         => true
      isValidIPv4(" 1.2.3.4")                         => false
      isValidIPv6("::1")                              => true
      isValidIPv6("2001:db8::8a2e:370:7334")          => true
      isValidIPv6("::ffff:10.1.2.3")                  => true
      isValidIPv6("1::2::3")                          => false
      isValidIPv6("12345::")                          => false
      isValidIPv6("1:2:3:4:5:6:7:8")                  => true
      isValidIPv6("1:2:3:4:5:6:7")                    => false
      isPrivateIP(ip)                                 => true
      isPrivateIP("172.32.0.1")                       => false
      isPrivateIP("172.31.0.1")                       => true
      isPublicIP("8.8.8.8")                           => true
      isPublicIP(ip)                                  => false
      isPublicIP("127.0.0.1")                         => false
      isPublicIP("224.0.0.1")                         => false
      ipv4ToNumber("1.0.0.1")                         => 16777217
      ipv4ToNumber(s)                                 => null
      """)
  void values(String expression, String expected) {
    assertThat(Exprs.eval(expression)).isEqualTo(expected);
  }
}
