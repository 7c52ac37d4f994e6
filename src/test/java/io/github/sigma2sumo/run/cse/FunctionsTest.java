package io.github.sigma2sumo.run.cse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sigma2sumo.cse.CseFunctions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every function of Cloud SIEM expressions on its documented examples and on the edges this
 * evaluator decides (null, invalid input): (expression, value as an expression writes it).
 */
class FunctionsTest {

  private static final String RECORD = "{\"s\": \"Sumo Logic\", \"n\": \"17\", \"ip\": \"192.168.1.20\","
      + " \"list\": [\"a\", \"b\"], \"json\": \"[1, 2, 3]\", \"headers\": {\"Server\": \"nginx/1.2\","
      + " \"X-Thing\": \"abc\"}, \"flag\": true, \"nothing\": null}";

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(delimiterString = " => ", quoteCharacter = '`', textBlock = """
      lower('AbC')                                   => 'abc'
      toLowerCase('AbC')                             => 'abc'
      upper('AbC')                                   => 'ABC'
      toUpperCase(n)                                 => '17'
      lower(missing)                                 => null
      trim('  Hello World  ')                        => 'Hello World'
      length('sumo logic')                           => 10
      length(null)                                   => 0
      length('😀')                                   => 1
      toString(17.50)                                => '17.50'
      toString(flag)                                 => 'true'
      concat(1, '/', 1, '/', 2020)                   => '1/1/2020'
      concat('a', missing)                           => null
      contains(s, 'Logic')                           => true
      contains(s, 'logic')                           => false
      contains(missing, 'x')                         => false
      substring('Hello world!', 6)                   => 'world!'
      substring('Sumo Logic', 0, 4)                  => 'Sumo'
      substring('Sumo Logic', 0, 100)                => 'Sumo Logic'
      substring('Sumo', 4)                           => null
      substring('Sumo', 2, 1)                        => null
      urldecode('http%3A%2F%2Fx.org%2Fa%3Fb%3D1%26') => 'http://x.org/a?b=1&'
      urlencode('http://x.org/a?b=1&')               => 'http%3A%2F%2Fx.org%2Fa%3Fb%3D1%26'
      urldecode('%zz')                               => null
      base64Decode('aGVsbG8=')                       => 'hello'
      fromBase64('aGVsbG8=')                         => 'hello'
      base64Decode('***')                            => null
      base64Encode('hello')                          => 'aGVsbG8='
      toBase64('hello')                              => 'aGVsbG8='
      asciiToHex('hello')                            => '68656c6c6f'
      toHex('A')                                     => '41'
      hexToAscii('68656c6c6f20776f726c640a')         => "hello world\\n"
      concat('C:\\', 'Windows\\')                      => 'C:\\Windows\\'
      concat("it's", ' "x"')                        => "it's \\"x\\""
      fromHex('41')                                  => 'A'
      hexToAscii('4')                                => null
      luhn('6666-7777-6666-8888')                    => true
      luhn('0000000000000131')                       => false
      luhn('no digits')                              => false
      num(n)                                         => 17
      number(' 17 ')                                 => 17
      num('abc')                                     => null
      toDouble('2.5')                                => 2.5
      float('2.5')                                   => 2.5
      toFloat('2.5')                                 => 2.5
      int(1.5)                                       => 1
      int(-1.5)                                      => -2
      toInt('7.9')                                   => 7
      toLong(-1.5)                                   => -1
      floor(1.5)                                     => 1
      floor(-1.5)                                    => -2
      ceil(1.5)                                      => 2
      ceil(-1.5)                                     => -1
      abs(-1.5)                                      => 1.5
      round(1.5)                                     => 2
      round(-1.5)                                    => -2
      round(1.549, 2)                                => 1.55
      acos(1)                                        => 0.0
      asin(1)                                        => 1.5707963267948966
      atan(1)                                        => 0.7853981633974483
      atan2(0, -1)                                   => 3.141592653589793
      cbrt(8)                                        => 2.0
      cos(1)                                         => 0.5403023058681398
      cosh(1)                                        => 1.543080634815244
      exp(1)                                         => 2.718281828459045
      expm1(0.1)                                     => 0.10517091807564763
      log(2)                                         => 0.6931471805599453
      log(0)                                         => null
      log10(2)                                       => 0.3010299956639812
      log1p(0.1)                                     => 0.09531017980432487
      sin(1)                                         => 0.8414709848078965
      sinh(1)                                        => 1.1752011936438014
      sqrt(4)                                        => 2.0
      sqrt(-1)                                       => null
      tan(1)                                         => 1.5574077246549023
      tanh(1)                                        => 0.7615941559557649
      toDegrees(asin(1))                             => 90.0
      toRadians(180)                                 => 3.141592653589793
      hypot(3, 4)                                    => 5.0
      haversine(39.04380, -77.48790, 45.73723, -119.81143) => 3512.71
      hexToDec('0000000000001337')                   => 4919
      hexToDec('FFFFFFFFFFFFFFFF')                   => -1
      hexToDec('xyz')                                => null
      decToHex('4919')                               => '1337'
      decToHex('-1')                                 => 'ffffffffffffffff'
      isNumeric('0x1F')                              => true
      isNumeric('1.5e3')                             => true
      isNumeric('123L')                              => true
      isNumeric('12a')                               => false
      isNumeric(missing)                             => false
      isNull(nothing)                                => true
      isNull('')                                     => false
      isEmpty(null)                                  => true
      isEmpty('')                                    => true
      isEmpty(' ')                                   => false
      isBlank(' ')                                   => true
      isBlank(' bob ')                               => false
      size(list)                                     => 2
      size(missing)                                  => -1
      jsonArraySize(json)                            => 3
      array_contains(list, 'b')                      => true
      array_contains(list, 'c')                      => false
      jsonArrayContains(json, 2)                     => true
      anyHttpHeaderMatches(headers, 'nginx')         => true
      anyHttpHeaderMatches(headers, '^abc$')         => true
      anyHttpHeaderMatches(headers, 'apache')        => false
      anyHttpHeaderMatches(missing, 'x')             => false
      isPrivateIP('192.168.0.1')                     => true
      isPrivateIP('10.255.255.255')                  => true
      isPrivateIP('172.31.0.1')                      => true
      isPrivateIP('172.32.0.1')                      => false
      isPrivateIP('127.0.0.1')                       => false
      isPrivateIP('::1')                             => null
      isPublicIP('10.255.255.255')                   => false
      isPublicIP('8.8.8.8')                          => true
      isPublicIP('300.1.1.1')                        => null
      isValidIP('10.255.255.255')                    => true
      isValidIP('127.0.500.1')                       => false
      isValidIP('fe80::1')                           => true
      isValidIPv4('10.10.10.10')                     => true
      isValidIPv4('10.10.10')                        => false
      isValidIPv6('10.10.10.10')                     => false
      isValidIPv6('2001:db8::ff00:42:8329')          => true
      isValidIPv6('::ffff:192.0.2.1')                => true
      isValidIPv6('1:2:3:4:5:6:7:8')                 => true
      isValidIPv6('1:2:3:4:5:6:7:8:9')               => false
      isValidIPv6('1::2::3')                         => false
      isValidIPv6('1.2.3.4::')                       => false
      maskFromCIDR('30')                             => '255.255.255.252'
      maskFromCIDR(0)                                => '0.0.0.0'
      maskFromCIDR('33')                             => null
      getCIDRPrefix('10.10.1.35', '24')              => '10.10.1.0'
      compareCIDRPrefix('10.10.1.35', '10.10.1.100', '24') => true
      compareCIDRPrefix('10.10.1.35', '10.10.2.100', '24') => false
      ipv4ToNumber('127.0.0.1')                      => 2130706433
      ipv4ToNumber(ip)                               => 3232235796
      ipv4ToNumber('1.2.3')                          => null
      if(flag, 'yes', 'no')                          => 'yes'
      if(missing, 'yes', 'no')                       => 'no'
      if(n > 5, if(n > 10, 'big', 'mid'), 'small')   => 'big'
      """)
  void evaluates(String expression, String expected) {
    CseExpression e = Json.expression(expression);
    assertThat(Coercions.show(e.value(Json.record(RECORD)))).as(expression).isEqualTo(expected);
  }

  @Test
  void everyFunctionIsEvaluatedOrRefusedByName() {
    assertThat(FunctionCalls.coversEveryFunction()).isTrue();
    assertThat(Json.expression("hasThreatMatch([ip], confidence > 50)").test(Json.record(RECORD)))
        .isInstanceOfSatisfying(Outcome.Failure.class,
            f -> assertThat(f.problem().message()).startsWith("hasThreatMatch is not evaluated locally"));
  }

  @Test
  void everyFunctionHasACaseInTheTable() throws IOException {
    String source = Files.readString(Path.of("src/test/java/io/github/sigma2sumo/run/cse/FunctionsTest.java"));
    Set<String> used = new TreeSet<>();
    Matcher m = Pattern.compile("([A-Za-z_0-9]+)\\(").matcher(source);
    while (m.find()) {
      used.add(m.group(1).toLowerCase(Locale.ROOT));
    }
    Set<String> missing = new TreeSet<>(CseFunctions.names());
    missing.removeAll(used);
    assertThat(missing).isEmpty();
  }
}
