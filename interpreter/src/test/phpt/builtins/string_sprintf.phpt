--TEST--
sprintf, printf, vsprintf, vprintf: specifiers, flags, width, precision, argnum
--FILE--
<?php
var_dump(sprintf("%d|%5d|%-5d|%05d|%+d|%+d|%x|%X|%o|%b|%c|%%|%u", 42, 42, 42, 42, 42, -42, 255, 255, 8, 5, 65, -1));
var_dump(sprintf("%.2f|%10.3f|%-10.2f|%e|%.3e|%E|%g|%G|%F", 3.14159, 2.5, 1.5, 12345.678, 0.000123, 1e20, 0.00001234, 1e20, 1.5));
var_dump(sprintf("%s|%10s|%-10s|%'*10s|%'010s|%.2s|%5.1s", "str", "right", "left", "pad", "zero", "truncate", "xyz"));
var_dump(sprintf("%2\$s %1\$s %2\$s", "a", "b"), sprintf("%1\$'x8.2f", 3.14159), sprintf("%'.10d|%-'x10d", 42, 42));
var_dump(sprintf("%s %s %s %s %s", true, false, null, 1.0, 0.1 + 0.2), sprintf("%d %d %d %d", "12abc", 3.99, true, "x"), sprintf("%.1f", "2.25"));
var_dump(sprintf("%*d|%-*d|%.*f", 6, 42, 6, 42, 2, 3.14159), sprintf("%5.*f", 1, 2.25));
var_dump(sprintf("no format"), sprintf(""), sprintf("%d", PHP_INT_MAX), sprintf("%d", PHP_INT_MIN), sprintf("%x", -1), sprintf("%b", 0), sprintf("%.0f", 0.5), sprintf("%.0f", 1.5), sprintf("%f", INF), sprintf("%d", -0.0), sprintf("%e", 0));
var_dump(vsprintf("%04d-%02d-%02d", [2024, 1, 5]), vsprintf("%s=%s", ["k" => "a", "v" => "b"]), vsprintf("none", []));
$n = printf("%s is %d years\n", "Tom", 30);
var_dump($n);
$n = vprintf("%05.1f|%s\n", [3.14159, "x"]);
var_dump($n, printf(""));
echo sprintf("%'*8s|%-8s|", "pad", "left"), "\n";
--EXPECT--
string(66) "42|   42|42   |00042|+42|-42|ff|FF|10|101|A|%|18446744073709551615"
string(86) "3.14|     2.500|1.50      |1.234568e+4|1.230e-4|1.000000E+20|1.234e-5|1.0E+20|1.500000"
string(56) "str|     right|left      |*******pad|000000zero|tr|    x"
string(5) "b a b"
string(8) "xxxx3.14"
string(21) "........42|42xxxxxxxx"
string(9) "1   1 0.3"
string(8) "12 3 1 0"
string(3) "2.2"
string(18) "    42|42    |3.14"
string(5) "  2.2"
string(9) "no format"
string(0) ""
string(19) "9223372036854775807"
string(20) "-9223372036854775808"
string(16) "ffffffffffffffff"
string(1) "0"
string(1) "0"
string(1) "2"
string(3) "INF"
string(1) "0"
string(11) "0.000000e+0"
string(10) "2024-01-05"
string(3) "a=b"
string(4) "none"
Tom is 30 years
int(16)
003.1|x
int(8)
int(0)
*****pad|left    |
