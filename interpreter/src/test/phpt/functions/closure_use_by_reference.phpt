--TEST--
use (&$x) shares the variable
--FILE--
<?php
$count = 0;
$inc = function () use (&$count) { $count++; };
$inc(); $inc(); $inc();
echo $count, "\n";
$late = function () use (&$undef) { return $undef; };
$undef = 'defined later';
echo $late(), "\n";
--EXPECT--
3
defined later
