--TEST--
serialize() of scalars and nested arrays (floats with serialize_precision -1)
--FILE--
<?php
foreach ([null, true, false, 7, -7, PHP_INT_MIN, 1.0, 0.1, -0.0, 1e25, INF, -INF, NAN, "", "a\"b", [], [1, 2], ['k' => [1.5, 'x' => null], 5 => 'five']] as $v) {
    echo serialize($v), "\n";
}
--EXPECT--
N;
b:1;
b:0;
i:7;
i:-7;
i:-9223372036854775808;
d:1;
d:0.1;
d:-0;
d:1.0E+25;
d:INF;
d:-INF;
d:NAN;
s:0:"";
s:3:"a"b";
a:0:{}
a:2:{i:0;i:1;i:1;i:2;}
a:2:{s:1:"k";a:2:{i:0;d:1.5;s:1:"x";N;}i:5;s:4:"five";}
