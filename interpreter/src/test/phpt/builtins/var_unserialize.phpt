--TEST--
unserialize() of scalars and arrays, round trips, duplicate and numeric-string keys, tolerated input
--FILE--
<?php
var_dump(unserialize(serialize(['a' => 1, 5 => [1.5, "x"], '7' => false, 'n' => null])));
var_dump(unserialize('i:+5;'), unserialize('i:-0;'), unserialize('d:0.5;'), unserialize('d:1e3;'), unserialize('d:.5;'), unserialize('d:-INF;'), unserialize('d:NAN;'));
var_dump(unserialize('b:0;'), unserialize('b:1;'), unserialize('N;'), unserialize('s:0:"";'), unserialize('s:3:"a"b";'));
var_dump(unserialize('a:2:{s:1:"5";i:1;i:5;i:2;}'), unserialize('a:0:{}'), unserialize('i:5;junk'), unserialize('a:1:{i:0;i:1;}}'));
var_dump(unserialize('i:99999999999999999999;'));
var_dump(unserialize(''));
--EXPECTF--
array(4) {
  ["a"]=>
  int(1)
  [5]=>
  array(2) {
    [0]=>
    float(1.5)
    [1]=>
    string(1) "x"
  }
  [7]=>
  bool(false)
  ["n"]=>
  NULL
}
int(5)
int(0)
float(0.5)
float(1000)
float(0.5)
float(-INF)
float(NAN)
bool(false)
bool(true)
NULL
string(0) ""
string(3) "a"b"
array(1) {
  [5]=>
  int(2)
}
array(0) {
}
int(5)
array(1) {
  [0]=>
  int(1)
}

Warning: unserialize(): Numerical result out of range in %s on line 6
int(9223372036854775807)
bool(false)
