--TEST--
the return type is checked before the finally blocks run, and they run once
--FILE--
<?php
// the return type is checked where the return is, before the finally blocks run (once)
function f(): int {
    try {
        return "abc";
    } finally {
        echo "finally f\n";
    }
}
try { f(); } catch (TypeError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }

function g(): int {
    try {
        return "12";
    } finally {
        echo "finally g\n";
    }
}
var_dump(g());

function h(): string {
    foreach ([1, 2] as $v) {
        try {
            return $v;
        } finally {
            echo "finally h $v\n";
        }
    }
    return "none";
}
var_dump(h());

function k(): int {
    try {
        return [];
    } finally {
        return 5;
    }
}
var_dump(k());
--EXPECT--
finally f
TypeError: f(): Return value must be of type int, string returned
finally g
int(12)
finally h 1
string(1) "1"
int(5)
