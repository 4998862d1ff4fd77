--TEST--
catch with | and catch order; Throwable catches Errors
--FILE--
<?php
function t($k) {
    try {
        if ($k == 1) throw new InvalidArgumentException("ia");
        if ($k == 2) echo 1 % 0;
        if ($k == 3) undefined_function();
        if ($k == 4) throw new Exception("plain");
    } catch (InvalidArgumentException | DivisionByZeroError $e) {
        echo "first: ", get_class($e), "\n";
    } catch (Error $e) {
        echo "error: ", $e->getMessage(), "\n";
    } catch (Throwable $e) {
        echo "throwable: ", $e->getMessage(), "\n";
    }
}
t(1); t(2); t(3); t(4);
--EXPECT--
first: InvalidArgumentException
first: DivisionByZeroError
error: Call to undefined function undefined_function()
throwable: plain
