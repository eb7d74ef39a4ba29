# One INTERFACE target carries the warnings, hardening and Qt strictness every target uses.
add_library(precis_flags INTERFACE)
add_library(Precis::Flags ALIAS precis_flags)
target_compile_options(precis_flags INTERFACE
    -Wall -Wextra -Wundef -Wformat=2 -Wnon-virtual-dtor -Wold-style-cast
    -Woverloaded-virtual -Wcast-align -Wshadow
    -fstack-protector-strong)
target_compile_definitions(precis_flags INTERFACE
    QT_NO_CAST_TO_ASCII QT_RESTRICTED_CAST_FROM_ASCII QT_NO_KEYWORDS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    $<$<NOT:$<CONFIG:Debug>>:_FORTIFY_SOURCE=2>)
target_link_options(precis_flags INTERFACE -Wl,-z,relro,-z,now -Wl,--no-undefined)
if(PRECIS_WERROR)
    target_compile_options(precis_flags INTERFACE -Werror)
endif()
if(PRECIS_SANITIZE)
    target_compile_options(precis_flags INTERFACE -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
    target_link_options(precis_flags INTERFACE -fsanitize=address,undefined)
endif()
target_include_directories(precis_flags INTERFACE ${CMAKE_SOURCE_DIR} ${CMAKE_BINARY_DIR}/generated)
