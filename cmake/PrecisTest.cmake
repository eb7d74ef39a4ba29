# precis_add_test(NAME SOURCES src... LIBS lib... [LABELS l...] [TIMEOUT s] [GUI] [PRODUCTION_KDF])
# One Qt Test executable per class or small module, each its own CTest test with a label and a
# timeout. Tests run in the C locale with a private HOME/XDG tree so that real settings are never
# touched. They link the test-only KDF policy (tests/support, cheap Argon2id parameters) unless
# PRODUCTION_KDF asks for the one precis and precis-cli ship (issue #8 D4).
function(precis_add_test name)
    cmake_parse_arguments(T "GUI;PRODUCTION_KDF" "TIMEOUT" "SOURCES;LIBS;LABELS;ARGS" ${ARGN})
    add_executable(${name} ${T_SOURCES})
    if(T_PRODUCTION_KDF)
        set(kdf precis_kdf_production)
    else()
        set(kdf precis_test_kdf)
    endif()
    target_link_libraries(${name} PRIVATE ${T_LIBS} ${kdf} Qt6::Test precis_flags)
    target_compile_definitions(${name} PRIVATE
        PRECIS_TEST_DATA_DIR="${CMAKE_SOURCE_DIR}/tests/data"
        PRECIS_BINARY_DIR="${CMAKE_BINARY_DIR}")
    add_test(NAME ${name} COMMAND ${name} ${T_ARGS})
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 120)
    endif()
    if(PRECIS_SANITIZE)
        # ASan+UBSan slow the vault tests (Argon2id, SQLCipher) about 3-4 times.
        math(EXPR T_TIMEOUT "${T_TIMEOUT} * 4")
    endif()
    if(NOT T_LABELS)
        set(T_LABELS core)
    endif()
    set(env "LANG=C.UTF-8" "LANGUAGE=en" "LC_ALL=C.UTF-8"
            "HOME=${CMAKE_BINARY_DIR}/test-home/${name}"
            "XDG_CONFIG_HOME=${CMAKE_BINARY_DIR}/test-home/${name}/config"
            "XDG_DATA_HOME=${CMAKE_BINARY_DIR}/test-home/${name}/data"
            "TMPDIR=${CMAKE_BINARY_DIR}/test-home/${name}/tmp")
    if(T_GUI)
        list(APPEND env "QT_QPA_PLATFORM=offscreen")
    endif()
    file(MAKE_DIRECTORY ${CMAKE_BINARY_DIR}/test-home/${name}/tmp)
    set_tests_properties(${name} PROPERTIES TIMEOUT ${T_TIMEOUT} LABELS "${T_LABELS}"
        ENVIRONMENT "${env}")
endfunction()
