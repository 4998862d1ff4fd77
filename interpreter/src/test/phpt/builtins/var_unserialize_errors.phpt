--TEST--
malformed unserialize() input: false with the notice at PHP's offset
--FILE--
<?php
foreach (['x', 'i:5', 's:5:"abc";', 's:3:"abc"', 's:1:"ab";', 'a:2:{i:0;i:1;}', 'a:1:{i:0;x}', 'a:1:{d:0;i:1;}', 'a:1:{i:0;i:1;', 'b:2;', 'a:-1:{}', 'i:0x1;', 'd:;', 'a:1:{s:1:"k";a:1:{i:0;Q}}'] as $s) {
    echo $s, ' => ';
    var_dump(unserialize($s));
}
--EXPECTF--
x => 
Notice: unserialize(): Error at offset 0 of 1 bytes in %s on line 4
bool(false)
i:5 => 
Notice: unserialize(): Error at offset 0 of 3 bytes in %s on line 4
bool(false)
s:5:"abc"; => 
Notice: unserialize(): Error at offset 10 of 10 bytes in %s on line 4
bool(false)
s:3:"abc" => 
Notice: unserialize(): Error at offset 9 of 9 bytes in %s on line 4
bool(false)
s:1:"ab"; => 
Notice: unserialize(): Error at offset 6 of 9 bytes in %s on line 4
bool(false)
a:2:{i:0;i:1;} => 
Notice: unserialize(): Unexpected end of serialized data in %s on line 4

Notice: unserialize(): Error at offset 13 of 14 bytes in %s on line 4
bool(false)
a:1:{i:0;x} => 
Notice: unserialize(): Error at offset 9 of 11 bytes in %s on line 4
bool(false)
a:1:{d:0;i:1;} => 
Notice: unserialize(): Error at offset 9 of 14 bytes in %s on line 4
bool(false)
a:1:{i:0;i:1; => 
Notice: unserialize(): Error at offset 13 of 13 bytes in %s on line 4
bool(false)
b:2; => 
Notice: unserialize(): Error at offset 0 of 4 bytes in %s on line 4
bool(false)
a:-1:{} => 
Notice: unserialize(): Error at offset 0 of 7 bytes in %s on line 4
bool(false)
i:0x1; => 
Notice: unserialize(): Error at offset 0 of 6 bytes in %s on line 4
bool(false)
d:; => 
Notice: unserialize(): Error at offset 0 of 3 bytes in %s on line 4
bool(false)
a:1:{s:1:"k";a:1:{i:0;Q}} => 
Notice: unserialize(): Error at offset 22 of 25 bytes in %s on line 4
bool(false)
