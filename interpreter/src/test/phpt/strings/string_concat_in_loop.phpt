--TEST--
building a string in a loop with .=
--FILE--
<?php
$s = "";
for ($i = 0; $i < 10; $i++) {
    $s .= $i;
}
echo $s, " ", strlen($s), "\n";
$t = "";
foreach (['a', 'b', 'c'] as $c) $t = $c . $t;
echo $t, "\n";
--EXPECT--
0123456789 10
cba
