# precis_core_module(NAME dir LINK_PUBLIC ... LINK_PRIVATE ... [EXCLUDE_REGEX re])
# Sources are globbed per module folder (CONFIGURE_DEPENDS) so that adding a file to a module
# never needs an edit to a shared list. EXCLUDE_REGEX leaves out files built elsewhere (the KDF
# policy objects, which each executable links itself).
function(precis_core_module name dir)
    cmake_parse_arguments(M "" "EXCLUDE_REGEX" "LINK_PUBLIC;LINK_PRIVATE" ${ARGN})
    file(GLOB_RECURSE srcs CONFIGURE_DEPENDS ${dir}/*.cpp ${dir}/*.h)
    if(M_EXCLUDE_REGEX)
        list(FILTER srcs EXCLUDE REGEX "${M_EXCLUDE_REGEX}")
    endif()
    add_library(precis_${name} STATIC ${srcs})
    add_library(Precis::${name} ALIAS precis_${name})
    target_link_libraries(precis_${name} PUBLIC ${M_LINK_PUBLIC} PRIVATE ${M_LINK_PRIVATE})
    target_link_libraries(precis_${name} PUBLIC precis_flags)
    set_property(GLOBAL APPEND PROPERTY PRECIS_ALL_SOURCES ${srcs})
endfunction()
