# Unit tests: no server, fast. One line per unit.
syncstudio_add_test(tst_jsonvalue LIBS syncstudio_core)
syncstudio_add_test(tst_jsonreader LIBS syncstudio_core)
syncstudio_add_test(tst_jsonwriter LIBS syncstudio_core)
syncstudio_add_test(tst_jscollator LIBS syncstudio_core)
syncstudio_add_test(tst_collectiondescriptor LIBS syncstudio_core)
syncstudio_add_test(tst_normalizer LIBS syncstudio_core)
syncstudio_add_test(tst_dumpfolderreader LIBS syncstudio_core)
syncstudio_add_test(tst_dumpfolderwriter LIBS syncstudio_core)
syncstudio_add_test(tst_comparer LIBS syncstudio_core)
syncstudio_add_test(tst_pushplanner LIBS syncstudio_core)
syncstudio_add_test(tst_mappingchoice LIBS syncstudio_core)
syncstudio_add_test(tst_pushexecutor LIBS syncstudio_core)
syncstudio_add_test(tst_directusversion LIBS syncstudio_core)
syncstudio_add_test(tst_connectionprofile LIBS syncstudio_core)
syncstudio_add_test(tst_tokenstore LIBS syncstudio_core)
syncstudio_add_test(tst_httpdirectusclient LIBS syncstudio_core)
syncstudio_add_test(tst_processgitrepository LIBS syncstudio_core)
syncstudio_add_test(tst_gitsnapshotexport LIBS syncstudio_core)
syncstudio_add_test(tst_jsonhighlighter LIBS syncstudio_ui)
syncstudio_add_test(tst_itemfilterproxymodel LIBS syncstudio_ui)
syncstudio_add_test(tst_mainwindow LIBS syncstudio_ui)
add_dependencies(tst_mainwindow syncstudio) # runs the app for --screenshot and --help
syncstudio_add_test(tst_jsondiff LIBS syncstudio_core)
syncstudio_add_test(tst_comparemodels LIBS syncstudio_ui)
syncstudio_add_test(tst_appcontroller LIBS syncstudio_ui)
syncstudio_add_test(tst_historymodel LIBS syncstudio_ui)
syncstudio_add_test(tst_connectionsdialog LIBS syncstudio_ui)
# lupdate into a copy of the .ts with the build's sources and options (see app/CMakeLists.txt).
get_property(_syncstudio_lupdate_list GLOBAL PROPERTY SYNCSTUDIO_LUPDATE_LIST)
if(_syncstudio_lupdate_list)
    get_property(_syncstudio_lupdate_options GLOBAL PROPERTY SYNCSTUDIO_LUPDATE_OPTIONS)
    list(JOIN _syncstudio_lupdate_options " " _syncstudio_lupdate_options)
    syncstudio_add_test(tst_translations LIBS syncstudio_ui)
    target_compile_definitions(tst_translations PRIVATE
        SYNCSTUDIO_LUPDATE="$<TARGET_FILE:Qt6::lupdate>"
        SYNCSTUDIO_LRELEASE="$<TARGET_FILE:Qt6::lrelease>"
        SYNCSTUDIO_LUPDATE_LIST="${_syncstudio_lupdate_list}"
        SYNCSTUDIO_LUPDATE_OPTIONS="${_syncstudio_lupdate_options}"
        SYNCSTUDIO_CLI="$<TARGET_FILE:syncstudio-cli>")
    add_dependencies(tst_translations syncstudio-cli) # runs it in German and in English
endif()
syncstudio_add_test(tst_pushplanmodel LIBS syncstudio_ui)
syncstudio_add_test(tst_pushreviewdialog LIBS syncstudio_ui)
syncstudio_add_test(tst_exportdialog LIBS syncstudio_ui)
