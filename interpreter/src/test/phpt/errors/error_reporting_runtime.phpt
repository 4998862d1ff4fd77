--TEST--
error_reporting() at run time filters by level
--FILE--
<?php
$old = error_reporting(E_ALL & ~E_WARNING);
echo $a;
error_reporting(E_ALL & ~E_DEPRECATED);
echo strlen(null), "\n";
error_reporting($old);
echo $b;
echo "end\n";
--EXPECTF--
0

Warning: Undefined variable $b in %s on line 7
end
