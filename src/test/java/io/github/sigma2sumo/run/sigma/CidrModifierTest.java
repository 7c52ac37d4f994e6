package io.github.sigma2sumo.run.sigma;

import static io.github.sigma2sumo.run.sigma.TestRules.itemMatches;
import static io.github.sigma2sumo.run.sigma.TestRules.sq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code cidr} on IPv4 and IPv6 addresses, at the edges of each network. */
class CidrModifierTest {

  @ParameterizedTest(name = "[{index}] {0} vs {1} -> {2}")
  @CsvSource(delimiterString = " ~ ", quoteCharacter = '`', value = {
      "10.0.0.0/8 ~ \"10.0.0.0\" ~ true",
      "10.0.0.0/8 ~ \"10.255.255.255\" ~ true",
      "10.0.0.0/8 ~ \"11.0.0.0\" ~ false",
      "10.0.0.0/8 ~ \"9.255.255.255\" ~ false",
      "172.16.0.0/12 ~ \"172.31.255.255\" ~ true",
      "172.16.0.0/12 ~ \"172.32.0.0\" ~ false",
      "172.16.0.0/12 ~ \"172.15.255.255\" ~ false",
      "13.107.18.10/31 ~ \"13.107.18.11\" ~ true",
      "13.107.18.10/31 ~ \"13.107.18.12\" ~ false",
      "13.107.140.6/32 ~ \"13.107.140.6\" ~ true",
      "13.107.140.6/32 ~ \"13.107.140.7\" ~ false",
      "13.107.140.6 ~ \"13.107.140.6\" ~ true",
      "0.0.0.0/0 ~ \"1.2.3.4\" ~ true",
      "0.0.0.0/0 ~ \"::1\" ~ false",
      "10.0.0.0/8 ~ \"010.0.0.1\" ~ false",
      "10.0.0.0/8 ~ \"10.0.0\" ~ false",
      "10.0.0.0/8 ~ \"10.0.0.1:443\" ~ false",
      "10.0.0.0/8 ~ \" 10.0.0.1\" ~ false",
      "10.0.0.0/8 ~ \"10.0.0.256\" ~ false",
      "10.0.0.0/8 ~ \"::ffff:10.0.0.1\" ~ false",
      "10.0.0.0/8 ~ \"host10.0.0.1\" ~ false",
      "10.0.0.0/8 ~ 10 ~ false",
      "10.0.0.0/8 ~ [\"1.1.1.1\", \"10.1.1.1\"] ~ true",
      "::1/128 ~ \"::1\" ~ true",
      "::1/128 ~ \"0:0:0:0:0:0:0:1\" ~ true",
      "::1/128 ~ \"::2\" ~ false",
      "fe80::/10 ~ \"fe80::1\" ~ true",
      "fe80::/10 ~ \"FEBF:ffff::1\" ~ true",
      "fe80::/10 ~ \"fec0::1\" ~ false",
      "fe80::/10 ~ \"fe80::1%eth0\" ~ true",
      "fc00::/7 ~ \"fdff:1::1\" ~ true",
      "fc00::/7 ~ \"fe00::1\" ~ false",
      "2001:db8::/64 ~ \"2001:db8::ffff:ffff:ffff:ffff\" ~ true",
      "2001:db8::/64 ~ \"2001:db8:0:1::\" ~ false",
      "2620:83:8000::/48 ~ \"2620:0083:8000:ffff::1\" ~ true",
      "::ffff:10.0.0.0/104 ~ \"::ffff:10.9.9.9\" ~ true",
      "::ffff:10.0.0.0/104 ~ \"10.9.9.9\" ~ false",
      "fe80::/10 ~ \"fe80:::1\" ~ false",
      "fe80::/10 ~ \"fe80::1::2\" ~ false",
      "fe80::/10 ~ \"fe80::g\" ~ false"})
  void cidr_containsExactlyTheNetworksAddresses(String network, String eventJson, boolean expected) {
    assertThat(itemMatches("Ip|cidr", sq(network), "Ip", eventJson)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiterString = " ~ ", value = {
      "10.0.0.1/8 ~ host bits set",
      "10.0.0.0/33 ~ no prefix length between 0 and 32",
      "fe80::/129 ~ no prefix length between 0 and 128",
      "300.0.0.0/8 ~ is not an IPv4 or IPv6 network",
      "example.com/8 ~ is not an IPv4 or IPv6 network",
      "fe80::1%eth0/64 ~ is not an IPv4 or IPv6 network",
      "10.0.0.0/x ~ no prefix length"})
  void badNetworks_areRuleProblems(String network, String message) {
    assertThatThrownBy(() -> IpNetwork.parse(network)).isInstanceOf(RuleProblem.class).hasMessageContaining(message);
  }
}
