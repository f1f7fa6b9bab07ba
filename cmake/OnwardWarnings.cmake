# Warnings live on an INTERFACE target that every project target links privately,
# so nothing leaks into consumers and no global flags are set.
add_library(onward_warnings INTERFACE)
if(MSVC)
  target_compile_options(onward_warnings INTERFACE /W4 /permissive-)
else()
  target_compile_options(onward_warnings INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wno-sign-conversion
    -Wnon-virtual-dtor -Wold-style-cast -Wcast-align -Woverloaded-virtual
    -Wnull-dereference -Wimplicit-fallthrough
    # Designated initializers that leave members to their defaults are intended (CliContext{.in = ...}).
    -Wno-missing-field-initializers)
endif()

# Common settings for every library target of the host.
function(onward_library name)
  add_library(${name} STATIC ${ARGN})
  target_compile_features(${name} PUBLIC cxx_std_20)
  set_target_properties(${name} PROPERTIES CXX_EXTENSIONS OFF POSITION_INDEPENDENT_CODE ON)
  target_link_libraries(${name} PRIVATE onward_warnings)
endfunction()
