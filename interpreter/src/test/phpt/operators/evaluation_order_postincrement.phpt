--TEST--
operands with side effects: $i + $i++ and array index order
--FILE--
<?php
$i = 1;
echo $i + $i++, "\n";
$j = 1;
echo $j++ + $j, "\n";
$k = 1;
echo $k . $k++ . $k, "\n";
$a = [];
$n = 0;
$a[$n++] = $n;
var_dump($a);
--EXPECT--
3
3
212
array(1) {
  [0]=>
  int(1)
}
