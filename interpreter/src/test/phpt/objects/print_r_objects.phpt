--TEST--
print_r of closures and exceptions: Class Object, keys with :protected and :Class:private, *RECURSION*
--FILE--
<?php
$x = 1;
$f = function ($a, $b = 2) use ($x) {};
print_r($f);
echo "\n";
$e = new LogicException("oops", 3);
print_r($e);
echo "\n";
$s = print_r([new Error("in array")], true);
echo strlen($s) > 0 ? "returned\n" : "", $s;
$c = function () use (&$c) {};
print_r($c);
echo "\n";
--EXPECTF--
Closure Object
(
    [static] => Array
        (
            [x] => 1
        )

    [parameter] => Array
        (
            [$a] => <required>
            [$b] => <optional>
        )

)

LogicException Object
(
    [message:protected] => oops
    [string:Exception:private] => 
    [code:protected] => 3
    [file:protected] => %s
    [line:protected] => 6
    [trace:Exception:private] => Array
        (
        )

    [previous:Exception:private] => 
)

returned
Array
(
    [0] => Error Object
        (
            [message:protected] => in array
            [string:Error:private] => 
            [code:protected] => 0
            [file:protected] => %s
            [line:protected] => 9
            [trace:Error:private] => Array
                (
                )

            [previous:Error:private] => 
        )

)
Closure Object
(
    [static] => Array
        (
            [c] => Closure Object
 *RECURSION*
        )

)
