--TEST--
var_dump of Throwables: the seven properties with their visibility, private ones named after Exception or Error
--FILE--
<?php
function make($m) {
    return new RuntimeException($m, 7);
}
$e = make("first");
var_dump($e);
var_dump(new TypeError("bad type"));
var_dump(new ErrorException("with severity", 1, E_WARNING, "some.php", 12, $e));
--EXPECTF--
object(RuntimeException)#1 (7) {
  ["message":protected]=>
  string(5) "first"
  ["string":"Exception":private]=>
  string(0) ""
  ["code":protected]=>
  int(7)
  ["file":protected]=>
  string(%d) "%s"
  ["line":protected]=>
  int(3)
  ["trace":"Exception":private]=>
  array(1) {
    [0]=>
    array(4) {
      ["file"]=>
      string(%d) "%s"
      ["line"]=>
      int(5)
      ["function"]=>
      string(4) "make"
      ["args"]=>
      array(1) {
        [0]=>
        string(5) "first"
      }
    }
  }
  ["previous":"Exception":private]=>
  NULL
}
object(TypeError)#2 (7) {
  ["message":protected]=>
  string(8) "bad type"
  ["string":"Error":private]=>
  string(0) ""
  ["code":protected]=>
  int(0)
  ["file":protected]=>
  string(%d) "%s"
  ["line":protected]=>
  int(7)
  ["trace":"Error":private]=>
  array(0) {
  }
  ["previous":"Error":private]=>
  NULL
}
object(ErrorException)#2 (8) {
  ["message":protected]=>
  string(13) "with severity"
  ["string":"Exception":private]=>
  string(0) ""
  ["code":protected]=>
  int(1)
  ["file":protected]=>
  string(8) "some.php"
  ["line":protected]=>
  int(12)
  ["trace":"Exception":private]=>
  array(0) {
  }
  ["previous":"Exception":private]=>
  object(RuntimeException)#1 (7) {
    ["message":protected]=>
    string(5) "first"
    ["string":"Exception":private]=>
    string(0) ""
    ["code":protected]=>
    int(7)
    ["file":protected]=>
    string(%d) "%s"
    ["line":protected]=>
    int(3)
    ["trace":"Exception":private]=>
    array(1) {
      [0]=>
      array(4) {
        ["file"]=>
        string(%d) "%s"
        ["line"]=>
        int(5)
        ["function"]=>
        string(4) "make"
        ["args"]=>
        array(1) {
          [0]=>
          string(5) "first"
        }
      }
    }
    ["previous":"Exception":private]=>
    NULL
  }
  ["severity":protected]=>
  int(2)
}
