--TEST--
htmlentities and html_entity_decode with ENT_HTML5 (two-code-point entities, fjlig)
--FILE--
<?php
var_dump(htmlentities("fjord, x.y; a+b = c\n\t'q' <\xe2\x83\x92 \xe2\x88\xbe\xcc\xb3 \xe2\x88\xbe!", ENT_QUOTES | ENT_HTML5));
var_dump(htmlentities("<f", ENT_QUOTES | ENT_HTML5), htmlentities("f", ENT_HTML5), htmlentities("\xe9t\xe9", ENT_HTML5, "ISO-8859-1"));
var_dump(bin2hex(html_entity_decode("&NewLine;&Tab;&period;&fjlig;&nvlt;&apos;&eacute;&acE;&bogus;", ENT_QUOTES | ENT_HTML5)));
var_dump(html_entity_decode("&period;&apos;", ENT_QUOTES | ENT_HTML401), html_entity_decode("&period;&fjlig;", ENT_QUOTES | ENT_HTML5, "ISO-8859-1"));
--EXPECT--
string(105) "&fjlig;ord&comma; x&period;y&semi; a&plus;b &equals; c&NewLine;&Tab;&apos;q&apos; &nvlt; &acE; &ac;&excl;"
string(5) "&lt;f"
string(1) "f"
string(17) "&eacute;t&eacute;"
string(48) "0a092e666a3ce2839227c3a9e288beccb326626f6775733b"
string(14) "&period;&apos;"
string(8) ".&fjlig;"
