--TEST--
an error handler that throws while a concatenation, an interpolation or a string offset write converts its operands
--FILE--
<?php
set_error_handler(function ($no, $str) { throw new ErrorException($str); });
$s = str_repeat("x", 3);
try { echo $s . $undefined; } catch (ErrorException $e) { echo $e->getMessage(), "\n"; }
try { $t = $s; $t .= [1]; } catch (ErrorException $e) { echo $e->getMessage(), "\n"; }
try { echo "$s and $undefined"; } catch (ErrorException $e) { echo $e->getMessage(), "\n"; }
try { echo "$s, {$s}, $undefined, $s"; } catch (ErrorException $e) { echo $e->getMessage(), "\n"; }
try { $t = $s; $t[1] = str_repeat("y", 2); } catch (ErrorException $e) { echo $e->getMessage(), "\n"; }
var_dump($s, $t);
--EXPECT--
Undefined variable $undefined
Array to string conversion
Undefined variable $undefined
Undefined variable $undefined
Only the first byte will be assigned to the string offset
string(3) "xxx"
string(3) "xxx"
