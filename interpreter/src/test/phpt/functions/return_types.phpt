--TEST--
return types: coercion, void, nullable, missing return
--FILE--
<?php
function i(): int { return "7"; }
function v(): void { return; }
function n(): ?string { return null; }
function bad(): int { return "x"; }
var_dump(i(), v(), n());
try {
    bad();
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
function noret(): int { if (false) return 1; }
try {
    noret();
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
--EXPECT--
int(7)
NULL
NULL
bad(): Return value must be of type int, string returned
noret(): Return value must be of type int, none returned
