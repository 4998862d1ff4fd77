--TEST--
a return in a finally block that ran normally or for an exception runs the enclosing finally blocks
--FILE--
<?php
// a return in a finally block that ran normally (or for an exception) still runs the finally
// blocks around its try statement
function f() {
    try {
        try {
            echo "body\n";
        } finally {
            return 1;
        }
    } finally {
        echo "outer finally f\n";
    }
}
var_dump(f());

function g() {
    try {
        try {
            throw new Exception("dropped");
        } finally {
            return 2;
        }
    } finally {
        echo "outer finally g\n";
    }
}
var_dump(g());

function h() {
    foreach ([1, 2] as $x) {
        try {
            try {
                echo "x=$x\n";
            } finally {
                return $x * 10;
            }
        } finally {
            echo "outer finally h\n";
        }
    }
}
var_dump(h());
--EXPECT--
body
outer finally f
int(1)
outer finally g
int(2)
x=1
outer finally h
int(10)
