--TEST--
++ on null gives 1, -- on null stays null
--FILE--
<?php
$a = null;
$a++;
var_dump($a);
$b = null;
$b--;
var_dump($b);
$c = null;
var_dump(++$c);
--EXPECT--
int(1)
NULL
int(1)
