--TEST--
strict_types=1 applies to return types too
--FILE--
<?php
declare(strict_types=1);
function r(): int { return "5"; }
try {
    r();
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
--EXPECT--
r(): Return value must be of type int, string returned
