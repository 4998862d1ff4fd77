--TEST--
an error raised inside the error handler is reported normally
--FILE--
<?php
set_error_handler(function ($no, $str) {
    echo "handling: $str\n";
    echo $alsoUndefined;
    return true;
});
echo $undefined;
echo "end\n";
--EXPECTF--
handling: Undefined variable $undefined

Warning: Undefined variable $alsoUndefined in %s on line 4
end
