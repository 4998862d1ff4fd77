--TEST--
return values and implicit null
--FILE--
<?php
function none() { }
function early($x) { if ($x) return "early"; return "late"; }
var_dump(none(), early(1), early(0));
--EXPECT--
NULL
string(5) "early"
string(4) "late"
