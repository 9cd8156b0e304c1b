# yieldcConfig.cmake: find_package(yieldc) for CMake projects.
#
#   find_package(yieldc REQUIRED)
#   yieldc_target(<Name> <input.py> <output.c> [HEADER <output.h>])
#   add_executable(app main.c ${YIELDC_<Name>_OUTPUTS})
#   target_link_libraries(app yieldc::yieldrt)
#
# yieldc_target, in the style of CMake's bison_target, adds the step that
# runs yieldc on the .py (relative paths: the source and binary directories)
# and tracks its dependencies through a depfile.  It sets
# YIELDC_<Name>_OUTPUTS (the .c and the header) and YIELDC_<Name>_DEFINED.
# A C program that drives the module through its header must compile the
# generated .c with YIELDC_NO_MAIN (yieldc_target does that when HEADER is
# given).  yieldc::yieldrt is the runtime library with its headers.

get_filename_component(_yieldc_prefix "${CMAKE_CURRENT_LIST_DIR}/../../.." ABSOLUTE)
set(YIELDC_EXECUTABLE "${_yieldc_prefix}/bin/yieldc")
if(NOT TARGET yieldc::yieldrt)
  add_library(yieldc::yieldrt STATIC IMPORTED)
  set_target_properties(yieldc::yieldrt PROPERTIES
    IMPORTED_LOCATION "${_yieldc_prefix}/lib/libyieldrt.a"
    INTERFACE_INCLUDE_DIRECTORIES "${_yieldc_prefix}/include/yieldc"
    INTERFACE_LINK_LIBRARIES "gmp;pcre2-8;m")
endif()
set(yieldc_FOUND TRUE)

function(yieldc_target name input output)
  cmake_parse_arguments(YT "" "HEADER" "" ${ARGN})
  get_filename_component(_in "${input}" ABSOLUTE BASE_DIR "${CMAKE_CURRENT_SOURCE_DIR}")
  get_filename_component(_out "${output}" ABSOLUTE BASE_DIR "${CMAKE_CURRENT_BINARY_DIR}")
  set(_outputs "${_out}")
  set(_args "${_in}" -o "${_out}" --depfile "${_out}.d")
  if(YT_HEADER)
    get_filename_component(_hdr "${YT_HEADER}" ABSOLUTE BASE_DIR "${CMAKE_CURRENT_BINARY_DIR}")
    list(APPEND _outputs "${_hdr}")
    list(APPEND _args --header "${_hdr}")
    set_source_files_properties("${_out}" PROPERTIES COMPILE_DEFINITIONS YIELDC_NO_MAIN)
  endif()
  add_custom_command(
    OUTPUT ${_outputs}
    COMMAND "${YIELDC_EXECUTABLE}" ${_args}
    DEPENDS "${_in}"
    DEPFILE "${_out}.d"
    COMMENT "yieldc ${input}"
    VERBATIM)
  set(YIELDC_${name}_OUTPUTS ${_outputs} PARENT_SCOPE)
  set(YIELDC_${name}_DEFINED TRUE PARENT_SCOPE)
endfunction()
