# One INTERFACE target that carries the project's strict settings; every target links it.
add_library(syncstudio_strict INTERFACE)
target_compile_features(syncstudio_strict INTERFACE cxx_std_17)
target_compile_definitions(syncstudio_strict INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_CONTEXTLESS_CONNECT          # honoured by Qt >= 6.7; documents the rule before that
    QT_NO_FOREACH
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_UP_TO=0x060400)
target_compile_options(syncstudio_strict INTERFACE -Wall -Wextra -pedantic)

option(SYNCSTUDIO_WERROR "Treat warnings as errors" OFF)
if(SYNCSTUDIO_WERROR)
    target_compile_options(syncstudio_strict INTERFACE -Werror)
endif()

option(SYNCSTUDIO_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
if(SYNCSTUDIO_SANITIZE)
    target_compile_options(syncstudio_strict INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(syncstudio_strict INTERFACE -fsanitize=address,undefined)
endif()
