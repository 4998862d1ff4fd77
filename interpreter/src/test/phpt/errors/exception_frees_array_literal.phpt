--TEST--
an exception while an array literal is built releases the array
--FILE--
<?php
// an array literal under construction (INIT_ARRAY … ADD_ARRAY_ELEMENT) when a call in it throws
function f($m = "f") { throw new Exception($m); }
function s($n) { return str_repeat("s", $n); }
$x = s(3);

try { $a = [$x, f("1")]; } catch (Exception $e) { echo "1 ", $e->getMessage(), "\n"; }
try { $a = [s(1), s(2), "k" => [s(3), f("2")]]; } catch (Exception $e) { echo "2 ", $e->getMessage(), "\n"; }
try { $a = [...[s(1), s(2)], ...f("3")]; } catch (Exception $e) { echo "3 ", $e->getMessage(), "\n"; }
try { $a = [s(1) => s(2), f("4") => 1]; } catch (Exception $e) { echo "4 ", $e->getMessage(), "\n"; }
try { [$p, $q] = [s(2), f("5")]; } catch (Exception $e) { echo "5 ", $e->getMessage(), "\n"; }
try { $a = [s(1), []]; $a[s(1)][] = f("6"); } catch (Exception $e) { echo "6 ", $e->getMessage(), "\n"; }

function g($x) { return [$x, [$x, s(4)], f("in g")]; }
try { g($x); } catch (Exception $e) { echo "7 ", $e->getMessage(), "\n"; }
function h($x) { return count([s(1), g($x)]); }
try { h($x); } catch (Exception $e) { echo "8 ", $e->getMessage(), "\n"; }
var_dump($x, isset($a), isset($p));
--EXPECT--
1 1
2 2
3 3
4 4
5 5
6 6
7 in g
8 in g
string(3) "sss"
bool(true)
bool(false)
