--TEST--
string offsets cannot be incremented, referenced or used as arrays: php's three messages
--FILE--
<?php
$s = "abc";
try { $s[0]++; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { $r = &$s[0]; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { [&$x] = $s; } catch (Error $e) { echo $e->getMessage(), "\n"; }
$a = ['k' => 'str'];
try { $q = &$a['k'][1]; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { $a['k'][1][0] = 'x'; } catch (Error $e) { echo $e->getMessage(), "\n"; }
$arr = [1]; $ok = &$arr[0]; $ok = 5; echo $arr[0], "\n";
--EXPECT--
Cannot increment/decrement string offsets
Cannot create references to/from string offsets
Cannot create references to/from string offsets
Cannot create references to/from string offsets
Cannot use string offset as an array
5
