--TEST--
object handles: numbered from 1, a freed handle is reused first (the store's free list)
--FILE--
<?php
$a = function () {};
$b = new Exception();
$c = function () {};
unset($b);
$d = new Error();
var_dump($d);
unset($a, $c);
var_dump([function () {}, strlen(...)]);
--EXPECTF--
object(Error)#2 (7) {
  ["message":protected]=>
  string(0) ""
  ["string":"Error":private]=>
  string(0) ""
  ["code":protected]=>
  int(0)
  ["file":protected]=>
  string(%d) "%s"
  ["line":protected]=>
  int(6)
  ["trace":"Error":private]=>
  array(0) {
  }
  ["previous":"Error":private]=>
  NULL
}
array(2) {
  [0]=>
  object(Closure)#3 (0) {
  }
  [1]=>
  object(Closure)#1 (2) {
    ["function"]=>
    string(6) "strlen"
    ["parameter"]=>
    array(1) {
      ["$string"]=>
      string(10) "<required>"
    }
  }
}
