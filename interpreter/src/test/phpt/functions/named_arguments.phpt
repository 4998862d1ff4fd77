--TEST--
named arguments in any order, skipping defaults
--FILE--
<?php
function make($name, $size = 'M', $color = 'red', $qty = 1) {
    return "$name/$size/$color/$qty";
}
echo make('shirt', color: 'blue'), "\n";
echo make(qty: 3, name: 'hat'), "\n";
echo make('x', 'L', qty: 2), "\n";
--EXPECT--
shirt/M/blue/1
hat/M/red/3
x/L/red/2
