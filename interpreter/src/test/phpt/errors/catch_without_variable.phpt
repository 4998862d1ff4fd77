--TEST--
catch without a variable (PHP 8)
--FILE--
<?php
try {
    throw new LogicException("x");
} catch (LogicException) {
    echo "caught\n";
}
--EXPECT--
caught
