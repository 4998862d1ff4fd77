--TEST--
built-in exception and error class hierarchy
--FILE--
<?php
foreach ([new TypeError, new ValueError, new ArgumentCountError, new DivisionByZeroError, new ArithmeticError, new UnhandledMatchError, new RuntimeException, new Exception] as $e) {
    echo get_class($e), ": ", get_parent_class($e) ?: "-", " ", $e instanceof Error ? "Error" : "Exception", "\n";
}
--EXPECT--
TypeError: Error Error
ValueError: Error Error
ArgumentCountError: TypeError Error
DivisionByZeroError: ArithmeticError Error
ArithmeticError: Error Error
UnhandledMatchError: Error Error
RuntimeException: Exception Exception
Exception: - Exception
