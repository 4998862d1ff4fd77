--TEST--
global imports a global variable by reference
--FILE--
<?php
$counter = 0;
function inc() { global $counter; $counter++; }
function readUndef() { global $nothing; var_dump($nothing); $nothing = 'set'; }
inc(); inc();
echo $counter, "\n";
readUndef();
echo $nothing, "\n";
--EXPECT--
2
NULL
set
