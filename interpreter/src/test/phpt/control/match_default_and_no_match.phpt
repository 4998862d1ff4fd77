--TEST--
match with default; no match throws UnhandledMatchError
--FILE--
<?php
$v = 5;
echo match (true) {
    $v < 3 => "small",
    $v < 10 => "medium",
    default => "large",
}, "\n";
try {
    echo match ($v) { 1 => 'a', 2 => 'b' };
} catch (\UnhandledMatchError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
try {
    echo match ("str") { 1 => 'a' };
} catch (\UnhandledMatchError $e) {
    echo $e->getMessage(), "\n";
}
--EXPECT--
medium
UnhandledMatchError: Unhandled match case 5
Unhandled match case 'str'
