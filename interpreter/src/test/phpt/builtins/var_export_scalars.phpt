--TEST--
var_export() of null, bools, ints (PHP_INT_MIN as an expression), floats (serialize_precision -1) and escaped strings
--FILE--
<?php
foreach ([null, true, false, 0, -42, PHP_INT_MAX, PHP_INT_MIN, 1.0, -0.0, 0.1 + 0.2, 1e100, 1.5e-7, INF, -INF, NAN, "", "it's", "back\\slash", "nul\0byte", "\$x \"q\"\n"] as $v) {
    var_export($v);
    echo "\n";
}
var_dump(var_export(1, true), var_export('', true), var_export(2.50, true));
--EXPECT--
NULL
true
false
0
-42
9223372036854775807
-9223372036854775807-1
1.0
-0.0
0.30000000000000004
1.0E+100
1.5E-7
INF
-INF
NAN
''
'it\'s'
'back\\slash'
'nul' . "\0" . 'byte'
'$x "q"
'
string(1) "1"
string(2) "''"
string(3) "2.5"
