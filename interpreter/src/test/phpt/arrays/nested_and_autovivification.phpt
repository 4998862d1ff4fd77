--TEST--
writing to nested keys creates intermediate arrays
--FILE--
<?php
$a['x']['y']['z'] = 1;
$a['x']['list'][] = 'item';
$b = null;
$b['k'] = 'from null';
var_dump($a, $b);
--EXPECT--
array(1) {
  ["x"]=>
  array(2) {
    ["y"]=>
    array(1) {
      ["z"]=>
      int(1)
    }
    ["list"]=>
    array(1) {
      [0]=>
      string(4) "item"
    }
  }
}
array(1) {
  ["k"]=>
  string(9) "from null"
}
