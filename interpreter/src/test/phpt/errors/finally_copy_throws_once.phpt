--TEST--
a finally block run on the way out of a return, break or continue throws outward, once
--FILE--
<?php
// a finally block run on the way out of a return, break or continue is not protected by its own
// try statement: what it throws goes to the enclosing handlers, and it runs once
function f() {
    try {
        return str_repeat("a", 3);
    } finally {
        echo "finally f\n";
        throw new Exception("from finally");
    }
}
try { f(); } catch (Exception $e) { echo "caught: ", $e->getMessage(), "\n"; }

function g() {
    try {
        try {
            return 1;
        } catch (Exception $e) {
            echo "inner catch (wrong)\n";
        }
    } finally {
        echo "finally g\n";
        throw new Exception("outer finally");
    }
}
try { g(); } catch (Exception $e) { echo "caught: ", $e->getMessage(), "\n"; }

function h() {
    try {
        throw new Exception("first");
    } catch (Exception $e) {
        return "from catch";
    } finally {
        echo "finally h\n";
        throw new Exception("finally after catch");
    }
}
try { h(); } catch (Exception $e) { echo "caught: ", $e->getMessage(), "\n"; }

foreach ([1, 2] as $i) {
    try {
        try {
            if ($i == 1) continue;
            break;
        } finally {
            echo "finally loop $i\n";
            if ($i == 2) throw new Exception("loop $i");
        }
    } catch (Exception $e) {
        echo "caught: ", $e->getMessage(), "\n";
    }
}
--EXPECT--
finally f
caught: from finally
finally g
caught: outer finally
finally h
caught: finally after catch
finally loop 1
finally loop 2
caught: loop 2
