--TEST--
a stack and a queue with array functions
--FILE--
<?php
$stack = [];
array_push($stack, 1, 2, 3);
echo array_pop($stack), array_pop($stack), "\n";
$queue = [];
$queue[] = 'a'; $queue[] = 'b'; $queue[] = 'c';
echo array_shift($queue), array_shift($queue), " left: ", count($queue), "\n";
--EXPECT--
32
ab left: 1
