--TEST--
__toString() and a string conversion store their text in the private string property
--FILE--
<?php
function thrower() {
    return new LogicException("first", 0, new Error("inner"));
}
$e = thrower();
$s = (string) $e;
echo $s, "\n";
var_dump($s === $e->__toString());
print_r($e);
echo "\n";
echo new TypeError("f(): Argument #1 (\$x) must be of type int, string given, called in x.php on line 2"), "\n";
--EXPECTF--
Error: inner in %s:3
Stack trace:
#0 %s(5): thrower()
#1 {main}

Next LogicException: first in %s:3
Stack trace:
#0 %s(5): thrower()
#1 {main}
bool(true)
LogicException Object
(
    [message:protected] => first
    [string:Exception:private] => Error: inner in %s:3
Stack trace:
#0 %s(5): thrower()
#1 {main}

Next LogicException: first in %s:3
Stack trace:
#0 %s(5): thrower()
#1 {main}
    [code:protected] => 0
    [file:protected] => %s
    [line:protected] => 3
    [trace:Exception:private] => Array
        (
            [0] => Array
                (
                    [file] => %s
                    [line] => 5
                    [function] => thrower
                    [args] => Array
                        (
                        )

                )

        )

    [previous:Exception:private] => Error Object
        (
            [message:protected] => inner
            [string:Error:private] => 
            [code:protected] => 0
            [file:protected] => %s
            [line:protected] => 3
            [trace:Error:private] => Array
                (
                    [0] => Array
                        (
                            [file] => %s
                            [line] => 5
                            [function] => thrower
                            [args] => Array
                                (
                                )

                        )

                )

            [previous:Error:private] => 
        )

)

TypeError: f(): Argument #1 ($x) must be of type int, string given, called in x.php on line 2 and defined in %s:11
Stack trace:
#0 {main}
