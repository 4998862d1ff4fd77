--TEST--
json_decode() of scalars, lists and objects as arrays (assoc, JSON_OBJECT_AS_ARRAY), numbers, escapes, BIGINT_AS_STRING
--FILE--
<?php
var_dump(json_decode(' [ 1 , { "a" : [ ] , "b": {"c": null} } ] ', true));
var_dump(json_decode('"x"'), json_decode('true'), json_decode('null'), json_decode('[1,2.5,-3e2,1E-2,-0,-0.0]'), json_last_error());
var_dump(json_decode('12345678901234567890'), json_decode('-9223372036854775808'), json_decode('9223372036854775807'), json_decode('9223372036854775808'), json_decode('-9223372036854775809'));
var_dump(json_decode('12345678901234567890', false, 512, JSON_BIGINT_AS_STRING), json_decode('[1,{"a":2}]', null, 512, JSON_OBJECT_AS_ARRAY));
var_dump(json_decode('{"1":2,"a":3,"1":4,"":5,"07":6}', true));
var_dump(json_decode('"\/\b\f\n\r\t\"\\\\ \u0041\u00e9\ud83d\ude00"') === "/\x08\x0c\n\r\t\"\\ A\u{e9}\u{1F600}");
var_dump(json_decode("\"a\xffb\"", true, 512, JSON_INVALID_UTF8_IGNORE), strlen(json_decode("\"a\xffb\"", true, 512, JSON_INVALID_UTF8_SUBSTITUTE)));
--EXPECT--
array(2) {
  [0]=>
  int(1)
  [1]=>
  array(2) {
    ["a"]=>
    array(0) {
    }
    ["b"]=>
    array(1) {
      ["c"]=>
      NULL
    }
  }
}
string(1) "x"
bool(true)
NULL
array(6) {
  [0]=>
  int(1)
  [1]=>
  float(2.5)
  [2]=>
  float(-300)
  [3]=>
  float(0.01)
  [4]=>
  int(0)
  [5]=>
  float(-0)
}
int(0)
float(1.2345678901234567E+19)
int(-9223372036854775808)
int(9223372036854775807)
float(9.223372036854776E+18)
float(-9.223372036854776E+18)
string(20) "12345678901234567890"
array(2) {
  [0]=>
  int(1)
  [1]=>
  array(1) {
    ["a"]=>
    int(2)
  }
}
array(4) {
  [1]=>
  int(4)
  ["a"]=>
  int(3)
  [""]=>
  int(5)
  ["07"]=>
  int(6)
}
bool(true)
string(2) "ab"
int(5)
