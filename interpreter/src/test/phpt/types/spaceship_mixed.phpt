--TEST--
<=> across types
--FILE--
<?php
var_dump(1 <=> 2, 2 <=> 1, 1 <=> 1);
var_dump("a" <=> "b", "b" <=> "a", "abc" <=> "abd");
var_dump(1.5 <=> 1.5, [1, 2] <=> [1, 3], [1, 2, 3] <=> [5, 6]);
var_dump("10" <=> "9", "10" <=> "9a", null <=> false, true <=> false);
var_dump("abc" <=> 0, 0 <=> "abc", "" <=> null);
--EXPECT--
int(-1)
int(1)
int(0)
int(-1)
int(1)
int(-1)
int(0)
int(-1)
int(1)
int(1)
int(-1)
int(0)
int(1)
int(1)
int(-1)
int(0)
