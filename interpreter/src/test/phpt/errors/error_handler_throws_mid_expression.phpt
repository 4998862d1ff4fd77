--TEST--
an error handler that throws in the middle of a concatenation or an interpolated string
--FILE--
<?php
// an error handler that throws in the middle of a concatenation or an interpolated string: the
// temporaries and rope parts already made are released
set_error_handler(fn() => throw new Exception("x"));
function s($n) { return str_repeat("s", $n); }
$s = s(3);
$arr = [1];

// concatenations
try { echo s(1) . $s . $undefined . s(2); } catch (Exception $e) { echo "1 ", $e->getMessage(), "\n"; }
try { echo (s(1) . $s) . ($s . $arr) . s(2); } catch (Exception $e) { echo "2 ", $e->getMessage(), "\n"; }
try { $t = s(2) . $s . $arr[5] . s(2); } catch (Exception $e) { echo "3 ", $e->getMessage(), "\n"; }
function c($s) { return s(4) . $s . $undefined . s(1); }
try { echo "<" . c($s); } catch (Exception $e) { echo "4 ", $e->getMessage(), "\n"; }

// interpolated strings: the failing part first, in the middle, last
try { echo "$undefined $s $s"; } catch (Exception $e) { echo "5 ", $e->getMessage(), "\n"; }
try { echo "a $s b {$s} c $undefined d $s"; } catch (Exception $e) { echo "6 ", $e->getMessage(), "\n"; }
try { echo "a $s b $arr c $s"; } catch (Exception $e) { echo "7 ", $e->getMessage(), "\n"; }
try { echo "a $s b {$arr[7]} c"; } catch (Exception $e) { echo "8 ", $e->getMessage(), "\n"; }
try { echo "a $s b $undefined"; } catch (Exception $e) { echo "9 ", $e->getMessage(), "\n"; }
function i($s) { return "<$s|{$s}|$undefined|$s>"; }
try { echo s(1) . i($s); } catch (Exception $e) { echo "10 ", $e->getMessage(), "\n"; }
try { echo "x" . "$s $s" . $undefined; } catch (Exception $e) { echo "11 ", $e->getMessage(), "\n"; }
var_dump($s);
--EXPECT--
1 x
2 x
3 x
4 x
5 x
6 x
7 x
8 x
9 x
10 x
11 x
string(3) "sss"
