--TEST--
@ suppresses warnings of an expression
--FILE--
<?php
$v = @$undefined;
var_dump($v);
$a = [];
var_dump(@$a['nope']);
echo "done\n";
--EXPECT--
NULL
NULL
done
