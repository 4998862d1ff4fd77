--TEST--
an unhandled match on a variable leaves the variable's value alone (only a temporary subject is freed)
--FILE--
<?php
function f($s) {
    try {
        return match ($s) { 'x' => 1 };
    } catch (UnhandledMatchError $e) {
        return $e->getMessage();
    }
}
$s = str_repeat("ab", 3);
var_dump(f($s), f($s), $s);
$a = [1, 2];
try {
    echo match ($a) { 1 => 2 };
} catch (UnhandledMatchError $e) {
    echo $e->getMessage(), "\n";
}
var_dump($a);
$n = 5;
$r = &$n;
try {
    echo match ($n) { 1 => 2 };
} catch (UnhandledMatchError $e) {
    echo $e->getMessage(), "\n";
}
try {
    echo match (str_repeat("z", 3)) { 1 => 2 };
} catch (UnhandledMatchError $e) {
    echo $e->getMessage(), "\n";
}
--EXPECT--
string(29) "Unhandled match case 'ababab'"
string(29) "Unhandled match case 'ababab'"
string(6) "ababab"
Unhandled match case of type array
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(2)
}
Unhandled match case of type int
Unhandled match case 'zzz'
