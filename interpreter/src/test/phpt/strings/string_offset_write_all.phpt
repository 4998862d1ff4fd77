--TEST--
string offset writes: padding, negative offsets, casts, errors of every kind, copy on write
--FILE--
<?php
$s = "abc"; $s[1] = 'X'; var_dump($s);
$s[5] = 'Y'; var_dump($s);
$s[-1] = 'Z'; var_dump($s);
$s[0] = 'LONG'; var_dump($s);
try { $s[-10] = 'q'; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; } var_dump($s);
try { $s['x'] = 'q'; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { $s[1.5] = 'q'; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { $s['1'] = 'q'; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; } var_dump($s);
try { $s[0] = ''; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { $s[] = 'q'; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { $s[0] .= 'q'; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { $s[0]++; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { $s[0][0] = 'q'; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
$t = $s; $t[0] = 'm'; var_dump($s, $t);
$r = ($s[1] = 'k'); var_dump($r);
var_dump("abc"["1"]);
try { var_dump("abc"["x"]); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
$e2 = ''; try { $e2[0] = 'a'; var_dump($e2); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
--EXPECTF--
string(3) "aXc"
string(6) "aXc  Y"
string(6) "aXc  Z"

Warning: Only the first byte will be assigned to the string offset in %s on line 5
string(6) "LXc  Z"

Warning: Illegal string offset -10 in %s on line 6
string(6) "LXc  Z"
TypeError: Cannot access offset of type string on string

Warning: String offset cast occurred in %s on line 8
string(6) "Lqc  Z"
Error: Cannot assign an empty string to a string offset
Error: [] operator not supported for strings
Error: Cannot use assign-op operators with string offsets
Error: Cannot increment/decrement string offsets
Error: Cannot use string offset as an array
string(6) "Lqc  Z"
string(6) "mqc  Z"
string(1) "k"
string(1) "b"
TypeError: Cannot access offset of type string on string
string(1) "a"
