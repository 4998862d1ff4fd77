--TEST--
an exception releases the subject of a switch or match
--FILE--
<?php
// the subject of a switch or match, kept for each case, is released when an exception leaves
// (UnhandledMatchError included)
function f($m = "f") { throw new Exception($m); }
function s($n) { return str_repeat("s", $n); }
$x = s(2);

try { echo match ($x . "") { "ss" => f("1"), default => 1 }; } catch (Exception $e) { echo "1 ", $e->getMessage(), "\n"; }
try { echo match ($x . "") { f("2") => 1, default => 2 }; } catch (Exception $e) { echo "2 ", $e->getMessage(), "\n"; }
try { echo match ($x . "y") { "a" => 1 }; } catch (\UnhandledMatchError $e) { echo "3 ", $e->getMessage(), "\n"; }
try { echo match ([s(1)]) { [] => 1 }; } catch (\UnhandledMatchError $e) { echo "4 ", $e->getMessage(), "\n"; }
function m($x) { return match (true) { $x . "" === "q" => s(1), default => s(2) . f("5 in m") }; }
try { m($x); } catch (Exception $e) { echo $e->getMessage(), "\n"; }

try {
    switch ($x . "z") {
        case "a": echo "a"; break;
        case f("6"): echo "no"; break;
    }
} catch (Exception $e) { echo "6 ", $e->getMessage(), "\n"; }
try {
    switch (s(4)) {
        case "ssss": f("7");
    }
} catch (Exception $e) { echo "7 ", $e->getMessage(), "\n"; }
function sw($v) {
    foreach ([1, 2] as $i) {
        switch ($v . $i) {
            case "x1": continue 2;
            case "x2": return s(2) . f("8 return in switch");
        }
    }
}
try { sw("x"); } catch (Exception $e) { echo $e->getMessage(), "\n"; }
function sw2($v) {
    for ($i = 0; $i < 3; $i++) {
        switch ($v . $i) {
            case "a0": echo "a0\n"; break;
            case "a1": f("9 in switch");
        }
    }
}
try { sw2("a"); } catch (Exception $e) { echo $e->getMessage(), "\n"; }
var_dump($x);
--EXPECT--
1 1
2 2
3 Unhandled match case 'ssy'
4 Unhandled match case of type array
5 in m
6 6
7 7
8 return in switch
a0
9 in switch
string(2) "ss"
