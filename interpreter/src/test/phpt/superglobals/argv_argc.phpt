--TEST--
$argv and $argc with arguments
--ARGS--
first second "third arg" 4
--FILE--
<?php
var_dump($argc);
var_dump(count($argv));
var_dump(array_slice($argv, 1));
var_dump(is_string($argv[0]));
--EXPECT--
int(5)
int(5)
array(4) {
  [0]=>
  string(5) "first"
  [1]=>
  string(6) "second"
  [2]=>
  string(9) "third arg"
  [3]=>
  string(1) "4"
}
bool(true)
