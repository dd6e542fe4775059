# The core's walls: app/ (evovoice_core and the CLI) is the part without widgets. Linking
# Qt6::Widgets there is refused at configure time, and so is #include <QtWidgets/...>, which
# would otherwise compile: Qt6::Core's include directory (.../qt6) is the parent of QtWidgets/.
#
# How: at configure time a "wall" folder gets one header per QtWidgets header, each an #error;
# it comes first on the include path of every core target (evovoice_core_wall(TARGET)), so a
# Widgets include in app/ is a build error that names the rule. A try_compile proves at
# configure time that the wall holds, and a deferred check that no core target links Widgets.

set(EVOVOICE_CORE_WALL_DIR ${CMAKE_BINARY_DIR}/corewall)
set(EVOVOICE_CORE_WALL_TARGETS "" CACHE INTERNAL "targets behind the core's walls")

function(evovoice_write_core_wall)
    get_target_property(widget_dirs Qt6::Widgets INTERFACE_INCLUDE_DIRECTORIES)
    set(widgets_headers)
    set(widgets_dir)
    foreach(dir ${widget_dirs})
        if(dir MATCHES "/QtWidgets$" AND IS_DIRECTORY ${dir})
            set(widgets_dir ${dir})
            file(GLOB widgets_headers RELATIVE ${dir} ${dir}/*)
            break()
        endif()
    endforeach()
    if(NOT widgets_headers)
        message(FATAL_ERROR "CoreWall: QtWidgets headers not found in ${widget_dirs}")
    endif()
    file(REMOVE_RECURSE ${EVOVOICE_CORE_WALL_DIR})
    foreach(header ${widgets_headers})
        if(IS_DIRECTORY ${widgets_dir}/${header})
            continue()
        endif()
        file(WRITE ${EVOVOICE_CORE_WALL_DIR}/QtWidgets/${header}
            "#error \"app/ is the core library: no Qt Widgets here (QtWidgets/${header}). Widgets belong in ui/.\"\n")
    endforeach()
endfunction()
evovoice_write_core_wall()

# Puts the wall in front of a core target's include path (PRIVATE: ui/ still sees Widgets).
function(evovoice_core_wall target)
    target_include_directories(${target} BEFORE PRIVATE ${EVOVOICE_CORE_WALL_DIR})
    set(EVOVOICE_CORE_WALL_TARGETS ${EVOVOICE_CORE_WALL_TARGETS} ${target} CACHE INTERNAL "")
endfunction()

# Configure-time proof: with the core's include path, a Widgets include must not compile.
set(wall_probe ${CMAKE_BINARY_DIR}/corewall-probe/probe.cpp)
file(WRITE ${wall_probe} "#include <QtWidgets/QWidget>\nint main() { return 0; }\n")
try_compile(EVOVOICE_WIDGETS_GET_THROUGH ${CMAKE_BINARY_DIR}/corewall-probe/build ${wall_probe}
    CMAKE_FLAGS "-DINCLUDE_DIRECTORIES=${EVOVOICE_CORE_WALL_DIR}"
    LINK_LIBRARIES Qt6::Core Qt6::Network Qt6::Gui
    CXX_STANDARD 17
    OUTPUT_VARIABLE wall_output)
if(EVOVOICE_WIDGETS_GET_THROUGH)
    message(FATAL_ERROR "CoreWall: #include <QtWidgets/QWidget> compiles in the core's context; the wall is broken")
endif()
if(NOT wall_output MATCHES "no Qt Widgets here")
    message(FATAL_ERROR "CoreWall: the probe failed for another reason than the wall:\n${wall_output}")
endif()

# At the end of configuration (after every folder added its targets and links): no core target
# links Qt6::Widgets, directly or through another library.
function(evovoice_check_core_links)
    foreach(target ${EVOVOICE_CORE_WALL_TARGETS})
        set(pending ${target})
        set(seen)
        while(pending)
            list(POP_FRONT pending current)
            if(current IN_LIST seen OR NOT TARGET ${current})
                continue()
            endif()
            list(APPEND seen ${current})
            if(current MATCHES "^Qt6::(Widgets|OpenGLWidgets|PdfWidgets|MultimediaWidgets)$")
                message(FATAL_ERROR "CoreWall: ${target} (app/, the core) links ${current}; widgets belong in ui/")
            endif()
            get_target_property(imported ${current} IMPORTED)
            if(imported)
                continue()  # Qt's own dependencies
            endif()
            get_target_property(links ${current} LINK_LIBRARIES)
            get_target_property(ilinks ${current} INTERFACE_LINK_LIBRARIES)
            foreach(l ${links} ${ilinks})
                if(l AND NOT l MATCHES "NOTFOUND$" AND NOT l MATCHES "^\\$<")
                    list(APPEND pending ${l})
                endif()
            endforeach()
        endwhile()
    endforeach()
endfunction()
cmake_language(DEFER DIRECTORY ${CMAKE_SOURCE_DIR} CALL evovoice_check_core_links)
