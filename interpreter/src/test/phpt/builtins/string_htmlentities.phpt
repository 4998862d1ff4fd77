--TEST--
htmlentities with the HTML 4.01 table, doctypes, quote flags, double_encode
--FILE--
<?php
var_dump(htmlentities("caf\xc3\xa9 <b> & \"q\" 'a' \xe2\x82\xac \xc2\xa0"), htmlentities("\xe9", ENT_QUOTES, "ISO-8859-1"), bin2hex(htmlentities("a\xffb")), htmlentities("&amp; &eacute; &#233; &bogus;", ENT_QUOTES, "UTF-8", false));
var_dump(htmlentities("'\"\xc3\xa9", ENT_QUOTES | ENT_XHTML), bin2hex(htmlentities("'\xc3\xa9", ENT_QUOTES | ENT_XML1)), htmlentities("'\xc3\xa9", ENT_QUOTES | ENT_HTML5), htmlentities("\xe2\x80\x99 \xcf\x80 \xe2\x88\x9e x", ENT_QUOTES));
var_dump(htmlentities("'\"", ENT_NOQUOTES), htmlentities("'\"", ENT_COMPAT), htmlentities(""), html_entity_decode(htmlentities("\xc2\xa9 \xce\xa9 <>")) === "\xc2\xa9 \xce\xa9 <>");
--EXPECT--
string(69) "caf&eacute; &lt;b&gt; &amp; &quot;q&quot; &#039;a&#039; &euro; &nbsp;"
string(8) "&eacute;"
string(10) "61efbfbd62"
string(33) "&amp; &eacute; &#233; &amp;bogus;"
string(20) "&#039;&quot;&eacute;"
string(16) "2661706f733bc3a9"
string(14) "&apos;&eacute;"
string(22) "&rsquo; &pi; &infin; x"
string(2) "'""
string(7) "'&quot;"
string(0) ""
bool(true)
