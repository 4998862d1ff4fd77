--TEST--
get_parent_class of objects and class names of the built-in hierarchy
--FILE--
<?php
var_dump(get_parent_class(new ArgumentCountError));
var_dump(get_parent_class("typeerror"), get_parent_class("\\OutOfBoundsException"), get_parent_class("Exception"));
var_dump(get_parent_class(function () {}), get_parent_class());
foreach (["NoSuchClass", 1, null] as $bad) {
    try { get_parent_class($bad); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
}
--EXPECT--
string(9) "TypeError"
string(5) "Error"
string(16) "RuntimeException"
bool(false)
bool(false)
bool(false)
get_parent_class(): Argument #1 ($object_or_class) must be an object or a valid class name, string given
get_parent_class(): Argument #1 ($object_or_class) must be an object or a valid class name, int given
get_parent_class(): Argument #1 ($object_or_class) must be an object or a valid class name, null given
