--TEST--
UnhandledMatchError's line: the subject's with a jump table of keys, else the last condition's
--FILE--
<?php
// UnhandledMatchError's line: php looks two or more int or string keys up in a jump table and
// reports the subject's line; otherwise the line of the last condition it compiled
$x = 9;
try {
    echo match ($x) {
        1 => "a",
        2 => "b",
    };
} catch (\UnhandledMatchError $e) { echo $e->getLine(), "\n"; }
try {
    echo match (
        $x
    ) {
        "a", "b" => 1,
    };
} catch (\UnhandledMatchError $e) { echo $e->getLine(), "\n"; }
try {
    echo match ($x) {
        1 => "a",
    };
} catch (\UnhandledMatchError $e) { echo $e->getLine(), "\n"; }
try {
    echo match ($x) {
        true => "a",
        2 => "b",
    };
} catch (\UnhandledMatchError $e) { echo $e->getLine(), "\n"; }
try {
    echo match ($x) {
        $x - 1 => 0,
        2
          => 1,
    };
} catch (\UnhandledMatchError $e) { echo $e->getLine(), "\n"; }
echo match ($x) {
    1.5 => "a",
    "x" => "b",
};
--EXPECTF--
6
13
20
26
32

Fatal error: Uncaught UnhandledMatchError: Unhandled match case 9 in %s:38
Stack trace:
#0 {main}
  thrown in %s on line 38
