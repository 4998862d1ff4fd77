--TEST--
conditions use boolean conversion
--FILE--
<?php
foreach ([0, 1, "", "0", "0.0", " ", [], [0], null, 0.0, "false"] as $v) {
    echo var_export($v, true), " => ", $v ? "true" : "false", "\n";
}
--EXPECT--
0 => false
1 => true
'' => false
'0' => false
'0.0' => true
' ' => true
array (
) => false
array (
  0 => 0,
) => true
NULL => false
0.0 => false
'false' => true
