--TEST--
interpolating an undefined variable warns and inserts nothing
--FILE--
<?php
echo "before [$nope] after\n";
--EXPECTF--
Warning: Undefined variable $nope in %s on line 2
before [] after
