--TEST--
try/catch/finally execution order
--FILE--
<?php
function f($throw) {
    try {
        echo "try ";
        if ($throw) throw new Exception("e");
        return "returned";
    } catch (Exception $e) {
        echo "catch ";
        return "from catch";
    } finally {
        echo "finally ";
    }
}
echo f(false), "\n";
echo f(true), "\n";
--EXPECT--
try finally returned
try catch finally from catch
