--TEST--
match: strict comparison, several conditions, default
--FILE--
<?php
function m($v) { return match ($v) { 1, 2 => "low", "3" => "string three", 3 => "three", default => "other" }; }
echo m(1), ", ", m(3), ", ", m("3"), ", ", m(4), "\n";
$x = 5;
echo match (true) { $x < 3 => "small", $x < 10 => "medium", default => "large" }, "\n";
--EXPECT--
low, three, string three, other
medium
