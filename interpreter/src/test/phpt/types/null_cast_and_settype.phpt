--TEST--
settype and gettype
--FILE--
<?php
$v = "123abc";
settype($v, "integer");
var_dump($v);
$v = 5;
settype($v, "string");
var_dump($v);
$v = "";
settype($v, "bool");
var_dump($v);
$v = 1;
settype($v, "array");
var_dump($v);
$v = "x";
settype($v, "null");
var_dump($v);
foreach ([null, true, 1, 1.0, "s", []] as $x) echo gettype($x), "\n";
--EXPECT--
int(123)
string(1) "5"
bool(false)
array(1) {
  [0]=>
  int(1)
}
NULL
NULL
boolean
integer
double
string
array
