--TEST--
variadic parameters collect extra arguments into an array
--FILE--
<?php
function sum(...$nums) { return array_sum($nums); }
function tagged($tag, ...$rest) { return $tag . ":" . implode(",", $rest) . ":" . count($rest); }
echo sum(), " ", sum(1), " ", sum(1, 2, 3), "\n";
echo tagged("t"), " ", tagged("t", "a", "b"), "\n";
--EXPECT--
0 1 6
t::0 t:a,b:2
