--TEST--
cast operators (int) (integer) (float) (double) (string) (bool) (boolean) (array)
--FILE--
<?php
var_dump((integer)"12", (double)"1.5", (boolean)1, (int)true, (float)1, (string)12.0, (array)"x");
--EXPECT--
int(12)
float(1.5)
bool(true)
int(1)
float(1)
string(2) "12"
array(1) {
  [0]=>
  string(1) "x"
}
