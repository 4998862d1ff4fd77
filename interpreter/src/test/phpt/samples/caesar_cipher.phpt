--TEST--
Caesar cipher with ord/chr and string offsets
--FILE--
<?php
function caesar(string $s, int $k): string {
    $out = '';
    for ($i = 0; $i < strlen($s); $i++) {
        $c = $s[$i];
        if ($c >= 'a' && $c <= 'z') $c = chr((ord($c) - 97 + $k + 26) % 26 + 97);
        elseif ($c >= 'A' && $c <= 'Z') $c = chr((ord($c) - 65 + $k + 26) % 26 + 65);
        $out .= $c;
    }
    return $out;
}
$e = caesar("Hello, World!", 3);
echo $e, "\n", caesar($e, -3), "\n";
--EXPECT--
Khoor, Zruog!
Hello, World!
