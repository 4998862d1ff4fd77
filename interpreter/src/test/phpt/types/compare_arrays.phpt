--TEST--
array comparison: count first, then element by element
--FILE--
<?php
var_dump([1, 2] < [1, 2, 0]);
var_dump([5] > [1, 2]);
var_dump(["a" => 1] == ["a" => 1.0]);
var_dump(["a" => 1, "b" => 2] == ["b" => 2, "a" => 1]);
var_dump(["a" => 1, "b" => 2] === ["b" => 2, "a" => 1]);
var_dump([0] == [false], ["0"] == [null]);
--EXPECT--
bool(true)
bool(false)
bool(true)
bool(true)
bool(false)
bool(true)
bool(false)
