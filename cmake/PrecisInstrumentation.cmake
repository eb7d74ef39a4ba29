# CI-only instrumentation on precis_flags, the INTERFACE target every target links (its options
# are read at generation time, so adding them here, after the targets, still reaches all of
# them). Included near the end of the top-level CMakeLists.txt. tests/fuzz is configured before
# this file runs and so reads PRECIS_BUILD_FUZZERS from the cache (-DPRECIS_BUILD_FUZZERS=ON).
if(PRECIS_COVERAGE)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
        message(FATAL_ERROR "PRECIS_COVERAGE needs GCC (gcovr reads gcov's .gcda files)")
    endif()
    # Only core/ is measured, so only the core modules are instrumented: gcc writes an object's
    # absolute path into its .gcno, so ccache can never reuse an instrumented object in another
    # folder, while ui/ and app/ objects stay shareable with ordinary builds.
    # -fprofile-update=atomic: the test executables run in parallel and some use threads.
    foreach(module precis_clinical precis_risk precis_security precis_store)
        target_compile_options(${module} PRIVATE --coverage -fprofile-update=atomic)
    endforeach()
    target_link_options(precis_flags INTERFACE --coverage)
endif()

if(PRECIS_BUILD_FUZZERS)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang" OR NOT PRECIS_SANITIZE)
        message(FATAL_ERROR "PRECIS_BUILD_FUZZERS needs clang and PRECIS_SANITIZE=ON "
                            "(libFuzzer with AddressSanitizer and UBSan)")
    endif()
    # Coverage feedback for libFuzzer from the core code under test, without libFuzzer's main().
    target_compile_options(precis_flags INTERFACE -fsanitize=fuzzer-no-link)
    target_link_options(precis_flags INTERFACE -fsanitize=fuzzer-no-link)
endif()
