# Unit tests: no server, fast. One line per unit.
syncstudio_add_test(tst_jsonvalue LIBS syncstudio_core)
syncstudio_add_test(tst_jsonreader LIBS syncstudio_core)
syncstudio_add_test(tst_jsonwriter LIBS syncstudio_core)
syncstudio_add_test(tst_jscollator LIBS syncstudio_core)
syncstudio_add_test(tst_directusversion LIBS syncstudio_core)
syncstudio_add_test(tst_connectionprofile LIBS syncstudio_core)
syncstudio_add_test(tst_tokenstore LIBS syncstudio_core)
syncstudio_add_test(tst_httpdirectusclient LIBS syncstudio_core)
