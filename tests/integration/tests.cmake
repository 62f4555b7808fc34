# Integration tests against real Directus servers and the real directus-sync CLI.
# Fixtures start the shared instances (D11, D12) and write servers.env; tests that write start
# their own fresh instances through syncstudio::test::DirectusServer.
set(_fixture ${PROJECT_SOURCE_DIR}/tests/support/servers-fixture.sh)
set(_envfile ${CMAKE_CURRENT_BINARY_DIR}/servers.env)
add_test(NAME fixture_d11_start COMMAND ${_fixture} start D11 11 ${_envfile})
add_test(NAME fixture_d11_stop COMMAND ${_fixture} stop D11 ${_envfile})
set_tests_properties(fixture_d11_start PROPERTIES FIXTURES_SETUP d11 LABELS "integration11;smoke12" TIMEOUT 300)
set_tests_properties(fixture_d11_stop PROPERTIES FIXTURES_CLEANUP d11 LABELS "integration11;smoke12")
add_test(NAME fixture_d12_start COMMAND ${_fixture} start D12 12 ${_envfile})
add_test(NAME fixture_d12_stop COMMAND ${_fixture} stop D12 ${_envfile})
set_tests_properties(fixture_d12_start PROPERTIES FIXTURES_SETUP d12 LABELS smoke12 TIMEOUT 300)
set_tests_properties(fixture_d12_stop PROPERTIES FIXTURES_CLEANUP d12 LABELS smoke12)

# syncstudio_add_integration_test(<name> [LIBS ...] [LABELS ...] [FIXTURES ...])
function(syncstudio_add_integration_test name)
    cmake_parse_arguments(I "" "" "LIBS;LABELS;FIXTURES" ${ARGN})
    if(NOT I_LABELS)
        set(I_LABELS integration11)
    endif()
    if(NOT I_FIXTURES)
        set(I_FIXTURES d11)
    endif()
    syncstudio_add_test(${name} DIR integration LIBS ${I_LIBS} LABELS ${I_LABELS}
        FIXTURES ${I_FIXTURES} TIMEOUT 900)
endfunction()

syncstudio_add_integration_test(tst_connectioncheck LIBS syncstudio_core)
syncstudio_add_integration_test(tst_exportcompat LIBS syncstudio_core)
syncstudio_add_integration_test(tst_smoke12 LIBS syncstudio_core LABELS smoke12 FIXTURES d12)
syncstudio_add_integration_test(tst_cli LIBS syncstudio_core)
syncstudio_add_integration_test(tst_readfaults LIBS syncstudio_core)
