--TEST--
var_export of objects: \Class::__set_state(array(...)) with the unmangled property names, nested as arrays are
--FILE--
<?php
function make() {
    return new DomainException("it's", 4);
}
var_export(make());
echo "\n";
var_export([function ($a) {}, 'k' => new Error("e")]);
echo "\n";
$s = var_export(strlen(...), true);
var_dump($s);
--EXPECTF--
\DomainException::__set_state(array(
   'message' => 'it\'s',
   'string' => '',
   'code' => 4,
   'file' => '%s',
   'line' => 3,
   'trace' => 
  array (
    0 => 
    array (
      'file' => '%s',
      'line' => 5,
      'function' => 'make',
      'args' => 
      array (
      ),
    ),
  ),
   'previous' => NULL,
))
array (
  0 => 
  \Closure::__set_state(array(
  )),
  'k' => 
  \Error::__set_state(array(
     'message' => 'e',
     'string' => '',
     'code' => 0,
     'file' => '%s',
     'line' => 7,
     'trace' => 
    array (
    ),
     'previous' => NULL,
  )),
)
string(31) "\Closure::__set_state(array(
))"
